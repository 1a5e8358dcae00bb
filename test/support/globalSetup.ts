import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server's maintenance database the tests may create databases on. */
    postgresAdminUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when set,
 * otherwise an embedded one on a free port in a temporary directory.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'kb-test-pg-')), temporary: true });
    url = embedded.url;
  }
  project.provide('postgresAdminUrl', url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
