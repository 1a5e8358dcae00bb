import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/graphql/context.js';
import { toGlobalId } from '../src/lib/globalId.js';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { LIST_SPECS, listPage, type ListName } from '../src/services/read/lists.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * Every top-level list must be served by an index in its exact order: the
 * first page and a keyset page are an index scan that stops after `first +
 * 1` rows, never a sort of the table or a sequential scan of it.
 *
 * How the test stays meaningful on a small data set: on a few thousand rows
 * the planner may rightly prefer a sequential scan and a sort, so whether a
 * plan uses an index would depend on the table's size and statistics. The
 * EXPLAINs run with enable_seqscan and enable_sort off. These settings do
 * not forbid anything, they make sequential scans and sorts cost so much
 * that the planner takes them only when no index can produce the rows in the
 * required order. A Sort or Seq Scan left in the plan therefore means no
 * index matches the list's ORDER BY (expression, NULLS, direction) and its
 * "retracted_at" IS NULL condition, whatever the table's size. For an
 * equality filter the plan alone cannot tell (on a small table an index of
 * the order with a Filter may look as cheap as the right one), so the
 * catalog must also hold an index that leads with the filter's column,
 * followed by the list's order expression and "id".
 */

interface Captured {
  sql: string;
  params: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

describe('an index for every list order and filter', () => {
  let db: TestDatabase;
  let runner: QueryRunner;
  const samples: Record<string, number> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateSyntheticData(db.dataSource, { scale: 3, seed: 11 });
    const [row] = await db.dataSource.query(`SELECT
      (SELECT "speaker_person_id" FROM "statement" WHERE "speaker_person_id" IS NOT NULL LIMIT 1) AS "person",
      (SELECT "speaker_organization_id" FROM "statement" WHERE "speaker_organization_id" IS NOT NULL LIMIT 1) AS "organization",
      (SELECT "id" FROM "negotiation" LIMIT 1) AS "negotiation",
      (SELECT "id" FROM "round" LIMIT 1) AS "round",
      (SELECT "id" FROM "agreement" LIMIT 1) AS "agreement",
      (SELECT "id" FROM "issue" LIMIT 1) AS "issue"`);
    Object.assign(samples, row);
    runner = db.dataSource.createQueryRunner();
    await runner.query('SET enable_seqscan = off');
    await runner.query('SET enable_sort = off');
  });
  afterAll(async () => {
    await runner?.release();
    await db?.drop();
  });

  /** The SQL of one page of `list` (not its count), with its parameters, and the page's end cursor. */
  async function pageSql(list: ListName, request: Parameters<typeof listPage>[2]): Promise<Captured & { endCursor: string | null }> {
    const ctx = createContext(db.dataSource, { maxPageSize: 100 });
    const captured: Captured[] = [];
    const query = ctx.sql.query.bind(ctx.sql);
    ctx.sql.query = (async (sql: string, params: unknown[] = []) => {
      captured.push({ sql, params });
      return query(sql, params);
    }) as typeof ctx.sql.query;
    const connection = await listPage(ctx, list, request);
    expect(captured).toHaveLength(1);
    return { ...captured[0], endCursor: connection.pageInfo.endCursor };
  }

  async function plan({ sql, params }: Captured): Promise<PlanNode[]> {
    const [{ 'QUERY PLAN': explained }] = await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodesOf((typeof explained === 'string' ? JSON.parse(explained) : explained)[0].Plan);
  }

  /** Problems of a plan: each Sort and each Seq Scan. */
  function problemsOf(nodes: PlanNode[]): string[] {
    return nodes.filter((n) => /Sort|Seq Scan/.test(n['Node Type'])).map((n) => `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}`);
  }

  /** Plans the first page and the page after it; returns what is wrong with either. */
  async function check(list: ListName, request: Parameters<typeof listPage>[2]): Promise<string[]> {
    const first = await pageSql(list, { ...request, first: 2 });
    expect(first.endCursor, `${list} has rows`).not.toBeNull();
    const next = await pageSql(list, { ...request, first: 2, after: first.endCursor });
    return [...problemsOf(await plan(first)).map((p) => `first page: ${p}`), ...problemsOf(await plan(next)).map((p) => `keyset page: ${p}`)];
  }

