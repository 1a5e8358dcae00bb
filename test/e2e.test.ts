import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findFreePort } from '../src/lib/findFreePort.js';
import { CONTRACT_DIR, ROOT } from './support/api.js';
import { runRoundParticipantsInIde } from './support/browser.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { spawnServer, type RunningServer } from './support/spawnServer.js';

const CORE = readFileSync(join(CONTRACT_DIR, 'core.graphql'), 'utf8');

async function graphql(url: string, body: unknown): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text), text };
}

/** Lines the server logged at error level or above, and any crash report. */
function problemsIn(output: string): string[] {
  return output.split('\n').filter((l) => /"level":(50|60)|Unhandled|uncaught|ERR_UNHANDLED/i.test(l));
}

describe('npm start with no configuration (embedded PostgreSQL)', () => {
  let dataDir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kb-e2e-'));
    server = await spawnServer({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The JSON lines the server has logged so far. */
  const logged = () => server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

  it('says where the overview and the API are once it listens', () => {
    expect(logged().map((l) => l.msg)).toContain(`overview at http://localhost:${server.port}/, GraphQL API and IDE at http://localhost:${server.port}/graphql`);
  });

  it('visits its own overview page once it listens, as a first visitor does, so that the first real one finds it warm', async () => {
    await expect.poll(() => logged().filter((l) => l.msg.startsWith('warmed up')).length, { timeout: 20_000 }).toBe(1);
    expect(logged().find((l) => l.msg.startsWith('warmed up'))).toMatchObject({ level: 30, msg: 'warmed up: visited the overview page once', requests: 8 });
    // The page, then its panels' seven requests, each answered.
    const requests = logged().filter((l) => l.msg === 'request' && !['/readyz', '/healthz'].includes(l.path));
    expect(requests.slice(0, 8).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET / 200', ...Array(7).fill('POST /graphql 200')]);
  });

  it('serves the contract operations with the article’s facts', async () => {
    const { json } = await graphql(server.url, { query: CORE, operationName: 'RoundParticipants', variables: { number: 6 } });
    expect(json.errors).toBeUndefined();
    const heads = json.data.rounds.nodes[0].delegations.map((d: any) => d.head.name).sort();
    expect(heads).toEqual(['James DeHart', 'Jeong Eun-bo']);
  });

  it('opens the IDE offline in Chromium, runs RoundParticipants and shows both delegation heads', async () => {
    const result = await runRoundParticipantsInIde(server.url);
    expect(result.blockedRequests).toEqual([]);
    expect(result.pageErrors).toEqual([]);
    expect(result.resultText).toContain('James DeHart');
    expect(result.resultText).toContain('Jeong Eun-bo');
    expect(result.tabTitles[0]).toBe('RoundParticipants');
  });

  it('stops on SIGTERM with exit code 0 within 10 s, finishing the request in flight and stopping the embedded database, with nothing logged as an error', async () => {
    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ query: '{ rounds(filter: { number: 6 }) { nodes { location } } }' });
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 500);
    });
    await new Promise((r) => setTimeout(r, 100));
    const stopped = server.stop('SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { rounds: { nodes: [{ location: 'Washington' }] } } });
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(problemsIn(server.output())).toEqual([]);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});

describe('the image’s start command with the environment docker-compose.yml sets', () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.dataSource.destroy();
    const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
    const env = Object.fromEntries(Object.entries(compose.services.app.environment).map(([k, v]) => [k, String(v)]));
    // The compose file points at its `db` service; here that is a local PostgreSQL.
    expect(env.DATABASE_URL).toMatch(/@db:5432\//);
    // DB_SLOW_QUERY_MS=1 makes every statement count as slow, to see them logged.
    server = await spawnServer({ ...env, DATABASE_URL: db.url, PORT: String(await findFreePort()), DB_SLOW_QUERY_MS: '1' });
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await db?.drop();
  });

  it('applies the migrations and loads the seeds at start', async () => {
    const { json } = await graphql(server.url, { query: CORE, operationName: 'Sources' });
    expect(json.data.sources.nodes[0].publisher).toBe('Yonhap News Agency');
  });

  it('serves the IDE page to a browser at the same URL', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.text()).toMatch(/<script[^>]+src="\/ide\//);
  });

  it('answers errors without stack traces, SQL or table names in production', async () => {
    for (const body of [
      { query: '{ node(id: "garbage") { id } }' },
      { query: '{ rounds { nodes { nope } } }' },
      { query: 'query($n: Int!) { rounds(filter: { number: $n }) { totalCount } }', variables: { n: 'x' } },
      { query: '{ statements(first: 2, after: "WyJzdGF0ZW1lbnRzOlNUQVRFRF9PTjpERVNDIiwieCIsMV0") { totalCount } }' },
    ]) {
      const { status, json, text } = await graphql(server.url, body);
      expect(status).toBeLessThan(500);
      expect(json.errors[0].extensions.code).toEqual(expect.any(String));
      expect(text).not.toMatch(/stacktrace|\s+at .+:\d+:\d+|SELECT|"statement"|"round"|typeorm|pg_/i);
    }
  });

  it('logs slow queries as JSON lines', async () => {
    await graphql(server.url, { query: CORE, operationName: 'Figures' });
    const slow = server.output().split('\n').filter((l) => l.includes('"msg":"slow query"')).map((l) => JSON.parse(l));
    expect(slow.length).toBeGreaterThan(0);
    expect(slow[0]).toMatchObject({ level: 40, ms: expect.any(Number), sql: expect.any(String) });
  });

  it('stops on SIGINT with exit code 0', async () => {
    const { code } = await server.stop('SIGINT');
    expect(code).toBe(0);
    expect(problemsIn(server.output())).toEqual([]);
  });
});

/** Runs the built server expecting it to fail at startup; returns exit code and stderr. */
function startFailing(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('startup failures give one clear line and a non-zero exit', () => {
  it('says so when the port is in use', async () => {
    const db = await createTestDatabase();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await startFailing({ DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([`error: port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT to another port.`]);
    } finally {
      blocker.close();
      await db.drop();
    }
  });

  it('says so when the database cannot be reached', async () => {
    const port = await findFreePort();
    const { code, stderr } = await startFailing({ DATABASE_URL: `postgres://kb:secret@127.0.0.1:${port}/kb` });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `error: cannot reach the database at postgres://kb:***@127.0.0.1:${port}/kb (ECONNREFUSED); check DATABASE_URL and that PostgreSQL is running.`,
    ]);
  });

  it('says so when a migration fails, leaving the database as it was', async () => {
    const db = await createTestDatabase({ migrate: false });
    // A table in the way of the first migration.
    await db.dataSource.query(`CREATE TABLE "source" ("id" int)`);
    try {
      const { code, stderr } = await startFailing({ DATABASE_URL: db.url });
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: a database migration failed: relation "source" already exists; the database is as it was before that migration\.$/);
      const tables = await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`);
      expect(tables).toEqual([{ tablename: 'source' }]);
    } finally {
      await db.drop();
    }
  });

  it('names every bad setting', async () => {
    const { code, stderr } = await startFailing({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CORS_ORIGINS: 'not a url' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/DATABASE_URL: must be a postgres:\/\//);
    expect(stderr).toMatch(/CORS_ORIGINS/);
    expect(stderr).not.toMatch(/\s+at .+:\d+:\d+/);
  });
});
