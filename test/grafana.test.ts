import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, print, separateOperations } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONTRACT_DIR, ROOT, startTestApi, type TestApi } from './support/api.js';
import { fitsColumn, gjsonGet, infinityRequest, type DataSourceSettings, type InfinityQuery } from './support/infinity.js';

const GRAFANA = join(ROOT, 'grafana');
const DASHBOARD_FILE = join(GRAFANA, 'dashboards', 'negotiations.json');
const dashboard = JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8'));
const datasources = parseYaml(readFileSync(join(GRAFANA, 'provisioning', 'datasources', 'negotiation-kb.yaml'), 'utf8'));
const providers = parseYaml(readFileSync(join(GRAFANA, 'provisioning', 'dashboards', 'negotiation-kb.yaml'), 'utf8'));
const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8').replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, _n, d) => d ?? ''));
const CONTRACT_OPERATIONS = Object.fromEntries(
  Object.entries(separateOperations(parse(readFileSync(join(CONTRACT_DIR, 'dashboards.graphql'), 'utf8')))).map(([name, doc]) => [name, print(doc)]),
);

/** Every query Grafana would send for the dashboard: panel targets, the annotation query, and query variables. */
const QUERIES: { where: string; query: InfinityQuery }[] = [
  ...dashboard.templating.list.filter((v: any) => v.type === 'query').map((v: any) => ({ where: `variable ${v.name}`, query: v.query.infinityQuery })),
  ...dashboard.annotations.list.map((a: any) => ({ where: `annotation "${a.name}"`, query: a.target })),
  ...dashboard.panels.flatMap((p: any) => p.targets.map((t: InfinityQuery) => ({ where: `panel "${p.title}" ${t.refId}`, query: t }))),
];

describe('Grafana provisioning files', () => {
  const [source] = datasources.datasources;

  it('provision the Infinity data source, pointing at the app inside compose and allowed to reach it only', () => {
    expect(datasources.apiVersion).toBe(1);
    expect(datasources.datasources).toHaveLength(1);
    expect(source).toMatchObject({ name: expect.any(String), uid: 'negotiation-kb', type: 'yesoreyeram-infinity-datasource', access: 'proxy', url: 'http://app:4000', isDefault: true });
    expect(source.jsonData.allowedHosts).toEqual([source.url]);
    const app = new URL(source.url);
    expect(compose.services.app.ports).toContain(`${app.port}:${app.port}`);
  });

  it('provision a file provider that reads the directory compose mounts the dashboards into', () => {
    expect(providers.apiVersion).toBe(1);
    const [provider] = providers.providers;
    expect(provider).toMatchObject({ name: expect.any(String), orgId: 1, type: 'file', disableDeletion: true, allowUiUpdates: false, options: { path: expect.any(String) } });
    expect(compose.services.grafana.volumes).toContain(`./grafana/dashboards:${provider.options.path}:ro`);
    expect(compose.services.grafana.environment.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH).toBe(`${provider.options.path}/negotiations.json`);
  });

  it('are mounted by a Grafana service that only the dashboards profile starts, with the image and the Infinity plugin pinned', () => {
    const grafana = compose.services.grafana;
    expect(grafana.profiles).toEqual(['dashboards']);
    expect(grafana.image).toMatch(/^grafana\/grafana:\d+\.\d+\.\d+$/);
    expect(grafana.environment.GF_PLUGINS_PREINSTALL_SYNC).toMatch(/^yesoreyeram-infinity-datasource@\d+\.\d+\.\d+$/);
    expect(grafana.environment.GF_PLUGINS_PREINSTALL_AUTO_UPDATE).toBe('false');
    expect(grafana.depends_on).toEqual({ app: { condition: 'service_healthy' } });
    for (const dir of ['datasources', 'dashboards']) {
      expect(grafana.volumes).toContain(`./grafana/provisioning/${dir}:/etc/grafana/provisioning/${dir}:ro`);
    }
    const others = Object.entries(compose.services).filter(([name]) => name !== 'grafana');
    for (const [name, service] of others) expect((service as { profiles?: string[] }).profiles, name).toBeUndefined();
  });

  it('pin the same Grafana version as the @grafana/schema the dashboard is checked against', () => {
    const schemaVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@grafana', 'schema', 'package.json'), 'utf8')).version;
    expect(compose.services.grafana.image).toBe(`grafana/grafana:${schemaVersion}`);
  });
});