  /** Whether `list`'s table has an index on (column, default order expression, id). */
  async function hasFilterIndex(list: ListName, column: string): Promise<boolean> {
    const spec = LIST_SPECS[list];
    const order = (spec.orderings as Record<string, { expr: string }>)[spec.defaultOrder].expr.replaceAll('"t".', '').replaceAll('"', '');
    const table = createContext(db.dataSource, { maxPageSize: 1 }).loaders.tables[spec.type].table.slice(1, -1);
    const indexes: { def: string }[] = await db.dataSource.query(`SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1`, [table]);
    return indexes.some((i) => i.def.replaceAll('"', '').includes(`(${column}, ${order}, id)`));
  }

  it('reads the first page and a keyset page of every list, in every order and direction, from an index', async () => {
    const problems: Record<string, string[]> = {};
    for (const [list, spec] of Object.entries(LIST_SPECS) as [ListName, (typeof LIST_SPECS)[ListName]][]) {
      for (const field of Object.keys(spec.orderings)) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const found = await check(list, { orderBy: { field, direction } });
          if (found.length) problems[`${list} by ${field} ${direction}`] = found;
        }
      }
    }
    expect(problems).toEqual({});
  });

  it('reads every equality filter of every list in its default order from an index that leads with the filter', async () => {
    const id = (type: string, key: string) => toGlobalId(type, samples[key]);
    const filters: [ListName, Record<string, unknown>, string][] = [
      ['statements', { speakerId: id('Person', 'person') }, 'speaker_person_id'],
      ['statements', { speakerId: id('Organization', 'organization') }, 'speaker_organization_id'],
      ['statements', { negotiationId: id('Negotiation', 'negotiation') }, 'negotiation_id'],
      ['statements', { roundId: id('Round', 'round') }, 'round_id'],
      ['statements', { kind: 'PARAPHRASE' }, 'kind'],
      ['rounds', { number: 3 }, 'number'],
      ['rounds', { negotiationId: id('Negotiation', 'negotiation') }, 'negotiation_id'],
      ['positions', { negotiationId: id('Negotiation', 'negotiation') }, 'negotiation_id'],
      ['positions', { roundId: id('Round', 'round') }, 'round_id'],
      ['positions', { partyId: id('Organization', 'organization') }, 'party_id'],
      ['positions', { issueId: id('Issue', 'issue') }, 'issue_id'],
      ['figures', { unit: (await db.dataSource.query(`SELECT "unit" FROM "figure" LIMIT 1`))[0].unit }, 'unit'],
      ['figures', { agreementId: id('Agreement', 'agreement') }, 'agreement_id'],
      ['figures', { negotiationId: id('Negotiation', 'negotiation') }, 'negotiation_id'],
      ['sources', { kind: 'OTHER' }, 'kind'],
      ['organizations', { kind: 'STATE' }, 'kind'],
      ['negotiations', { agreementId: id('Agreement', 'agreement') }, 'agreement_id'],
      ['agreements', { status: (await db.dataSource.query(`SELECT "status"::text FROM "agreement" LIMIT 1`))[0].status }, 'status'],
    ];
    const problems: Record<string, string[]> = {};
    for (const [list, filter, column] of filters) {
      const found = await check(list, { filter });
      if (!(await hasFilterIndex(list, column))) found.push(`no index on (${column}, the list's order, id)`);
      if (found.length) problems[`${list} where ${Object.keys(filter)[0]}`] = found;
    }
    expect(problems).toEqual({});
  });

  it('notices a missing index: without the statements order index, newest-first pages need a sort', async () => {
    const first = await pageSql('statements', { first: 2, orderBy: { field: 'STATED_ON', direction: 'DESC' } });
    expect(problemsOf(await plan(first))).toEqual([]);
    await runner.startTransaction();
    try {
      await runner.query(`DROP INDEX "idx_statement_list_stated_on"`);
      expect(problemsOf(await plan(first))).toEqual(['Sort']);
    } finally {
      await runner.rollbackTransaction();
    }
  });
});
