import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/lib/cursor.js';
import { ROOT } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { runKb } from './support/editing.js';
import { spawnServer, type RunningServer } from './support/spawnServer.js';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text), text };
}

/** Lines where the server reported an error that escaped, or Node a crash. */
function escapes(output: string): string[] {
  return output.split('\n').filter((l) => /escaped every handler|Unhandled|uncaught|triggerUncaughtException/i.test(l));
}

const NORMAL = { query: '{ rounds(filter: { number: 6 }) { nodes { number location } } }' };
const NORMAL_ANSWER = { data: { rounds: { nodes: [{ number: 6, location: 'Washington' }] } } };

// Queries that null a list while other items of it still wait on DataLoaders.
const CRASHING_SHAPES = [
  '{ statements { nodes { round { id } history(after: "x") { totalCount } } } }',
  '{ statements { edges { node { speaker { name } history(after: "x") { totalCount } } } } }',
  '{ people { nodes { affiliations { organization { name } } statements(after: "x") { totalCount } } } }',
  '{ rounds { nodes { participants { party { name } person { statements(after: "x") { totalCount } } } } } }',
  '{ negotiations { nodes { agreement { name } rounds(after: "x") { totalCount } } } }',
  '{ search(query: "talks") { nodes { ... on Statement { round { id } history(after: "x") { totalCount } } } } }',
  `{ sources { nodes { citations(after: "x") { totalCount } } } figures { nodes { round { id } history(first: 1, after: "${encodeCursor('history', [2 ** 31])}") { totalCount } } } }`,
];

describe('no request takes the server down (the built server, as npm start runs it)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    server = await spawnServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await db?.drop();
  });

  it.each(CRASHING_SHAPES)('answers %s with a coded error, then serves a normal query, and never exits', async (query) => {
    const { status, json } = await post(server.url, { query });
    expect(status).toBeLessThan(500);
    expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INVALID_CURSOR']);
    await new Promise((r) => setTimeout(r, 200));
    expect((await post(server.url, NORMAL)).json).toEqual(NORMAL_ANSWER);
    expect(server.child.exitCode).toBeNull();
  });

  it('survives all of them at once in one batch and in parallel', async () => {
    const batch = await post(server.url, CRASHING_SHAPES.map((query) => ({ query })));
    expect(batch.status).toBeLessThan(500);
    const parallel = await Promise.all(CRASHING_SHAPES.map((query) => post(server.url, { query })));
    expect(parallel.every((r) => r.status === 400)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect((await post(server.url, NORMAL)).json).toEqual(NORMAL_ANSWER);
    expect(server.child.exitCode).toBeNull();
  });

  it('reports no escaped error in its log or its metrics', async () => {
    expect(escapes(server.output())).toEqual([]);
    const metrics = await (await fetch(server.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).not.toMatch(/^kb_escaped_errors_total\{/m);
  });
});

/** Starts test/fixtures/escapingServer.ts; resolves with its URL once it listens. */
async function startEscapingServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/escapingServer.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`the fixture exited:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child, output: () => output };
}

describe('an error that escapes every handler', () => {
  let db: TestDatabase;
  let fixture: Awaited<ReturnType<typeof startEscapingServer>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    fixture = await startEscapingServer(db.url);
  });
  afterAll(async () => {
    fixture?.child.kill('SIGKILL');
    await db?.drop();
  });

  const logLines = () => fixture.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

  it('is logged with its request id and counted, the request is answered and the process goes on', async () => {
    const rejected = await post(fixture.url, { query: '{ __typename }' }, { 'x-test-escape': 'rejection', 'x-request-id': 'stray-rejection-1' });
    expect(rejected).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
    const thrown = await post(fixture.url, { query: '{ __typename }' }, { 'x-test-escape': 'exception', 'x-request-id': 'thrown-callback-1' });
    expect(thrown).toMatchObject({ status: 500, json: { errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    expect(thrown.text).not.toMatch(/thrown in a callback|\s+at .+:\d+:\d+/);

    await new Promise((r) => setTimeout(r, 100));
    expect(logLines().filter((l) => l.level === 50 && /escaped every handler/.test(l.msg)).map((l) => [l.kind, l.requestId, l.err.message])).toEqual([
      ['rejection', 'stray-rejection-1', 'a rejection nobody handles'],
      ['exception', 'thrown-callback-1', 'thrown in a callback'],
    ]);
    const metrics = await (await fetch(fixture.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^kb_escaped_errors_total\{kind="rejection"\} 1$/m);
    expect(metrics).toMatch(/^kb_escaped_errors_total\{kind="exception"\} 1$/m);
    expect((await post(fixture.url, { query: '{ rounds { totalCount } }' })).json).toEqual({ data: { rounds: { totalCount: 0 } } });
    expect(fixture.child.exitCode).toBeNull();
  });
});

describe('start-up after the server was killed (SIGKILL) with its embedded PostgreSQL still running', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kb-recovery-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The pid in the data directory's postmaster.pid when that process is alive; null otherwise. */
  function runningPostmaster(): number | null {
    const file = join(dataDir, 'postmaster.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      return null;
    }
  }

  async function killHard(server: RunningServer): Promise<number> {
    await server.stop('SIGKILL');
    const orphan = runningPostmaster();
    expect(orphan).not.toBeNull();
    return orphan!;
  }

  it('npm start stops the left-over server, says so in one line, and starts', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir, SEED_ON_START: 'false' });
    const orphan = await killHard(first);

    const second = await spawnServer({ DATA_DIR: dataDir, SEED_ON_START: 'false' });
    try {
      const notices = second.output().split('\n').filter((l) => l.includes('left running'));
      expect(notices).toHaveLength(1);
      expect(JSON.parse(notices[0]).msg).toBe(
        `stopped the embedded PostgreSQL (pid ${orphan}) that a previous run left running in ${dataDir} after it ended without stopping it; starting it again`,
      );
      expect((await post(second.url, { query: '{ rounds { totalCount } }' })).json).toEqual({ data: { rounds: { totalCount: 0 } } });
    } finally {
      expect((await second.stop('SIGTERM')).code).toBe(0);
    }
    expect(runningPostmaster()).toBeNull();
  });

  it('kb does the same', async () => {
    const server = await spawnServer({ DATA_DIR: dataDir, SEED_ON_START: 'false' });
    const orphan = await killHard(server);
    const { code, stdout, stderr } = await runKb(['migrate'], { DATA_DIR: dataDir });
    expect({ code, stdout }).toEqual({ code: 0, stdout: 'no pending migrations\n' });
    expect(stderr).toContain(`kb: stopped the embedded PostgreSQL (pid ${orphan}) that a previous run left running in ${dataDir}`);
    expect(runningPostmaster()).toBeNull();
  });

  it('leaves alone a server whose process is still running, and says another process uses the directory', async () => {
    const server = await spawnServer({ DATA_DIR: dataDir, SEED_ON_START: 'false' });
    try {
      const { code, stderr } = await runKb(['migrate'], { DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(stderr).toMatch(/another process \(npm start, or another kb command\) is using this data directory/);
      expect((await post(server.url, { query: '{ rounds { totalCount } }' })).status).toBe(200);
    } finally {
      await server.stop('SIGTERM');
    }
  });
});