describe('the "Negotiations" dashboard', () => {
  it('has the panels the dashboards issue asks for, each querying the provisioned data source with a contract operation', () => {
    expect(dashboard).toMatchObject({ uid: 'negotiations', title: 'Negotiations' });
    expect(dashboard.panels.map((p: any) => [p.type, p.title])).toEqual([
      ['timeseries', 'Statements by party'], ['table', 'Rounds and statements'], ['table', 'Positions by party, issue and round'], ['table', 'Figures'],
    ]);
    const used = QUERIES.map(({ where, query }) => {
      expect(query.datasource, where).toEqual({ type: 'yesoreyeram-infinity-datasource', uid: datasources.datasources[0].uid });
      const operation = Object.keys(CONTRACT_OPERATIONS).find((name) => CONTRACT_OPERATIONS[name] === query.url_options.body_graphql_query);
      expect(operation, `${where} sends a contract operation, verbatim`).toBeDefined();
      return operation;
    });
    expect(new Set(used)).toEqual(new Set(['Options', 'Timeline', 'Activity', 'PositionMatrix', 'FigureSeries']));
    const activity = QUERIES.find(({ where }) => where.startsWith('panel "Statements by party"'))!.query;
    expect(JSON.parse(activity.url_options.body_graphql_variables)).toEqual({
      from: '${__from}', to: '${__to}', timeZone: '${__timezone}', negotiationId: '${negotiation}', bucket: '${bucket_size}',
    });
  });

  it('type-checks against @grafana/schema\'s Dashboard, its queries against Infinity\'s query model; a broken one does not', async () => {
    const dir = join(ROOT, 'node_modules', '.cache', `grafana-typecheck-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const support = relative(dir, join(ROOT, 'test', 'support', 'infinity.ts')).replace(/\\/g, '/');
    const tsc = (source: string) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        writeFileSync(join(dir, 'dashboard.ts'), source);
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
          compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', allowImportingTsExtensions: true, skipLibCheck: true, types: [] },
          files: ['dashboard.ts'],
        }));
        execFile(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
        );
      });
    const check = (board: unknown) => `
      import type { AnnotationQuery, Dashboard } from '@grafana/schema';
      import type { InfinityQuery } from '${support}';
      type InfinityVariable = { queryType: 'infinity'; refId: string; infinityQuery: InfinityQuery };
      export const board = ${JSON.stringify(board)} satisfies Dashboard & { annotations: { list: AnnotationQuery<InfinityQuery>[] } };
      export const targets = ${JSON.stringify((board as any).panels.flatMap((p: any) => p.targets))} satisfies InfinityQuery[];
      export const variables = ${JSON.stringify((board as any).templating.list.filter((v: any) => v.type === 'query').map((v: any) => v.query))} satisfies InfinityVariable[];
    `;
    try {
      const good = await tsc(check(dashboard));
      expect(good.output).toBe('');
      expect(good.code).toBe(0);
      const broken = structuredClone(dashboard);
      broken.panels[0].gridPos.w = 'wide';
      broken.panels[1].targets[0].parser = 'frontend';
      const bad = await tsc(check(broken));
      expect(bad.code).not.toBe(0);
      expect(bad.output).toMatch(/dashboard\.ts\(\d+,\d+\): error TS\d+/);
      expect(bad.output).toMatch(/"wide"|'wide'|string/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('every query of the dashboard, replayed as Grafana and Infinity send it', () => {
  let api: TestApi;
  let settings: DataSourceSettings;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi();
    base = (await api.listen()).replace(/\/graphql$/, '');
    const [source] = datasources.datasources;
    settings = { url: source.url, allowedHosts: source.jsonData.allowedHosts };
  });
  afterAll(async () => api?.stop());

  /** Sends the request Infinity builds (to this test's server instead of http://app:4000) and reads its rows as Infinity does. */
  async function replay(query: InfinityQuery, values: Record<string, string>) {
    const request = infinityRequest(settings, query, values);
    const response = await fetch(request.url.replace(settings.url, base), { method: request.method, headers: request.headers, body: request.body });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    const rows = gjsonGet(body, query.root_selector);
    return { request, status: response.status, body, rows: rows as Record<string, unknown>[] };
  }

  /** The values Grafana substitutes: the dashboard's time range as epoch milliseconds, the viewer's zone, and the variables. */
  const grafanaValues = (timeZone: string, variables: Record<string, string>) => ({
    __from: String(Date.parse(dashboard.time.from)),
    __to: String(Date.parse(dashboard.time.to)),
    __timezone: timeZone,
    ...variables,
  });

  async function negotiationChoice(): Promise<string> {
    const variable = dashboard.templating.list.find((v: any) => v.name === 'negotiation');
    const { rows } = await replay(variable.query.infinityQuery, grafanaValues('utc', {}));
    return String(gjsonGet(rows[0], 'value'));
  }

  it('the negotiation variable lists the seed\'s negotiation as __text and __value, as Infinity reads variables', async () => {
    const variable = dashboard.templating.list.find((v: any) => v.name === 'negotiation');
    const { status, rows } = await replay(variable.query.infinityQuery, grafanaValues('utc', {}));
    expect(status).toBe(200);
    const columns = variable.query.infinityQuery.columns;
    expect(columns.map((c: { text: string }) => c.text)).toEqual(['__text', '__value']);
    expect(rows.map((row) => columns.map((c: { selector: string }) => gjsonGet(row, c.selector)))).toEqual([
      ['South Korea-U.S. talks to renew the Special Measures Agreement', 'TmVnb3RpYXRpb246MQ'],
    ]);
  });

  const ZONES = ['utc', 'Asia/Seoul', 'America/New_York'];

  it.each(QUERIES.flatMap(({ where, query }) => ZONES.map((zone) => [where, zone, query] as const)))(
    '%s, viewed in %s: HTTP 200, a non-empty row list with the declared column types, times ascending',
    async (_where, timeZone, query) => {
      const values = grafanaValues(timeZone, { negotiation: await negotiationChoice(), bucket_size: 'WEEK' });
      const { request, status, body, rows } = await replay(query, values);
      // Grafana replaced its own variables and left the GraphQL ones ($from, $bucket, ...) alone.
      expect(request.query).toBe(query.url_options.body_graphql_query);
      expect(JSON.stringify(request.variables)).not.toMatch(/\$\{/);
      expect([status, body.errors]).toEqual([200, undefined]);
      expect(Array.isArray(rows) && rows.length > 0).toBe(true);
      for (const column of query.columns) {
        const cells = rows.map((row) => gjsonGet(row, column.selector));
        expect(cells.some((cell) => cell !== null && cell !== undefined), `${column.selector} has values`).toBe(true);
        for (const cell of cells) expect(fitsColumn(cell, column), `${column.selector} = ${JSON.stringify(cell)} as ${column.type}`).toBe(true);
      }
      const time = query.columns.find((c) => c.type === 'timestamp');
      if (time) {
        const times = rows.map((row) => Date.parse(String(gjsonGet(row, time.selector))));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    },
  );

  it('the time series comes long and complete, so Infinity can make it wide: every (time, series) pair once, in time order', async () => {
    const { query } = QUERIES.find(({ where }) => where.startsWith('panel "Statements by party"'))!;
    expect(query.format).toBe('timeseries');
    for (const timeZone of ZONES) {
      for (const bucket_size of ['DAY', 'WEEK', 'MONTH']) {
        const { rows } = await replay(query, grafanaValues(timeZone, { negotiation: await negotiationChoice(), bucket_size }));
        const series = [...new Set(rows.map((r) => r.series))];
        const times = [...new Set(rows.map((r) => r.time))];
        expect(series).toEqual(['South Korea', 'United States']);
        expect(rows.map((r) => [r.time, r.series])).toEqual(times.flatMap((t) => series.map((s) => [t, s])));
        expect(rows.reduce((sum, r) => sum + Number(r.value), 0)).toBe(4);
      }
    }
  });

  it('sends the viewer\'s zone and the range as Grafana writes them, and the answer follows them', async () => {
    const { query } = QUERIES.find(({ where }) => where.startsWith('panel "Statements by party"'))!;
    const values = grafanaValues('Asia/Seoul', { negotiation: await negotiationChoice(), bucket_size: 'WEEK' });
    const { request, rows } = await replay(query, values);
    expect(request.variables).toEqual({ bucket: 'WEEK', from: '1575158400000', negotiationId: 'TmVnb3RpYXRpb246MQ', timeZone: 'Asia/Seoul', to: '1583020800000' });
    expect(request.body.startsWith('{"query":"query Activity(')).toBe(true);
    expect(rows[0].time).toBe('2019-11-25T00:00:00+09:00');
    expect(rows.filter((r) => Number(r.value) > 0).map((r) => [r.time, r.series, r.value])).toEqual([
      ['2020-01-06T00:00:00+09:00', 'United States', 1],
      ['2020-01-13T00:00:00+09:00', 'South Korea', 3],
    ]);
  });
});
