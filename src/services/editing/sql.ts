import type { QueryRunner } from 'typeorm';

/** Parameterized SQL on one connection (inside a transaction): rows back for every statement, RETURNING included. */
export interface Sql {
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Statements on `runner`'s connection; `onStatement` counts each (so a
 * request's statement count includes its writes).
 */
export function sqlOn(runner: QueryRunner, onStatement?: () => void): Sql {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      onStatement?.();
      // The structured result has rows for UPDATE ... RETURNING too (the plain one gives [rows, count]).
      const result = await runner.query(sql, params, true);
      return result.records as T[];
    },
  };
}

/** Binds values to $n placeholders, each cast to its SQL type, while a statement is built. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type?: string): string {
    this.values.push(value);
    return type ? `$${this.values.length}::${type}` : `$${this.values.length}`;
  }
}
