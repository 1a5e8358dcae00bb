/** The position matrix: who holds which position on which issue, round by round, for one negotiation. */
import type { Context } from '../../graphql/context.js';
import { ensureLiveId, SqlParams } from './sql.js';

export interface PositionMatrixRow {
  positionId: number;
  partyId: number;
  issueId: number;
  roundId: number | null;
  summary: string;
}

/**
 * Every live position of the negotiation, by party name, issue name, round
 * number (positions on the whole negotiation first), then id. An unknown
 * negotiation is refused (400) before any data SQL.
 */
export async function positionMatrix(ctx: Context, negotiationGlobalId: string): Promise<PositionMatrixRow[]> {
  const negotiation = await ensureLiveId(ctx, negotiationGlobalId, 'Negotiation', 'negotiationId');
  const p = new SqlParams();
  return ctx.sql.query<PositionMatrixRow>(
    `SELECT "id" AS "positionId", "party_id" AS "partyId", "issue_id" AS "issueId", "round_id" AS "roundId", "summary"
     FROM "analytics"."positions" WHERE "negotiation_id" = ${p.add(negotiation, 'int')}
     ORDER BY "party", "issue", "round_number" NULLS FIRST, "id"`,
    p.values,
  );
}
