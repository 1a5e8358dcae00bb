import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/**
 * The run's one server, shared by the test projects (vitest.config.ts): each
 * project runs this setup in the same process, so the first starts it and the
 * last to finish stops it.
 */
interface SharedServer {
  url: Promise<string>;
  embedded?: EmbeddedDatabase;
  projects: number;
}
const shared = globalThis as typeof globalThis & { kbTestPostgres?: SharedServer };

const ROOT = join(import.meta.dirname, '..', '..');

/** Newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * Builds dist/ (server, IDE and overview page) when it is missing or older than the sources,
 * so the end-to-end tests run what `npm start` and the image run.
 */
function ensureBuilt(): void {
  const outputs = [join(ROOT, 'dist', 'src', 'main.js'), join(ROOT, 'dist', 'ide', 'index.html'), join(ROOT, 'dist', 'overview', 'index.html')];
  const built = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const sources = Math.max(...['src', 'migrations', 'scripts', 'contract'].map((d) => newest(join(ROOT, d))));
  if (built >= sources) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when set,
 * otherwise an embedded one on a free port in a temporary directory.
 */
export async function setup(project: TestProject): Promise<void> {
  ensureBuilt();
  if (!shared.kbTestPostgres) {
    const server: SharedServer = { projects: 0, url: Promise.resolve(process.env.TEST_DATABASE_URL ?? '') };
    if (!process.env.TEST_DATABASE_URL) {
      server.url = mkdtemp(join(tmpdir(), 'kb-test-pg-')).then(async (dataDir) => {
        server.embedded = await startEmbeddedPostgres({ dataDir, temporary: true });
        return server.embedded.url;
      });
    }
    shared.kbTestPostgres = server;
  }
  shared.kbTestPostgres.projects += 1;
  project.provide('postgresAdminUrl', await shared.kbTestPostgres.url);
}

export async function teardown(): Promise<void> {
  const server = shared.kbTestPostgres;
  if (!server || --server.projects > 0) return;
  shared.kbTestPostgres = undefined;
  await server.embedded?.stop();
}
