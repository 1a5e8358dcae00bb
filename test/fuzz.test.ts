import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { makeToken } from './support/editing.js';
import { fuzzServer } from './support/fuzz.js';
import { spawnServer, type RunningServer } from './support/spawnServer.js';

// CI runs a fixed seed; `npm run fuzz -- --runs 100000 --seed S` runs longer (scripts/fuzz.mjs).
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20200116);

describe('fuzzing the built server with documents generated from its schema', () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    server = await spawnServer({ DATABASE_URL: db.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await db?.drop();
  });

  it(`survives ${RUNS} documents (seed ${SEED}) with no 5xx, no INTERNAL_SERVER_ERROR, no leak and no write behind an error`, { timeout: Math.max(120_000, RUNS * 100) }, async () => {
    const [editor, reader] = [await makeToken(db.dataSource, 'editor', 'fuzz-editor'), await makeToken(db.dataSource, 'reader', 'fuzz-reader')];
    const figures = await fuzzServer(
      { url: server.url, dataSource: db.dataSource, tokens: { editor: editor.token, reader: reader.token }, isAlive: () => server.child.exitCode === null },
      { runs: RUNS, seed: SEED },
    );
    process.stdout.write(`fuzz figures (seed ${SEED}): ${JSON.stringify({ ...figures, findings: figures.findings.length })}\n`);
    expect(figures.findings).toEqual([]);
    expect(figures).toMatchObject({ documents: RUNS, crashes: 0, internalErrors: 0, serverErrors: 0, leaks: 0, writesBehindErrors: 0 });
    expect(server.output()).not.toMatch(/escaped every handler|"level":50/);
  });
});
