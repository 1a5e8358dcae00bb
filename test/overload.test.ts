import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { createDataSource } from '../src/db/dataSource.js';
import { loadSeedDirectory } from '../src/services/seeds/loadSeeds.js';
import { ROOT } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const QUERY = JSON.stringify({ query: '{ rounds(filter: { number: 6 }) { nodes { location } } }' });

describe('a server whose only pooled connection is busy with a slow statement', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: App;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadSeedDirectory(db.dataSource, join(ROOT, 'seeds'));
    dataSource = createDataSource({ url: db.url, poolSize: 1, poolWaitMs: 300, connectTimeoutMs: 2_000 });
    await dataSource.initialize();
    app = await createApp({ config: loadConfig({ DB_POOL_SIZE: '1', DB_POOL_WAIT_MS: '300' }), dataSource, logger: pino({ level: 'silent' }), root: ROOT });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    app?.server.closeAllConnections();
    await new Promise((resolve) => app?.server.close(resolve));
    await app?.apollo.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await db?.drop();
  });

  const ask = async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), json: (await res.json()) as any };
  };

  const metric = async (line: RegExp) => {
    const text = await (await fetch(`${base}/metrics`)).text();
    return Number(text.split('\n').find((l) => line.test(l))?.split(' ').at(-1) ?? 0);
  };

  it('answers SERVICE_OVERLOADED with HTTP 503 and Retry-After, counts it, and stays ready; serves again once the statement ends', async () => {
    expect((await ask()).json).toEqual({ data: { rounds: { nodes: [{ location: 'Washington' }] } } });

    const slow = dataSource.query('SELECT pg_sleep(2)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const busy = await ask();
    const waited = Date.now() - started;
    expect(busy.status).toBe(503);
    expect(busy.retryAfter).toBe('1');
    expect(busy.json.errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_OVERLOADED']);
    expect(busy.json.errors[0].message).toMatch(/busy/);
    expect(JSON.stringify(busy.json)).not.toMatch(/DATABASE_UNAVAILABLE|pg_sleep|127\.0\.0\.1/);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1_900);

    // The database is reachable all along: readiness says so while every pooled connection is busy.
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await metric(/^kb_db_pool_wait_timeouts_total /)).toBe(1);
    expect(await metric(/^kb_graphql_errors_total\{code="SERVICE_OVERLOADED"\} /)).toBe(1);
    expect(await metric(/^kb_graphql_errors_total\{code="DATABASE_UNAVAILABLE"\} /)).toBe(0);

    await slow;
    expect(await ask()).toMatchObject({ status: 200, json: { data: { rounds: { nodes: [{ location: 'Washington' }] } } } });
  });

  it('lets a request that waits less than DB_POOL_WAIT_MS through', async () => {
    const short = dataSource.query('SELECT pg_sleep(0.1)');
    const answer = await ask();
    await short;
    expect(answer).toMatchObject({ status: 200, json: { data: { rounds: { nodes: [{ location: 'Washington' }] } } } });
  });
});
