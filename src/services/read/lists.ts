import { containsPattern } from '../../lib/escapeLike.js';
import { isInt4, isStorableDate, isTimestamptzText } from '../../lib/sqlRanges.js';
import { buildConnection, type Connection } from '../../loaders/connection.js';
import type { NodeTypeName, Row } from '../../loaders/tables.js';
import type { Context } from '../../graphql/context.js';
import { ensureId, ensureTypedId } from './ids.js';
import { ensureCursor, ensurePageSize } from './pagination.js';

type Direction = 'ASC' | 'DESC';
// Filter inputs arrive validated by GraphQL; fields are read by name.
type Filter = Record<string, any>;

/** One way to order a list: a SQL expression on alias "t" (never NULL) and the type to read cursors back as. */
interface Ordering {
  expr: string;
  cast: 'date' | 'text' | 'int' | 'numeric' | 'timestamptz';
  defaultDirection: Direction;
}

/** Whether a cursor's sort value can be read back as `cast` (so a forged cursor cannot reach SQL as a bad literal). */
function isSortValue(cast: Ordering['cast'], value: string): boolean {
  switch (cast) {
    case 'date':
      return value === 'infinity' || value === '-infinity' || isStorableDate(value);
    case 'int':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2_147_483_647;
    case 'numeric':
      return /^-?\d+(\.\d+)?$/.test(value);
    case 'timestamptz':
      return isTimestamptzText(value);
    case 'text':
      return value.length <= 10_000 && !value.includes('\u0000');
  }
}

/** Binds values to $n placeholders while conditions are built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface ListRequest {
  filter?: Record<string, unknown> | null;
  first?: number | null;
  after?: string | null;
  orderBy?: { field?: string | null; direction?: Direction | null } | null;
}

interface ListSpec {
  type: NodeTypeName;
  orderings: Record<string, Ordering>;
  defaultOrder: string;
  /** Adds conditions on alias "t" for a filter. */
  where: (filter: Filter, p: Params) => string[];
}

const notNull = (v: unknown): boolean => v !== undefined && v !== null;
const ilike = (column: string, value: string, p: Params) => `${column} ILIKE ${p.add(containsPattern(value))} ESCAPE '\\'`;

/** Conditions for a span [startCol, endCol] overlapping the filter's from/to. */
function spanWhere(filter: Filter, p: Params, startCol: string, endCol: string): string[] {
  const out: string[] = [];
  if (notNull(filter.from)) out.push(`${endCol} >= ${p.add(filter.from)}::date`);
  if (notNull(filter.to)) out.push(`${startCol} <= ${p.add(filter.to)}::date`);
  return out;
}

const byName = (column: string): Record<string, Ordering> => ({ NAME: { expr: `"t"."${column}"`, cast: 'text', defaultDirection: 'ASC' } });

