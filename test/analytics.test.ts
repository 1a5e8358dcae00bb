import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReader, listReaders, revokeReader } from '../src/services/analytics/readers.js';
import { startTestApi, type TestApi } from './support/api.js';
import { runKb } from './support/editing.js';

const VIEWS = ['citations', 'figures', 'negotiations', 'organizations', 'positions', 'rounds', 'statements'];

/** Runs `statements` in turn, in one session of the role in `url`; resolves to the last one's rows, or to the first error's SQLSTATE code. */
async function asRole(url: string, ...statements: string[]): Promise<{ rows?: Record<string, unknown>[]; code?: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows: Record<string, unknown>[] = [];
    for (const sql of statements) rows = (await client.query(sql)).rows;
    return { rows };
  } catch (error) {
    return { code: (error as { code: string }).code };
  } finally {
    await client.end();
  }
}

describe('the analytics schema: documented views of the live facts', () => {
  let api: TestApi;
  const q = (sql: string) => api.db.dataSource.query(sql);
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('has the documented views, each view and each column with a comment', async () => {
    const views = await q(`SELECT table_name AS "name" FROM information_schema.views WHERE table_schema = 'analytics' ORDER BY 1`);
    expect(views.map((v: { name: string }) => v.name)).toEqual(VIEWS);
    const undocumented = await q(`
      SELECT c.relname || '.' || a.attname AS "column" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'analytics' AND col_description(c.oid, a.attnum) IS NULL`);
    expect(undocumented).toEqual([]);
    const [{ missing }] = await q(`SELECT count(*)::int AS "missing" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'analytics' AND obj_description(c.oid, 'pg_class') IS NULL`);
    expect(missing).toBe(0);
  });

  it('flattens statements with speaker, the party spoken for, and the article\'s dates', async () => {
    const rows = await q(`SELECT speaker_type, speaker, party, kind, stated_start::text, stated_end::text, round_number FROM analytics.statements ORDER BY stated_start NULLS LAST, id`);
    expect(rows).toEqual([
      { speaker_type: 'Person', speaker: 'Donald Trump', party: 'United States', kind: 'DIRECT_QUOTE', stated_start: '2020-01-11', stated_end: '2020-01-12', round_number: null },
      { speaker_type: 'Person', speaker: 'Jeong Eun-bo', party: 'South Korea', kind: 'PARAPHRASE', stated_start: '2020-01-13', stated_end: '2020-01-13', round_number: 6 },
      { speaker_type: 'Organization', speaker: 'South Korean Foreign Ministry', party: 'South Korea', kind: 'PARAPHRASE', stated_start: '2020-01-16', stated_end: '2020-01-16', round_number: 6 },
      { speaker_type: 'Organization', speaker: 'South Korean Foreign Ministry', party: 'South Korea', kind: 'OFFICIAL_STATEMENT', stated_start: '2020-01-16', stated_end: '2020-01-16', round_number: 6 },
      { speaker_type: 'Organization', speaker: 'South Korean Foreign Ministry', party: 'South Korea', kind: 'PARAPHRASE', stated_start: null, stated_end: null, round_number: 6 },
      { speaker_type: 'Organization', speaker: 'South Korean Foreign Ministry', party: 'South Korea', kind: 'PARAPHRASE', stated_start: null, stated_end: null, round_number: 6 },
      { speaker_type: 'Person', speaker: 'Donald Trump', party: 'United States', kind: 'PARAPHRASE', stated_start: null, stated_end: null, round_number: null },
    ]);
  });

  it('has rounds, positions, figures and organizations with the names a report needs', async () => {
    expect(await q(`SELECT number, start_date::text, end_date::text, location, date_wording FROM analytics.rounds`)).toEqual([
      { number: 6, start_date: '2020-01-14', end_date: '2020-01-15', location: 'Washington', date_wording: 'on Tuesday and Wednesday (U.S. time)' },
    ]);
    expect(await q(`SELECT party, issue, round_number, round_start_date::text FROM analytics.positions ORDER BY party`)).toEqual([
      { party: 'South Korea', issue: 'Sharing the cost of stationing U.S. troops in South Korea', round_number: 6, round_start_date: '2020-01-14' },
      { party: 'United States', issue: 'Sharing the cost of stationing U.S. troops in South Korea', round_number: null, round_start_date: null },
    ]);
    expect(await q(`SELECT value::float8, unit, agreement, organization, as_of_start::text FROM analytics.figures ORDER BY value`)).toEqual([
      { value: 28_500, unit: 'troops', agreement: null, organization: 'United States', as_of_start: '2020-01-16' },
      { value: 870_000_000, unit: 'USD', agreement: 'Special Measures Agreement (2019)', organization: 'South Korea', as_of_start: '2019-01-01' },
    ]);
    expect(await q(`SELECT name, top_level FROM analytics.organizations ORDER BY name`)).toEqual([
      { name: 'South Korea', top_level: 'South Korea' },
      { name: 'South Korean Foreign Ministry', top_level: 'South Korea' },
      { name: 'United States', top_level: 'United States' },
    ]);
    expect(await q(`SELECT title, status, agreement, parties FROM analytics.negotiations`)).toEqual([
      { title: 'South Korea-U.S. talks to renew the Special Measures Agreement', status: 'ONGOING', agreement: 'Special Measures Agreement (2019)', parties: 'South Korea, United States' },
    ]);
  });

  it('has every citation with its source and the fact it supports, the excerpt verbatim at its offsets', async () => {
    const rows = await q(`SELECT c.fact_type, c.fact_id, c.excerpt, c.source_publisher, c.source_published_at::text,
      substring(s.text FROM c.start_offset + 1 FOR c.end_offset - c.start_offset) AS "at_offsets"
      FROM analytics.citations c JOIN public.source s ON s.id = c.source_id`);
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row).toMatchObject({ source_publisher: 'Yonhap News Agency', source_published_at: '2020-01-16', fact_id: expect.any(Number) });
      expect(row.at_offsets).toBe(row.excerpt);
    }
    expect(new Set(rows.map((r: { fact_type: string }) => r.fact_type))).toEqual(
      new Set(['Organization', 'Person', 'Affiliation', 'Agreement', 'Negotiation', 'Round', 'Delegation', 'DelegationMember', 'RoundParticipant', 'Statement', 'Issue', 'Position', 'Figure']),
    );
  });

  it('leaves retracted facts out', async () => {
    await q(`UPDATE "statement" SET "retracted_at" = now(), "retraction_reason" = 'test' WHERE "text" LIKE 'They''re going to pay%'`);
    try {
      expect((await q(`SELECT count(*)::int AS n FROM analytics.statements`))[0].n).toBe(6);
    } finally {
      await q(`UPDATE "statement" SET "retracted_at" = NULL, "retraction_reason" = NULL WHERE "text" LIKE 'They''re going to pay%'`);
    }
  });
});

