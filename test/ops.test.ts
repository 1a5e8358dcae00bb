import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { ROOT, startTestApi, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

describe('operations endpoints', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi({ env: { CORS_ORIGINS: 'https://dash.example.org' } });
    base = (await api.listen()).replace(/\/graphql$/, '');
  });
  afterAll(async () => api?.stop());

  it('/healthz says the process is alive', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz says ready when the database answers and is migrated', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('/metrics counts operations by name, latency, errors by code and the pool, in Prometheus text format', async () => {
    const post = (body: unknown) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await post({ query: 'query Dashboard { rounds { totalCount } }' });
    await post({ query: 'query Dashboard { rounds { totalCount } }' });
    await post({ query: 'query Broken { node(id: "nope") { id } }' });
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^kb_graphql_requests_total\{operation="Dashboard",outcome="ok"\} 2$/m);
    expect(text).toMatch(/^kb_graphql_requests_total\{operation="Broken",outcome="error"\} 1$/m);
    expect(text).toMatch(/^kb_graphql_request_duration_seconds_count\{operation="Dashboard"\} 2$/m);
    expect(text).toMatch(/^kb_graphql_errors_total\{code="INVALID_ID"\} 1$/m);
    expect(text).toMatch(/^kb_db_pool_connections_in_use \d+$/m);
    expect(text).toMatch(/^kb_db_pool_waiting_requests \d+$/m);
  });

  it('gives every response a request id, keeping a sane one the client sent', async () => {
    const mine = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'dash-42' } });
    expect(mine.headers.get('x-request-id')).toBe('dash-42');
    const made = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows a configured dashboard origin and no other', async () => {
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await fetch(`${base}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"query":"{ rounds { totalCount } }"}' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});

describe('readiness and logs', () => {
  let db: TestDatabase;
  let app: App;
  const lines: any[] = [];
  let base: string;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
    app = await createApp({ config: loadConfig({}), dataSource: db.dataSource, logger: pino({ level: 'info' }, sink), root: ROOT });
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    app.server.closeAllConnections();
    await new Promise((r) => app.server.close(r));
    await app.apollo.stop();
    await db.drop();
  });

  it('/readyz says 503 while migrations are pending', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', reason: 'migrations pending' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('logs each request as one JSON line with its request id, method, path, status and duration', async () => {
    await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'log-me' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.find((l) => l.requestId === 'log-me')).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200, ms: expect.any(Number), level: 30 });
  });
});
