/**
 * Times every operation of the dashboards contract over HTTP, as Grafana
 * sends them, and in-process (Apollo's executeOperation: the same execution
 * without HTTP), on the seed plus N generated negotiations (default 500), in
 * a throw-away embedded PostgreSQL (or, with --database-url, on a database
 * that already holds them). The server runs as the image runs it
 * (NODE_ENV=production). A benchmark, not a test: it prints a table, with
 * the machine and its load average (the figures are only comparable on the
 * same machine under the same load).
 *   npm run bench:dashboards [-- --scale 500 --runs 30]
 *   npm run bench:dashboards -- --database-url postgres://... (seeded and generated beforehand)
 */
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// graphql-js reads NODE_ENV when it loads (its development checks cost time on every field), so set it before the app loads.
process.env.NODE_ENV ??= 'production';
const { pino } = await import('pino');
const { createApp } = await import('../src/app.js');
const { loadConfig } = await import('../src/config/index.js');
const { createDataSource } = await import('../src/db/dataSource.js');
const { startEmbeddedPostgres } = await import('../src/db/embedded.js');
const { createContext } = await import('../src/graphql/context.js');
const { projectRoot } = await import('../src/lib/projectRoot.js');
const { generateSyntheticData } = await import('../src/services/generator/generate.js');
const { loadSeedDirectory } = await import('../src/services/seeds/loadSeeds.js');

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: '500' }, runs: { type: 'string', default: '30' }, seed: { type: 'string', default: '1' }, 'database-url': { type: 'string' } },
});
const scale = Number(args.scale);
const runs = Number(args.runs);
const root = projectRoot();
const DASHBOARDS = readFileSync(join(root, 'contract', 'dashboards.graphql'), 'utf8');

const log = (line: string) => process.stderr.write(`${line}\n`);
const pg = args['database-url'] ? undefined : await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'kb-bench-pg-')), temporary: true });
const dataSource = createDataSource({ url: args['database-url'] ?? pg!.url });
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  if (pg) {
    await loadSeedDirectory(dataSource, join(root, 'seeds'));
    log(`generating ${scale} negotiations ...`);
    const report = await generateSyntheticData(dataSource, { scale, seed: Number(args.seed) });
    log(`added ${report.negotiations} negotiations, ${report.rounds} rounds, ${report.statements} statements in ${(report.durationMs / 1000).toFixed(1)} s`);
  }
  await dataSource.query('ANALYZE');
  const [{ negotiations, statements }] = await dataSource.query(`SELECT (SELECT count(*) FROM negotiation)::int AS negotiations, (SELECT count(*) FROM statement)::int AS statements`);

  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: process.env.NODE_ENV });
  const app = await createApp({ config, dataSource, logger: pino({ level: 'silent' }), root });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const post = async (operationName: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json;q=0.9,text/plain' },
      body: JSON.stringify({ query: DASHBOARDS, operationName, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    const ms = performance.now() - started;
    if (response.status !== 200 || body.errors) throw new Error(`${operationName} failed: ${response.status} ${JSON.stringify(body.errors)}`);
    return { ms, body };
  };
  const execute = async (operationName: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const contextValue = createContext(dataSource, { maxPageSize: config.MAX_PAGE_SIZE });
    const response = await app.apollo.executeOperation({ query: DASHBOARDS, operationName, variables }, { contextValue });
    const ms = performance.now() - started;
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${operationName} failed in-process`);
    return ms;
  };

  // A generated negotiation in the middle, and the span of its rounds.
  const [picked] = await dataSource.query(
    `SELECT n.id, min(r.start_date)::text AS first, (max(r.end_date) + 1)::text AS after
     FROM negotiation n JOIN round r ON r.negotiation_id = n.id WHERE n.title LIKE '%(synthetic 0250)%' GROUP BY n.id`,
  );
  const negotiationId = Buffer.from(`Negotiation:${picked.id}`).toString('base64url');
  const cases: [string, string, Record<string, unknown>][] = [
    ['Activity', 'one negotiation, WEEK, its rounds\' span, Asia/Seoul', { from: picked.first, to: picked.after, bucket: 'WEEK', timeZone: 'Asia/Seoul', negotiationId }],
    ['Activity', 'one negotiation, DAY, its rounds\' span, America/New_York', { from: picked.first, to: picked.after, bucket: 'DAY', timeZone: 'America/New_York', negotiationId }],
    ['Activity', 'all negotiations, MONTH, 2015, UTC', { from: '2015-01-01', to: '2016-01-01', bucket: 'MONTH' }],
    ['Activity', 'all negotiations, YEAR, 2003-2024, UTC', { from: String(Date.UTC(2003, 0, 1)), to: String(Date.UTC(2024, 0, 1)), bucket: 'YEAR', timeZone: 'utc' }],
    ['Timeline', 'one negotiation, its rounds\' span', { from: picked.first, to: picked.after, timeZone: 'Europe/Berlin', negotiationId }],
    ['Timeline', 'all negotiations, 2015 (first 1,000 events)', { from: '2015-01-01', to: '2016-01-01' }],
    ['PositionMatrix', 'one negotiation', { negotiationId }],
    ['FigureSeries', 'all figures (first 1,000)', {}],
    ['FigureSeries', 'unit "flights"', { unit: 'flights' }],
    ['Options', 'NEGOTIATION', { kind: 'NEGOTIATION' }],
    ['Options', 'PARTY', { kind: 'PARTY' }],
  ];
  const rows: string[] = [];
  const loadBefore = loadavg()[0];
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  for (const [operation, label, variables] of cases) {
    for (let i = 0; i < 3; i++) await post(operation, variables);
    const times: number[] = [];
    const inProcess: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const { ms, body } = await post(operation, variables);
      times.push(ms);
      inProcess.push(await execute(operation, variables));
      const value = Object.values(body.data ?? {})[0] as unknown;
      size = Array.isArray(value) ? value.length : ((value as { points?: unknown[] })?.points?.length ?? 0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    rows.push(`| ${operation} | ${label} | ${size} | ${at(0.5)} | ${at(0.95)} | ${times.at(-1)!.toFixed(1)} | ${median(inProcess).toFixed(1)} |`);
  }
  const load = `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`;
  process.stdout.write(
    `\nDashboards contract, ${negotiations} negotiations, ${statements} statements, ${runs} runs each after 3 warm-ups, ms; ` +
      `${cpus().length} × ${cpus()[0]?.model.trim()}, ${load}, NODE_ENV=${process.env.NODE_ENV}:\n\n`,
  );
  process.stdout.write('| operation | case | rows or points | HTTP median | HTTP p95 | HTTP max | in-process median |\n|---|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  app.server.closeAllConnections();
  await new Promise<void>((resolve) => app.server.close(() => resolve()));
  await app.apollo.stop();
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await pg?.stop();
}
process.exit(0);