describe('reader roles: kb reader create, list, revoke', () => {
  let api: TestApi;
  const name = `reader_${randomBytes(4).toString('hex')}`;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi();
    const created = await runKb(['reader', 'create', name], { DATABASE_URL: api.db.url });
    expect(created.stderr).toMatch(/may read the views of the analytics schema and nothing else/);
    expect(created.code).toBe(0);
    url = created.stdout.trim();
  });
  afterAll(async () => {
    if ((await listReaders(api.db.dataSource)).includes(name)) await revokeReader(api.db.dataSource, name);
    await api?.stop();
  });

  it('prints a connection URL for the new role, on this database', async () => {
    const parsed = new URL(url);
    const server = new URL(api.db.url);
    expect([parsed.protocol, parsed.username, parsed.hostname, parsed.port, parsed.pathname]).toEqual([server.protocol, name, server.hostname, server.port, server.pathname]);
    expect(parsed.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await listReaders(api.db.dataSource)).toContain(name);
  });

  it('lets the role read every analytics view', async () => {
    for (const view of VIEWS) {
      const result = await asRole(url, `SELECT count(*)::int AS n FROM analytics.${view}`);
      expect(result, view).toEqual({ rows: [{ n: expect.any(Number) }] });
    }
    expect((await asRole(url, `SELECT party FROM statements WHERE speaker = 'Jeong Eun-bo'`)).rows).toEqual([{ party: 'South Korea' }]);
  });

  it.each(['api_token', 'change', 'statement', 'source', 'migrations'])('refuses the role any read of table %s', async (table) => {
    expect(await asRole(url, `SELECT * FROM public."${table}" LIMIT 1`)).toEqual({ code: '42501' });
  });

  it('refuses the role any write, even after it turns read-only transactions off', async () => {
    expect(await asRole(url, `CREATE TEMP TABLE scratch (id int)`)).toEqual({ code: '25006' });
    const writes: [string, string][] = [
      // The views join tables: PostgreSQL cannot write through them at all.
      [`UPDATE analytics.statements SET text = 'x'`, '55000'],
      [`DELETE FROM analytics.rounds`, '55000'],
      [`INSERT INTO public.api_token (name, role, token_hash) VALUES ('x', 'admin', 'x')`, '42501'],
      [`UPDATE public.statement SET text = 'x'`, '42501'],
      [`DELETE FROM public.change`, '42501'],
      [`CREATE TABLE analytics.mine (id int)`, '42501'],
      [`CREATE TABLE public.mine (id int)`, '42501'],
      [`CREATE VIEW analytics.mine AS SELECT 1`, '42501'],
    ];
    for (const [write, code] of writes) {
      expect(await asRole(url, 'SET default_transaction_read_only = off', write), write).toEqual({ code });
    }
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM "statement" WHERE "text" = 'x'`))[0].n).toBe(0);
  });

  it('revokes the role: its name is free again and it can no longer log in; roles it did not make are left alone', async () => {
    const revoked = await runKb(['reader', 'revoke', name], { DATABASE_URL: api.db.url });
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`revoked reader "${name}"`));
    await expect(asRole(url, 'SELECT 1')).rejects.toThrow(/authentication failed|does not exist/);
    expect(await listReaders(api.db.dataSource)).not.toContain(name);
    await expect(revokeReader(api.db.dataSource, 'postgres')).rejects.toThrow('The role "postgres" was not made by kb reader create; it is left alone.');
    await expect(createReader(api.db.dataSource, api.db.url, 'Robert; DROP')).rejects.toThrow(/^A reader name is 1 to 63 lower-case letters/);
  });
});
