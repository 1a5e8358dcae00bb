import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { createDataSource } from '../src/db/dataSource.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded.js';
import { findFreePort } from '../src/lib/findFreePort.js';
import { loadSeedDirectory } from '../src/services/seeds/loadSeeds.js';
import { ROOT } from './support/api.js';

const QUERY = JSON.stringify({ query: '{ rounds(filter: { number: 6 }) { nodes { location } } }' });

describe('a database outage under a running server', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedDatabase | undefined;
  let dataSource: DataSource;
  let app: App;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kb-outage-'));
    port = await findFreePort();
    pg = await startEmbeddedPostgres({ dataDir, port });
    dataSource = createDataSource({ url: pg.url, connectTimeoutMs: 1_000, statementTimeoutMs: 3_000 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await loadSeedDirectory(dataSource, join(ROOT, 'seeds'));
    app = await createApp({ config: loadConfig({}), dataSource, logger: pino({ level: 'silent' }), root: ROOT });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    app?.server.closeAllConnections();
    await new Promise((r) => app?.server.close(r));
    await app?.apollo.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const ask = async () => {
    const started = Date.now();
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(15_000) });
    return { status: res.status, json: (await res.json()) as any, ms: Date.now() - started };
  };

  it('answers while the database is up', async () => {
    expect((await ask()).json).toEqual({ data: { rounds: { nodes: [{ location: 'Washington' }] } } });
  });

  it('fails fast with DATABASE_UNAVAILABLE, says 503 on /readyz, stays alive, and serves again without a restart once the database is back', async () => {
    await pg!.stop();
    pg = undefined;

    const down = await ask();
    expect(down.status).toBeLessThan(500);
    expect(down.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(down.json)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/);
    expect(down.ms).toBeLessThan(5_000);

    const readyStarted = Date.now();
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(Date.now() - readyStarted).toBeLessThan(2_500);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    pg = await startEmbeddedPostgres({ dataDir, port });
    const back = Date.now();
    let answer = await ask();
    while (answer.json.errors && Date.now() - back < 10_000) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await ask();
    }
    expect(answer.json).toEqual({ data: { rounds: { nodes: [{ location: 'Washington' }] } } });
    expect(Date.now() - back).toBeLessThan(10_000);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