export const LIST_SPECS = {
  sources: {
    type: 'Source',
    orderings: {
      PUBLISHED_AT: { expr: '"t"."published_at"', cast: 'date', defaultDirection: 'DESC' },
      TITLE: { expr: '"t"."title"', cast: 'text', defaultDirection: 'ASC' },
    },
    defaultOrder: 'PUBLISHED_AT',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.publisher) ? [ilike('"t"."publisher"', f.publisher, p)] : []),
      ...(notNull(f.title) ? [ilike('"t"."title"', f.title, p)] : []),
      ...(notNull(f.kind) ? [`"t"."kind" = ${p.add(f.kind)}`] : []),
      ...spanWhere(f, p, '"t"."published_at"', '"t"."published_at"'),
    ],
  },
  organizations: {
    type: 'Organization',
    orderings: byName('name'),
    defaultOrder: 'NAME',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.name) ? [ilike('"t"."name"', f.name, p)] : []),
      ...(notNull(f.kind) ? [`"t"."kind" = ${p.add(f.kind)}`] : []),
    ],
  },
  people: {
    type: 'Person',
    orderings: byName('name'),
    defaultOrder: 'NAME',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.name) ? [ilike('"t"."name"', f.name, p)] : []),
      ...(notNull(f.organizationId)
        ? [`EXISTS (SELECT 1 FROM "affiliation" "a" WHERE "a"."person_id" = "t"."id" AND "a"."retracted_at" IS NULL AND "a"."organization_id" = ${p.add(ensureId(f.organizationId, ['Organization'], 'filter.organizationId'))})`]
        : []),
    ],
  },
  agreements: {
    type: 'Agreement',
    orderings: {
      NAME: { expr: '"t"."name"', cast: 'text', defaultDirection: 'ASC' },
      EFFECTIVE_FROM: { expr: `COALESCE("t"."effective_from", '-infinity'::date)`, cast: 'date', defaultDirection: 'ASC' },
      EFFECTIVE_TO: { expr: `COALESCE("t"."effective_to", 'infinity'::date)`, cast: 'date', defaultDirection: 'ASC' },
    },
    defaultOrder: 'NAME',
    where: (f: Filter, p: Params) => {
      const out: string[] = [];
      if (notNull(f.name)) {
        const pattern = p.add(containsPattern(f.name));
        out.push(`("t"."name" ILIKE ${pattern} ESCAPE '\\' OR "t"."short_name" ILIKE ${pattern} ESCAPE '\\')`);
      }
      if (notNull(f.status)) out.push(`"t"."status" = ${p.add(f.status)}`);
      if (notNull(f.partyId)) {
        out.push(`EXISTS (SELECT 1 FROM "agreement_party" "ap" WHERE "ap"."agreement_id" = "t"."id" AND "ap"."organization_id" = ${p.add(ensureId(f.partyId, ['Organization'], 'filter.partyId'))})`);
      }
      return out;
    },
  },
  negotiations: {
    type: 'Negotiation',
    orderings: { TITLE: { expr: '"t"."title"', cast: 'text', defaultDirection: 'ASC' } },
    defaultOrder: 'TITLE',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.title) ? [ilike('"t"."title"', f.title, p)] : []),
      ...(notNull(f.status) ? [`"t"."status" = ${p.add(f.status)}`] : []),
      ...(notNull(f.agreementId) ? [`"t"."agreement_id" = ${p.add(ensureId(f.agreementId, ['Agreement'], 'filter.agreementId'))}`] : []),
      ...(notNull(f.partyId)
        ? [`EXISTS (SELECT 1 FROM "negotiation_party" "np" WHERE "np"."negotiation_id" = "t"."id" AND "np"."organization_id" = ${p.add(ensureId(f.partyId, ['Organization'], 'filter.partyId'))})`]
        : []),
    ],
  },
  rounds: {
    type: 'Round',
    orderings: {
      START_DATE: { expr: `COALESCE("t"."start_date", 'infinity'::date)`, cast: 'date', defaultDirection: 'ASC' },
      NUMBER: { expr: '"t"."number"', cast: 'int', defaultDirection: 'ASC' },
    },
    defaultOrder: 'START_DATE',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.number) ? [`"t"."number" = ${p.add(f.number)}`] : []),
      ...(notNull(f.negotiationId) ? [`"t"."negotiation_id" = ${p.add(ensureId(f.negotiationId, ['Negotiation'], 'filter.negotiationId'))}`] : []),
      ...(notNull(f.location) ? [ilike('"t"."location"', f.location, p)] : []),
      ...spanWhere(f, p, '"t"."start_date"', '"t"."end_date"'),
    ],
  },
  statements: {
    type: 'Statement',
    orderings: { STATED_ON: { expr: `COALESCE("t"."stated_start", '-infinity'::date)`, cast: 'date', defaultDirection: 'DESC' } },
    defaultOrder: 'STATED_ON',
    where: (f: Filter, p: Params) => {
      const out: string[] = [];
      if (notNull(f.speakerId)) {
        const speaker = ensureTypedId(f.speakerId, ['Person', 'Organization'], 'filter.speakerId');
        const column = speaker.type === 'Person' ? 'speaker_person_id' : 'speaker_organization_id';
        out.push(`"t"."${column}" = ${p.add(speaker.id)}`);
      }
      if (notNull(f.negotiationId)) out.push(`"t"."negotiation_id" = ${p.add(ensureId(f.negotiationId, ['Negotiation'], 'filter.negotiationId'))}`);
      if (notNull(f.roundId)) out.push(`"t"."round_id" = ${p.add(ensureId(f.roundId, ['Round'], 'filter.roundId'))}`);
      if (notNull(f.kind)) out.push(`"t"."kind" = ${p.add(f.kind)}`);
      out.push(...spanWhere(f, p, '"t"."stated_start"', '"t"."stated_end"'));
      return out;
    },
  },
  issues: {
    type: 'Issue',
    orderings: byName('name'),
    defaultOrder: 'NAME',
    where: (f: Filter, p: Params) => (notNull(f.name) ? [ilike('"t"."name"', f.name, p)] : []),
  },
  positions: {
    type: 'Position',
    orderings: { CREATED: { expr: '"t"."created_at"', cast: 'timestamptz', defaultDirection: 'ASC' } },
    defaultOrder: 'CREATED',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.negotiationId) ? [`"t"."negotiation_id" = ${p.add(ensureId(f.negotiationId, ['Negotiation'], 'filter.negotiationId'))}`] : []),
      ...(notNull(f.roundId) ? [`"t"."round_id" = ${p.add(ensureId(f.roundId, ['Round'], 'filter.roundId'))}`] : []),
      ...(notNull(f.partyId) ? [`"t"."party_id" = ${p.add(ensureId(f.partyId, ['Organization'], 'filter.partyId'))}`] : []),
      ...(notNull(f.issueId) ? [`"t"."issue_id" = ${p.add(ensureId(f.issueId, ['Issue'], 'filter.issueId'))}`] : []),
    ],
  },
  figures: {
    type: 'Figure',
    orderings: {
      AS_OF: { expr: `COALESCE("t"."as_of_start", '-infinity'::date)`, cast: 'date', defaultDirection: 'DESC' },
      VALUE: { expr: '"t"."value"', cast: 'numeric', defaultDirection: 'DESC' },
      LABEL: { expr: '"t"."label"', cast: 'text', defaultDirection: 'ASC' },
    },
    defaultOrder: 'AS_OF',
    where: (f: Filter, p: Params) => [
      ...(notNull(f.unit) ? [`"t"."unit" = ${p.add(f.unit)}`] : []),
      ...(notNull(f.agreementId) ? [`"t"."agreement_id" = ${p.add(ensureId(f.agreementId, ['Agreement'], 'filter.agreementId'))}`] : []),
      ...(notNull(f.negotiationId) ? [`"t"."negotiation_id" = ${p.add(ensureId(f.negotiationId, ['Negotiation'], 'filter.negotiationId'))}`] : []),
      ...spanWhere(f, p, '"t"."as_of_start"', '"t"."as_of_end"'),
    ],
  },
} satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LIST_SPECS;

