/** Choices for dashboard variables (drop-downs): a value to send back and a label to show. */
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../lib/globalId.js';
import { ensureLimit } from './input.js';
import { ensureLiveId, SqlParams } from './sql.js';

export type OptionKind = 'NEGOTIATION' | 'PARTY' | 'SPEAKER' | 'ISSUE' | 'AGREEMENT' | 'ROUND' | 'UNIT';

export interface OptionValue {
  value: string;
  label: string;
}

export const MAX_OPTIONS = 10_000;
export const DEFAULT_OPTIONS = 1_000;

/**
 * Per kind: rows of (type for the global ID, id, label, sort key), all of
 * them or those of negotiation `n` (a bound placeholder).
 */
const OPTIONS: Record<OptionKind, (n: string | null) => string> = {
  NEGOTIATION: (n) => `SELECT 'Negotiation' AS "type", "id", "title" AS "label", "title" AS "sort" FROM "analytics"."negotiations" ${n ? `WHERE "id" = ${n}` : ''}`,
  PARTY: (n) => `SELECT DISTINCT 'Organization' AS "type", "o"."id", "o"."name" AS "label", "o"."name" AS "sort"
    FROM "public"."negotiation_party" "np"
    JOIN "analytics"."negotiations" "neg" ON "neg"."id" = "np"."negotiation_id"
    JOIN "analytics"."organizations" "o" ON "o"."id" = "np"."organization_id" ${n ? `WHERE "np"."negotiation_id" = ${n}` : ''}`,
  SPEAKER: (n) => `SELECT DISTINCT "speaker_type" AS "type", "speaker_id" AS "id", "speaker" AS "label", "speaker" AS "sort"
    FROM "analytics"."statements" ${n ? `WHERE "negotiation_id" = ${n}` : ''}`,
  ISSUE: (n) => n
    ? `SELECT DISTINCT 'Issue' AS "type", "issue_id" AS "id", "issue" AS "label", "issue" AS "sort" FROM "analytics"."positions" WHERE "negotiation_id" = ${n}`
    : `SELECT 'Issue' AS "type", "id", "name" AS "label", "name" AS "sort" FROM "public"."issue" WHERE "retracted_at" IS NULL`,
  AGREEMENT: (n) => n
    ? `SELECT 'Agreement' AS "type", "agreement_id" AS "id", "agreement" AS "label", "agreement" AS "sort" FROM "analytics"."negotiations" WHERE "id" = ${n} AND "agreement_id" IS NOT NULL`
    : `SELECT 'Agreement' AS "type", "id", "name" AS "label", "name" AS "sort" FROM "public"."agreement" WHERE "retracted_at" IS NULL`,
  ROUND: (n) => `SELECT 'Round' AS "type", "id", 'Round ' || "number" || COALESCE(', ' || "location", '') || ${n ? `''` : `' (' || "negotiation" || ')'`} AS "label",
    "negotiation" || to_char("number", '0000000000') AS "sort" FROM "analytics"."rounds" ${n ? `WHERE "negotiation_id" = ${n}` : ''}`,
  UNIT: (n) => `SELECT DISTINCT NULL AS "type", NULL::int AS "id", "unit" AS "label", "unit" AS "sort" FROM "analytics"."figures"
    ${n ? `WHERE "negotiation_id" = ${n} OR "agreement_id" = (SELECT "agreement_id" FROM "analytics"."negotiations" WHERE "id" = ${n})` : ''}`,
};

/**
 * The first `limit` choices of `kind`, by label (rounds by negotiation, then
 * number): global IDs as values, or the unit itself for UNIT. With a
 * negotiation, only choices within it. An unknown negotiation is refused (400).
 */
export async function options(ctx: Context, kind: OptionKind, filter: { negotiationId?: string | null } | null | undefined, limit?: number | null): Promise<OptionValue[]> {
  const max = ensureLimit(limit, DEFAULT_OPTIONS, MAX_OPTIONS);
  const negotiation = filter?.negotiationId == null ? null : await ensureLiveId(ctx, filter.negotiationId, 'Negotiation', 'filter.negotiationId');
  const p = new SqlParams();
  const n = negotiation === null ? null : p.add(negotiation, 'int');
  const rows = await ctx.sql.query<{ type: string | null; id: number | null; label: string }>(
    `SELECT "type", "id", "label" FROM (${OPTIONS[kind](n)}) AS "o" ORDER BY "sort", "id" LIMIT ${p.add(max, 'int')}`,
    p.values,
  );
  return rows.map((r) => ({ value: r.type !== null && r.id !== null ? toGlobalId(r.type, r.id) : r.label, label: r.label }));
}
