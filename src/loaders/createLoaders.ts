import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Change, type Organization } from '../entities/index.js';
import { buildConnection, type Connection } from './connection.js';
import type { RequestSql } from './sql.js';
import { describeTables, type NodeTypeName, type Row, type TableInfo } from './tables.js';

/** Arguments of a nested connection field, after validation. */
export interface PageArgs {
  first: number;
  /** Rows to skip inside the parent's list (decoded from `after`). */
  offset: number;
}

interface ListSpec {
  type: NodeTypeName;
  /** Column of the child table holding the parent's id. */
  key: string;
  orderBy: string;
  /** Extra condition on alias "t". */
  where?: string;
  /**
   * A to-one relation read in the same statement: the row `column` points at
   * (alias "j") goes into the `byId` cache of `type`, so resolving it needs
   * no statement of its own.
   */
  join?: { column: string; type: NodeTypeName };
}

const LISTS = {
  // Citations are shown with their source (the contract's CitationFields): read it with them.
  citationsOf: (column: string): ListSpec => ({
    type: 'Citation', key: column, orderBy: '"t"."source_id", "t"."start_offset", "t"."id"', join: { column: 'source_id', type: 'Source' },
  }),
  roundDelegations: { type: 'Delegation', key: 'round_id', orderBy: '"t"."id"' },
  negotiationDelegations: { type: 'Delegation', key: 'negotiation_id', orderBy: '"t"."id"', where: '"t"."round_id" IS NULL' },
  delegationMembers: { type: 'DelegationMember', key: 'delegation_id', orderBy: '"t"."id"' },
  personDelegations: { type: 'DelegationMember', key: 'person_id', orderBy: '"t"."id"' },
  roundParticipants: { type: 'RoundParticipant', key: 'round_id', orderBy: '"t"."id"' },
  roundStatements: { type: 'Statement', key: 'round_id', orderBy: '"t"."stated_start" ASC NULLS LAST, "t"."id"' },
  roundPositions: { type: 'Position', key: 'round_id', orderBy: '"t"."id"' },
  negotiationPositions: { type: 'Position', key: 'negotiation_id', orderBy: '"t"."round_id" NULLS FIRST, "t"."id"' },
  issuePositions: { type: 'Position', key: 'issue_id', orderBy: '"t"."id"' },
  agreementFigures: { type: 'Figure', key: 'agreement_id', orderBy: '"t"."as_of_start" NULLS LAST, "t"."id"' },
  negotiationFigures: { type: 'Figure', key: 'negotiation_id', orderBy: '"t"."as_of_start" NULLS LAST, "t"."id"' },
  agreementNegotiations: { type: 'Negotiation', key: 'agreement_id', orderBy: '"t"."title", "t"."id"' },
  agreementSupersededBy: { type: 'Agreement', key: 'supersedes_id', orderBy: '"t"."name", "t"."id"' },
  organizationChildren: { type: 'Organization', key: 'parent_id', orderBy: '"t"."name", "t"."id"' },
  personAffiliations: { type: 'Affiliation', key: 'person_id', orderBy: '"t"."id"' },
  organizationAffiliations: { type: 'Affiliation', key: 'organization_id', orderBy: '"t"."id"' },
} satisfies Record<string, ListSpec | ((column: string) => ListSpec)>;

type StaticList = Exclude<keyof typeof LISTS, 'citationsOf'>;

interface PagedSpec {
  type: NodeTypeName;
  key: string;
  orderBy: string;
}

/** Newest first, as the top-level `statements` list orders them, so the same indexes serve both. */
const STATED_ON_DESC = `COALESCE("t"."stated_start", '-infinity'::date) DESC, "t"."id" DESC`;

const PAGED = {
  personStatements: { type: 'Statement', key: 'speaker_person_id', orderBy: STATED_ON_DESC },
  organizationStatements: { type: 'Statement', key: 'speaker_organization_id', orderBy: STATED_ON_DESC },
  negotiationStatements: { type: 'Statement', key: 'negotiation_id', orderBy: STATED_ON_DESC },
  negotiationRounds: { type: 'Round', key: 'negotiation_id', orderBy: '"t"."number", "t"."id"' },
  sourceCitations: { type: 'Citation', key: 'source_id', orderBy: '"t"."start_offset", "t"."id"' },
} satisfies Record<string, PagedSpec>;

export type PagedList = keyof typeof PAGED;

/** A nested connection's query: children of `table` (alias "t") by the parent column `key`. */
interface PagedQuery {
  /** Cursor tag of the connection. */
  tag: string;
  table: string;
  selectList: string;
  key: string;
  orderBy: string;
  /** Condition on "t" besides the parent key; `params` are bound from $`first` on. */
  where: (first: number) => string;
  params: unknown[];
}

