import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { isPoolWaitTimeout } from '../db/boundedPool.js';
import { isDatabaseUnavailable } from '../db/isDatabaseUnavailable.js';
import { CodedError, ErrorCode, serviceOverloaded } from '../errors/index.js';

/** Prepared-statement names by SQL text (a name is a digest, so one name never means two texts). */
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 5_000;

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    name = `kb_${createHash('sha1').update(sql).digest('base64url')}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * The one way request code reaches the database: parameterized SQL through
 * the pool as prepared statements (each connection parses and plans a
 * statement once; pg names it by a digest of its text), counted per request (the count depends on a query's shape, never
 * on how many rows come back), with outages (DATABASE_UNAVAILABLE) and a
 * full pool (SERVICE_OVERLOADED) turned into coded errors.
 */
export class RequestSql {
  /** SQL statements this request has sent so far. */
  statementCount = 0;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private flushScheduled = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Runs one statement and returns its rows. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.statementCount++;
    this.inFlight++;
    try {
      // Straight to TypeORM's pg pool: its query runner costs more CPU than the statement itself on short reads.
      const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
      const logger = this.dataSource.logger;
      logger.logQuery(sql, params);
      const started = performance.now();
      const result = await pool.query({ name: statementName(sql), text: sql, values: params });
      const ms = performance.now() - started;
      const slowMs = this.dataSource.options.maxQueryExecutionTime;
      if (slowMs && ms > slowMs) logger.logQuerySlow(ms, sql, params);
      return result.rows as T[];
    } catch (error) {
      this.dataSource.logger.logQueryError(error as Error, sql, params);
      if (isPoolWaitTimeout(error)) throw serviceOverloaded();
      if (isDatabaseUnavailable(error)) {
        throw new CodedError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
      }
      throw error;
    } finally {
      this.inFlight--;
      this.scheduleFlush();
    }
  }

  /**
   * DataLoader `batchScheduleFn`: holds a loader's batch until none of this
   * request's statements is running, then dispatches every held batch at
   * once. Loads caused by the results of one wave of statements thus form
   * the next wave, one statement per loader, however the database's answers
   * interleave: the statement count depends on the query's shape, not on
   * timing or on how many rows come back.
   */
  scheduleBatch(dispatch: () => void): void {
    this.waiting.push(dispatch);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.waiting.length === 0 || this.inFlight > 0) return;
    this.flushScheduled = true;
    // setImmediate runs after the microtasks that resolvers queue on a result.
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.inFlight > 0) return;
      for (const dispatch of this.waiting.splice(0)) dispatch();
    });
  }
}
