import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { entities } from '../entities/index.js';
import { createBoundedPg } from './boundedPool.js';
import { migrations } from '../../migrations/index.js';
import { ObservingLogger, type SqlObserver } from './logger.js';
import { SnakeNamingStrategy } from './namingStrategy.js';

// Calendar dates stay "YYYY-MM-DD" strings: a JS Date would shift them by the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  /** How long to wait for a new connection before failing (fail fast when the database is down). */
  connectTimeoutMs?: number;
  /** How long a query may wait for a free pooled connection when all are in use (then PoolWaitTimeoutError). */
  poolWaitMs?: number;
  slowQueryMs?: number;
  observer?: SqlObserver;
}

/**
 * Builds (does not connect) the DataSource for `url`: all entities, the
 * reviewed migrations in migrations/, never `synchronize`.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: new ObservingLogger(options.observer),
    maxQueryExecutionTime: options.slowQueryMs ?? 500,
    poolSize: options.poolSize ?? 10,
    driver: createBoundedPg(options.poolWaitMs ?? 5_000),
    extra: {
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      // Client-side bound too, for a server that stops answering altogether.
      query_timeout: (options.statementTimeoutMs ?? 10_000) + 2_000,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 2_000,
      application_name: 'negotiation-kb',
    },
  });
}
