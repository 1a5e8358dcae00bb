import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/dataSource.js';
import type { SqlObserver } from '../../src/db/logger.js';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  /** Destroys the DataSource and drops the database. */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(inject('postgresAdminUrl'), 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh, empty database on the test server (embedded, or
 * TEST_DATABASE_URL's) and a DataSource for it; `migrate` (default true)
 * applies every migration first.
 */
export async function createTestDatabase(options: { migrate?: boolean; observer?: SqlObserver } = {}): Promise<TestDatabase> {
  const name = `kb_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(inject('postgresAdminUrl'), name);
  const dataSource = createDataSource({ url, observer: options.observer });
  await dataSource.initialize();
  if (options.migrate ?? true) await dataSource.runMigrations();
  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