/** A row of `change` as the history loader reads it. */
export type ChangeRow = Change;

/**
 * Groups rows by a key column into one array per requested key, in key
 * order. Rows keep their "__key" (and paged rows their "__rn"): no GraphQL
 * field reads them, and copying every row to drop them costs more.
 */
function groupByKey<T>(keys: readonly number[], rows: (T & { __key: number })[]): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.__key)?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/**
 * Every DataLoader one request uses; build a fresh set per request (never
 * share across requests: caches would leak data and go stale). Each batch is
 * one statement, `WHERE key = ANY($1)`; nested connections page every parent
 * in one statement with a window function.
 */
export function createLoaders(sql: RequestSql, dataSource: DataSource) {
  const tables = describeTables(dataSource);
  const batchScheduleFn = (dispatch: () => void) => sql.scheduleBatch(dispatch);
  const memo = new Map<string, DataLoader<any, any, any>>();
  function memoize<L extends DataLoader<any, any, any>>(name: string, make: () => L): L {
    let loader = memo.get(name) as L | undefined;
    if (!loader) memo.set(name, (loader = make()));
    return loader;
  }

  function byId<T = any>(type: NodeTypeName): DataLoader<number, Row<T> | null> {
    return memoize(`byId:${type}`, () => {
      const t: TableInfo = tables[type];
      return new DataLoader<number, Row<T> | null>(async (ids) => {
        const rows = await sql.query<Row<T> & { id: number }>(
          `SELECT ${t.selectList('t')} FROM ${t.table} "t" WHERE "t"."id" = ANY($1::int[])`,
          [ids],
        );
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      }, { batchScheduleFn });
    });
  }

  function listLoader<T>(name: string, spec: ListSpec): DataLoader<number, Row<T>[]> {
    return memoize(`list:${name}`, () => {
      const t = tables[spec.type];
      const j = spec.join && tables[spec.join.type];
      return new DataLoader<number, Row<T>[]>(async (keys) => {
        const rows = await sql.query<Row<T> & { __key: number }>(
          `SELECT "t"."${spec.key}" AS "__key", ${t.selectList('t')}${j ? `, ${j.prefixedList('j', '__j_')}` : ''} FROM ${t.table} "t"
           ${j ? `JOIN ${j.table} "j" ON "j"."id" = "t"."${spec.join!.column}"` : ''}
           WHERE "t"."${spec.key}" = ANY($1::int[]) AND "t"."retracted_at" IS NULL${spec.where ? ` AND ${spec.where}` : ''}
           ORDER BY "t"."${spec.key}", ${spec.orderBy}`,
          [keys],
        );
        if (j) {
          const cache = byId(j.typeName);
          for (const row of rows as unknown as Record<string, unknown>[]) {
            const joined: Record<string, unknown> = { __typename: j.typeName };
            for (const property of j.properties) joined[property] = row[`__j_${property}`];
            cache.prime(joined.id as number, joined as Row<unknown>);
          }
        }
        return groupByKey(keys, rows);
      }, { batchScheduleFn });
    });
  }

  function list<T = any>(name: StaticList): DataLoader<number, Row<T>[]> {
    return listLoader<T>(name, LISTS[name]);
  }

  /** Citations of a fact, by the citation column that names its kind (e.g. "round_id"). */
  function citationsOf(column: string) {
    return listLoader<import('../entities/index.js').Citation>(`citations:${column}`, LISTS.citationsOf(column));
  }

  /** The parties of agreements or negotiations, through their join table. */
  function parties(joinTable: 'agreement_party' | 'negotiation_party', keyColumn: string): DataLoader<number, Row<Organization>[]> {
    return memoize(`parties:${joinTable}`, () => {
      const o = tables.Organization;
      return new DataLoader<number, Row<Organization>[]>(async (keys) => {
        const rows = await sql.query<Row<Organization> & { __key: number }>(
          `SELECT "j"."${keyColumn}" AS "__key", ${o.selectList('t')}
           FROM "${joinTable}" "j" JOIN ${o.table} "t" ON "t"."id" = "j"."organization_id"
           WHERE "j"."${keyColumn}" = ANY($1::int[]) AND "t"."retracted_at" IS NULL ORDER BY "j"."${keyColumn}", "t"."name", "t"."id"`,
          [keys],
        );
        return groupByKey(keys, rows);
      }, { batchScheduleFn });
    });
  }

  /** The full text of sources, which `byId` leaves out. */
  const sourceText = memoize('sourceText', () =>
    new DataLoader<number, string | null>(async (ids) => {
      const rows = await sql.query<{ id: number; text: string }>(`SELECT "id", "text" FROM ${tables.Source.table} WHERE "id" = ANY($1::int[])`, [ids]);
      const found = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => found.get(id) ?? null);
    }, { batchScheduleFn }),
  );

  /**
   * One page of a nested connection for many parents at once: rows numbered
   * per parent by a window function, with each parent's total alongside.
   */
  function paged<T = any>(name: PagedList): DataLoader<{ parentId: number; page: PageArgs }, Connection<Row<T>>, string> {
    return memoize(`paged:${name}`, () => {
      const spec: PagedSpec = PAGED[name];
      const t = tables[spec.type];
      return pagedLoader<Row<T>>({ tag: name, table: t.table, selectList: t.selectList('t'), key: spec.key, orderBy: spec.orderBy, where: () => '"t"."retracted_at" IS NULL', params: [] });
    });
  }

  /**
   * The history of facts of one type, newest first (by version), a page per
   * fact, many facts in one statement: the `change` rows whose subject they are.
   */
  function history(type: NodeTypeName): DataLoader<{ parentId: number; page: PageArgs }, Connection<ChangeRow>, string> {
    return memoize(`history:${type}`, () =>
      pagedLoader<ChangeRow>({
        tag: 'history',
        table: '"change"',
        selectList: changeSelectList,
        key: 'subject_id',
        orderBy: '"t"."version" DESC, "t"."id" DESC',
        where: (n) => `"t"."subject_type" = $${n}`,
        params: [type],
      }),
    );
  }

  /** Pages children of many parents with one statement per distinct page size and offset. */
  function pagedLoader<R>(spec: PagedQuery): DataLoader<{ parentId: number; page: PageArgs }, Connection<R>, string> {
    return new DataLoader<{ parentId: number; page: PageArgs }, Connection<R>, string>(
      async (keys) => {
        const groups = new Map<string, number[]>();
        for (const { parentId, page } of keys) {
          const g = `${page.first}:${page.offset}`;
          groups.set(g, [...(groups.get(g) ?? []), parentId]);
        }
        const results = new Map<string, Connection<R>>();
        for (const [g, parentIds] of groups) {
          const [first, offset] = g.split(':').map(Number);
          const rows = await sql.query<R & { __key: number; __rn: number; __total: number }>(
            `SELECT * FROM (
               SELECT "t"."${spec.key}" AS "__key", ${spec.selectList},
                      row_number() OVER (PARTITION BY "t"."${spec.key}" ORDER BY ${spec.orderBy})::int AS "__rn",
                      count(*) OVER (PARTITION BY "t"."${spec.key}")::int AS "__total"
               FROM ${spec.table} "t"
               WHERE "t"."${spec.key}" = ANY($1::int[]) AND ${spec.where(4)}
             ) "w" WHERE "__rn" > $2 AND "__rn" <= $3 + 1 ORDER BY "__key", "__rn"`,
            [parentIds, offset, offset + first, ...spec.params],
          );
          const totals = new Map<number, number>();
          const byParent = new Map<number, (R & { __rn: number })[]>(parentIds.map((p) => [p, []]));
          for (const row of rows) {
            totals.set(row.__key, row.__total);
            byParent.get(row.__key)!.push(row);
          }
          for (const parentId of parentIds) {
            const total = totals.get(parentId) ?? (offset === 0 ? 0 : undefined);
            const countTotal = total !== undefined ? async () => total : () => countChildren(spec, parentId);
            const conn = buildConnection(byParent.get(parentId)!, first, spec.tag, (r) => [r.__rn], { after: offset > 0, totalCount: countTotal });
            results.set(`${parentId}:${g}`, conn);
          }
        }
        return keys.map(({ parentId, page }) => results.get(`${parentId}:${page.first}:${page.offset}`)!);
      },
      { cacheKeyFn: ({ parentId, page }) => `${parentId}:${page.first}:${page.offset}`, batchScheduleFn },
    );
  }

  /** Count for a parent whose requested page was past its end (rare: a stale cursor). */
  async function countChildren(spec: PagedQuery, parentId: number): Promise<number> {
    const [row] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${spec.table} "t" WHERE "t"."${spec.key}" = $1 AND ${spec.where(2)}`,
      [parentId, ...spec.params],
    );
    return row.n;
  }

  const changeSelectList = dataSource
    .getMetadata(Change)
    .columns.map((c) => `"t"."${c.databaseName}" AS "${c.propertyName}"`)
    .join(', ');

  /** Forgets every cached answer (after a write in this request, so later reads see it). */
  function reset(): void {
    for (const loader of memo.values()) loader.clearAll();
  }

  return { byId, list, citationsOf, parties, sourceText, paged, history, tables, reset };
}

export type Loaders = ReturnType<typeof createLoaders>;
