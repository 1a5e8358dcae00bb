/**
 * `npm run bench [-- options]`: measures the API against the reference
 * endpoint (bench/reference.ts) on the same database in the same run.
 *
 * 1. Opens DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (default
 *    .data/bench), and migrates it.
 * 2. Generates synthetic negotiations until there are --scale of them
 *    (`kb generate`; 5,000 is 1,000,000 statements), then VACUUM ANALYZE.
 * 3. Starts the built server (dist/, `npm run build` first when stale) and
 *    the reference, each as its own process, on 127.0.0.1.
 * 4. Checks the answers: no errors, each operation's sanity check, and the
 *    reference's JSON equal to the API's.
 * 5. Measures each operation of bench/operations.ts with autocannon at
 *    --connections (8) for --duration seconds each, the API and the
 *    reference taking --rounds turns (so both see the same background load):
 *    req/s, p50/p95/p99, errors (transport errors, timeouts, non-2xx, and any
 *    answer that differs from the checked one), SQL statements per request,
 *    server CPU ms per request and resident memory of each process.
 * 6. Prints a Markdown table (and --json FILE writes the figures).
 *
 * --smoke: 2 negotiations, 1 s per operation, 2 connections: a few seconds,
 * for CI. Exits 1 when an answer is wrong or any request fails.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Command, InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { openDatabase } from '../src/db/openDatabase.js';
import { createContext } from '../src/graphql/context.js';
import { findFreePort } from '../src/lib/findFreePort.js';
import { projectRoot } from '../src/lib/projectRoot.js';
import { generateSyntheticData, SYNTHETIC_PUBLISHER } from '../src/services/generator/generate.js';
import { benchOperations, pickFixtures, type BenchOperation, type Fixtures } from './operations.js';

const ROOT = projectRoot();

interface Options {
  scale: number;
  seed: number;
  duration: number;
  connections: number;
  warmup: number;
  /** Turns the API and the reference take within `duration`. */
  rounds: number;
  only?: string[];
  json?: string;
  smoke: boolean;
  cpuProf?: string;
  /** Another build's dist/src/main.js to measure instead of this one (e.g. an older commit, for before/after). */
  server?: string;
}

/** One measured target (the API or the reference) for one operation. */
interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  rssMiB: number;
}

interface Row {
  op: BenchOperation;
  /** Counted with this build's code; undefined when measuring another build (--server). */
  sqlPerRequest?: number;
  api: Measurement;
  reference?: Measurement;
}