/**
 * One page of a top-level list: filters, a stable order (the chosen field,
 * then id), keyset pagination on (sort value, id), retracted rows left out.
 * Two statements at most: the page, and the count if `totalCount` is selected.
 * An unfiltered list's count is the total the database maintains
 * (migrations/1760000000002-MaintainListTotals.ts), not a count of every row;
 * a filtered one counts the rows its index finds.
 */
export async function listPage<T>(ctx: Context, name: ListName, request: ListRequest): Promise<Connection<Row<T>>> {
  const spec: ListSpec = LIST_SPECS[name];
  const first = ensurePageSize(request.first, ctx.maxPageSize);
  const field = request.orderBy?.field ?? spec.defaultOrder;
  const ordering = spec.orderings[field];
  const direction: Direction = request.orderBy?.direction ?? ordering.defaultDirection;
  const tag = `${name}:${field}:${direction}`;
  const after = ensureCursor(tag, request.after, (k) => k.length === 2 && typeof k[0] === 'string' && isSortValue(ordering.cast, k[0]) && isInt4(k[1]));

  const p = new Params();
  const conditions = ['"t"."retracted_at" IS NULL', ...spec.where(request.filter ?? {}, p)];
  const t = ctx.loaders.tables[spec.type];
  const count =
    conditions.length === 1
      ? { sql: `SELECT coalesce(sum("live"), 0)::int AS n FROM "list_total" WHERE "fact_table" = $1`, params: [t.table.slice(1, -1)] }
      : { sql: `SELECT count(*)::int AS n FROM ${t.table} "t" WHERE ${conditions.join(' AND ')}`, params: [...p.values] };
  if (after) {
    const op = direction === 'ASC' ? '>' : '<';
    conditions.push(`(${ordering.expr}, "t"."id") ${op} (${p.add(after[0])}::${ordering.cast}, ${p.add(after[1])}::int)`);
  }
  const rows = await ctx.sql.query<Row<T> & { __sort: unknown; id: number }>(
    `SELECT ${t.selectList('t')}, (${ordering.expr})::text AS "__sort" FROM ${t.table} "t"
     WHERE ${conditions.join(' AND ')}
     ORDER BY ${ordering.expr} ${direction}, "t"."id" ${direction}
     LIMIT ${p.add(first + 1)}`,
    p.values,
  );
  let total: Promise<number> | undefined;
  // Rows keep "__sort" (no field reads it): the cursor's key is (sort value, id).
  return buildConnection(rows, first, tag, (r) => [r.__sort, r.id], {
    after: after !== null,
    totalCount: () =>
      (total ??= ctx.sql.query<{ n: number }>(count.sql, count.params).then((r) => r[0].n)),
  });
}
