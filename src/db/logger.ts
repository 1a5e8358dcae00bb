import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

/** Receives every SQL statement TypeORM sends, and the slow ones. */
export interface SqlObserver {
  onQuery?(sql: string): void;
  onSlowQuery?(ms: number, sql: string): void;
  onError?(error: unknown, sql: string): void;
}

/**
 * A TypeORM logger that forwards to an observer instead of printing; used to
 * count statements in tests and to report slow queries.
 */
export class ObservingLogger implements TypeOrmLogger {
  constructor(private readonly observer: SqlObserver = {}) {}

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.observer.onQuery?.(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.observer.onError?.(error, query);
  }
  logQuerySlow(time: number, query: string): void {
    this.observer.onSlowQuery?.(time, query);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
