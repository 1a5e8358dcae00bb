/**
 * Times every operation of the dashboards contract over HTTP, as Grafana
 * sends them, on the seed plus N generated negotiations (default 500), in a
 * throw-away embedded PostgreSQL. A benchmark, not a test: it prints a table.
 *   npm run bench:dashboards [-- --scale 500 --runs 30]
 */
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { createDataSource } from '../src/db/dataSource.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { projectRoot } from '../src/lib/projectRoot.js';
import { generateSyntheticData } from '../src/services/generator.js';
import { loadSeedDirectory } from '../src/services/seeds/loadSeeds.js';

const { values: args } = parseArgs({ options: { scale: { type: 'string', default: '500' }, runs: { type: 'string', default: '30' }, seed: { type: 'string', default: '1' } } });
const scale = Number(args.scale);
const runs = Number(args.runs);
const root = projectRoot();
const DASHBOARDS = readFileSync(join(root, 'contract', 'dashboards.graphql'), 'utf8');

const log = (line: string) => process.stderr.write(`${line}\n`);
const pg = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'kb-bench-pg-')), temporary: true });
const dataSource = createDataSource({ url: pg.url });
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  await loadSeedDirectory(dataSource, join(root, 'seeds'));
  log(`generating ${scale} negotiations ...`);
  const report = await generateSyntheticData(dataSource, { scale, seed: Number(args.seed) });
  log(`added ${report.negotiations} negotiations, ${report.rounds} rounds, ${report.statements} statements in ${(report.durationMs / 1000).toFixed(1)} s`);
  await dataSource.query('ANALYZE');

  const app = await createApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), dataSource, logger: pino({ level: 'silent' }), root });
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
  for (const [operation, label, variables] of cases) {
    for (let i = 0; i < 3; i++) await post(operation, variables);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const { ms, body } = await post(operation, variables);
      times.push(ms);
      const value = Object.values(body.data ?? {})[0] as unknown;
      size = Array.isArray(value) ? value.length : ((value as { points?: unknown[] })?.points?.length ?? 0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    rows.push(`| ${operation} | ${label} | ${size} | ${at(0.5)} | ${at(0.95)} | ${times.at(-1)!.toFixed(1)} |`);
  }
  process.stdout.write(`\nDashboards contract over HTTP, seed + ${scale} generated negotiations (${report.statements} statements), ${runs} runs each after 3 warm-ups, ms:\n\n`);
  process.stdout.write('| operation | case | rows or points | median | p95 | max |\n|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  app.server.closeAllConnections();
  await new Promise<void>((resolve) => app.server.close(() => resolve()));
  await app.apollo.stop();
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await pg.stop();
}
process.exit(0);
