import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../db/isDatabaseUnavailable.js';
import { CodedError, ErrorCode } from '../errors/index.js';

/**
 * The one way request code reaches the database: parameterized SQL through
 * the pool, counted per request (the count depends on a query's shape, never
 * on how many rows come back), with outages turned into a coded error.
 */
export class RequestSql {
  /** SQL statements this request has sent so far. */
  statementCount = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Runs one statement and returns its rows. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.statementCount++;
    try {
      return (await this.dataSource.query(sql, params)) as T[];
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw new CodedError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
      }
      throw error;
    }
  }
}
