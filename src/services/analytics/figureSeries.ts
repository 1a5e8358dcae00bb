/** Numeric facts as points of series (one per label), by the first day of the period each holds for. */
import type { Context } from '../../graphql/context.js';
import { ensureLimit, ensureTimeZone } from './input.js';
import { ensureLiveId, isoInZone, midnightOf, queryInZone, SqlParams } from './sql.js';

export interface FigureSeriesRequest {
  filter?: { unit?: string | null; negotiationId?: string | null; agreementId?: string | null } | null;
  timeZone?: string | null;
  limit?: number | null;
}

export interface FigurePoint {
  figureId: number;
  time: string;
  series: string;
  value: number;
  unit: string;
  approximate: boolean;
}

export const MAX_FIGURES = 10_000;
export const DEFAULT_FIGURES = 1_000;

/**
 * Dated figures matching the filter, by time, series, then id: a
 * negotiation's figures are those about it, one of its rounds, or the
 * agreement it renews. Undated figures are left out (a series needs times).
 */
export async function figureSeries(ctx: Context, request: FigureSeriesRequest): Promise<FigurePoint[]> {
  const zone = ensureTimeZone(request.timeZone, 'timeZone');
  const limit = ensureLimit(request.limit, DEFAULT_FIGURES, MAX_FIGURES);
  const filter = request.filter ?? {};
  const negotiation = filter.negotiationId == null ? null : await ensureLiveId(ctx, filter.negotiationId, 'Negotiation', 'filter.negotiationId');
  const agreement = filter.agreementId == null ? null : await ensureLiveId(ctx, filter.agreementId, 'Agreement', 'filter.agreementId');

  const p = new SqlParams();
  const z = p.add(zone, 'text');
  const conditions = ['"f"."as_of_start" IS NOT NULL'];
  if (filter.unit != null) conditions.push(`"f"."unit" = ${p.add(filter.unit, 'text')}`);
  if (negotiation !== null) {
    const n = p.add(negotiation, 'int');
    conditions.push(`("f"."negotiation_id" = ${n} OR "f"."agreement_id" = (SELECT "agreement_id" FROM "analytics"."negotiations" WHERE "id" = ${n}))`);
  }
  if (agreement !== null) conditions.push(`"f"."agreement_id" = ${p.add(agreement, 'int')}`);
  return queryInZone<FigurePoint>(
    ctx,
    `SELECT "f"."id" AS "figureId", ${isoInZone(midnightOf('"f"."as_of_start"', z), z)} AS "time", "f"."label" AS "series",
            "f"."value"::float8 AS "value", "f"."unit", "f"."approximate"
     FROM "analytics"."figures" "f"
     WHERE ${conditions.join(' AND ')}
     ORDER BY "f"."as_of_start", "f"."label", "f"."id"
     LIMIT ${p.add(limit, 'int')}`,
    p.values,
    zone,
  );
}