function parseNumber(min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`Expected a number of at least ${min}, but got: ${JSON.stringify(value)}.`);
    return n;
  };
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Newest modification time of any file under `dir`. */
function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/** Builds dist/ when it is missing or older than the sources, so the benchmark measures what `npm start` runs. */
function ensureBuilt(): void {
  const main = join(ROOT, 'dist', 'src', 'main.js');
  const sources = Math.max(...['src', 'migrations'].map((d) => newest(join(ROOT, d))));
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  log('building (npm run build)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Adds synthetic negotiations until there are `scale`; true when it added any. */
async function ensureData(dataSource: DataSource, scale: number, seed: number): Promise<boolean> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "source" WHERE "publisher" = $1 AND "title" LIKE 'Synthetic background report%'`, [SYNTHETIC_PUBLISHER]);
  if (n >= scale) {
    log(`data set: ${n} synthetic negotiations present (--scale ${scale})`);
    return false;
  }
  log(`generating ${scale - n} synthetic negotiations (seed ${seed}) ...`);
  const report = await generateSyntheticData(dataSource, { scale: scale - n, seed });
  log(`generated ${report.statements} statements, ${report.citations} citations in ${(report.durationMs / 1000).toFixed(1)} s`);
  log('VACUUM ANALYZE (what autovacuum would do before long) ...');
  await dataSource.query('VACUUM (ANALYZE)');
  return true;
}

/** Waits for `child` to print a line matching `pattern` on stdout (or for `probe` to succeed). */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = pattern.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready`)));
  });
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms`);
}

/** CPU time (user + system, ms) and resident memory (MiB) of a process, from /proc. */
function processUsage(pid: number): { cpuMs: number; rssMiB: number; peakMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { cpuMs: ticks * 10, rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** What one stretch of load against one target gave. */
interface Slice {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
  cpuMs: number;
  rssMiB: number;
}

/** Adds up slices of load against one target into its figures. */
function combine(slices: Slice[]): Measurement {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const cpuMs = slices.reduce((n, s) => n + s.cpuMs, 0);
  return {
    requests,
    rps: requests / slices.reduce((n, s) => n + s.seconds, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: slices.reduce((n, s) => n + s.errors, 0),
    cpuMsPerRequest: requests ? cpuMs / requests : NaN,
    rssMiB: slices.at(-1)!.rssMiB,
  };
}

/** Runs autocannon against `url` with `body` for `duration` seconds; every answer must equal `expected`. */
async function measure(url: string, body: string, expected: string, pid: number, options: Options, duration: number): Promise<Slice> {
  const latencies: number[] = [];
  const before = processUsage(pid);
  let finish: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: options.connections,
    duration,
    expectBody: expected,
  }, (error, result) => (error ? finish({ ...result, errors: (result?.errors ?? 0) + 1 }) : finish(result)));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await done;
  const after = processUsage(pid);
  return {
    requests: result.requests.total,
    seconds: result.duration || duration,
    latencies,
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
    cpuMs: after.cpuMs - before.cpuMs,
    rssMiB: after.rssMiB,
  };
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: await res.text() };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');

function table(rows: Row[]): string {
  const lines = [
    '| query | target | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | CPU ms/req | RSS MiB | ratio |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const m = row.api;
    const ratio = row.reference ? `${fmt(m.rps / row.reference.rps, 2)}×` : '—';
    lines.push(`| ${row.op.key} ${row.op.title} | API | ${fmt(m.rps, 0)} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${m.errors} | ${row.sqlPerRequest ?? '—'} | ${fmt(m.cpuMsPerRequest, 2)} | ${fmt(m.rssMiB, 0)} | ${ratio} |`);
    if (row.reference) {
      const r = row.reference;
      lines.push(`| | reference | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | 1 | ${fmt(r.cpuMsPerRequest, 2)} | ${fmt(r.rssMiB, 0)} | 1× |`);
    }
  }
  return lines.join('\n');
}

async function main(options: Options): Promise<number> {
  const config = loadConfig({ DATA_DIR: '.data/bench', LOG_LEVEL: 'silent', ...process.env });
  const db = await openDatabase(config, { log });
  const children: ChildProcess[] = [];
  const stopChildren = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.once('SIGINT', () => {
    stopChildren();
    process.exit(130);
  });
  try {
    await ensureData(db.dataSource, options.scale, options.seed);
    const fixtures: Fixtures = await pickFixtures(db.dataSource);
    const [{ statements }] = await db.dataSource.query(`SELECT count(*)::int AS statements FROM "statement"`);
    log(`${statements.toLocaleString('en-US')} statements; Q5b is after item ${fixtures.statementsAfter.position}; search term "${fixtures.searchTerm}"`);
    const ops = benchOperations(ROOT).filter((op) => !options.only || options.only.includes(op.key));

    // SQL statements per request, counted in-process on the same database (the count depends on the query, not on timing).
    const app = await createApp({ config, dataSource: db.dataSource, logger: pino({ level: 'silent' }), root: ROOT });
    const sqlCounts = new Map<string, number>();
    for (const op of ops) {
      const contextValue = createContext(db.dataSource, { maxPageSize: config.MAX_PAGE_SIZE });
      await app.apollo.executeOperation({ query: op.document, operationName: op.operationName, variables: op.variables(fixtures) }, { contextValue });
      sqlCounts.set(op.key, contextValue.sql.statementCount);
    }
    await app.apollo.stop();

    if (!options.server) ensureBuilt();
    const [apiPort, referencePort] = await Promise.all([findFreePort(), findFreePort()]);
    const env = { ...process.env, DATABASE_URL: db.url, HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', DB_POOL_SIZE: String(config.DB_POOL_SIZE) };
    const api = spawn(process.execPath, [...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`] : []), options.server ?? join(ROOT, 'dist', 'src', 'main.js')], {
      cwd: ROOT, env: { ...env, PORT: String(apiPort) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(api);
    api.stdout!.resume();
    const reference = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'reference.ts')], {
      cwd: ROOT, env: { ...env, PORT: String(referencePort) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(reference);
    await Promise.all([waitForReady(`http://127.0.0.1:${apiPort}/readyz`, api, 60_000), waitForLine(reference, /listening \d+/, 30_000)]);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const referenceUrl = `http://127.0.0.1:${referencePort}/graphql`;

    // Answers first: a benchmark of wrong answers measures nothing.
    const problems: string[] = [];
    const expected = new Map<string, { api: string; reference?: string }>();
    for (const op of ops) {
      const body = JSON.stringify({ query: op.document, operationName: op.operationName, variables: op.variables(fixtures) });
      const answer = await post(apiUrl, body);
      const json = JSON.parse(answer.text);
      if (answer.status !== 200 || json.errors) problems.push(`${op.key}: the API answered ${answer.status} ${answer.text.slice(0, 300)}`);
      else if (op.check?.(json.data)) problems.push(`${op.key}: ${op.check(json.data)}`);
      const entry: { api: string; reference?: string } = { api: answer.text };
      if (op.reference) {
        const ref = await post(referenceUrl, JSON.stringify({ operationName: op.operationName, variables: op.variables(fixtures) }));
        entry.reference = ref.text;
        if (ref.status !== 200) problems.push(`${op.key}: the reference answered ${ref.status} ${ref.text.slice(0, 300)}`);
        else if (!isDeepStrictEqual(JSON.parse(ref.text), json)) {
          const a = JSON.stringify(json);
          const b = JSON.stringify(JSON.parse(ref.text));
          let i = 0;
          while (i < a.length && a[i] === b[i]) i++;
          problems.push(`${op.key}: the reference's answer differs from the API's at character ${i}:\n  API:       ${a.slice(Math.max(0, i - 80), i + 120)}\n  reference: ${b.slice(Math.max(0, i - 80), i + 120)}`);
        }
      }
      expected.set(op.key, entry);
    }
    if (problems.length > 0) {
      for (const p of problems) log(`WRONG ANSWER ${p}`);
      return 1;
    }
    log(`answers checked: ${ops.length} operations, ${ops.filter((o) => o.reference).length} equal to the reference's`);

    const rows: Row[] = [];
    for (const op of ops) {
      const body = JSON.stringify({ query: op.document, operationName: op.operationName, variables: op.variables(fixtures) });
      const { api: apiAnswer, reference: referenceAnswer } = expected.get(op.key)!;
      const refBody = JSON.stringify({ operationName: op.operationName, variables: op.variables(fixtures) });
      if (options.warmup > 0) {
        await measure(apiUrl, body, apiAnswer, api.pid!, options, options.warmup);
        if (op.reference) await measure(referenceUrl, refBody, referenceAnswer!, reference.pid!, options, options.warmup);
      }
      // The API and the reference take turns, so both see the same background load (the machine may be shared).
      log(`${op.key}: ${options.duration} s each for the API${op.reference ? ' and the reference' : ''}, in ${options.rounds} turns, ${options.connections} connections`);
      const apiSlices: Slice[] = [];
      const referenceSlices: Slice[] = [];
      const slice = options.duration / options.rounds;
      for (let turn = 0; turn < options.rounds; turn++) {
        apiSlices.push(await measure(apiUrl, body, apiAnswer, api.pid!, options, slice));
        if (op.reference) referenceSlices.push(await measure(referenceUrl, refBody, referenceAnswer!, reference.pid!, options, slice));
      }
      rows.push({
        op,
        sqlPerRequest: options.server ? undefined : sqlCounts.get(op.key),
        api: combine(apiSlices),
        reference: op.reference ? combine(referenceSlices) : undefined,
      });
    }
    const apiPeak = processUsage(api.pid!).peakMiB;
    const referencePeak = processUsage(reference.pid!).peakMiB;

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`;
    process.stdout.write(`\n${new Date().toISOString()} — ${statements.toLocaleString('en-US')} statements, ${options.connections} connections, ${options.duration} s each, pool ${config.DB_POOL_SIZE}\n${machine}\n\n`);
    process.stdout.write(`${table(rows)}\n\nAPI peak resident memory ${fmt(apiPeak, 0)} MiB; reference ${fmt(referencePeak, 0)} MiB.\n`);
    if (options.json) writeFileSync(options.json, JSON.stringify({ date: new Date().toISOString(), machine, statements, options, apiPeakMiB: apiPeak, rows: rows.map((r) => ({ ...r, op: r.op.key })) }, null, 2));
    const failed = rows.filter((r) => r.api.errors > 0 || (r.reference?.errors ?? 0) > 0);
    if (failed.length > 0) {
      log(`requests failed under load: ${failed.map((r) => r.op.key).join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    stopChildren();
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await db.close();
  }
}

const program = new Command('bench')
  .description('Measure the GraphQL API against the one-SQL reference endpoint on the same data (docs/benchmarks.md)')
  .option('--scale <n>', 'synthetic negotiations the data set needs (5000 = 1,000,000 statements); generated when missing', parseNumber(1), 5000)
  .option('--seed <n>', 'generator seed', parseNumber(0), 1)
  .option('--duration <s>', 'seconds per operation and target', parseNumber(1), 10)
  .option('--warmup <s>', 'seconds of unmeasured load before each measurement', parseNumber(0), 2)
  .option('--connections <n>', 'concurrent connections', parseNumber(1), 8)
  .option('--rounds <n>', 'turns the API and the reference take within --duration (same background load for both)', parseNumber(1), 5)
  .option('--only <keys>', 'comma-separated operation keys (Q1,Q3,Q5,Q5b,Q4,D1,D1n,D2,D3,D4,D5)', (v) => v.split(','))
  .option('--json <file>', 'also write the figures as JSON')
  .option('--cpu-prof <dir>', 'run the API with node --cpu-prof, profiles written to this directory on exit')
  .option('--server <main.js>', "measure another build's dist/src/main.js (an older commit, say) instead of this one")
  .option('--smoke', 'tiny and quick (2 negotiations, 1 s per operation, 2 connections), for CI', false)
  .action(async (opts: Options) => {
    const options = opts.smoke ? { ...opts, scale: 2, duration: 1, warmup: 0, connections: 2, rounds: 1 } : opts;
    process.exitCode = await main(options);
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(1);
});
