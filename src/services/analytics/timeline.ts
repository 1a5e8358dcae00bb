/**
 * Timeline: rounds (a region from the first day's local midnight to the
 * midnight after the last day) and dated statements (likewise, over their
 * span) that overlap a window, sorted by time, in one SQL statement.
 */
import type { Context } from '../../graphql/context.js';
import type { Instant } from '../../lib/instant.js';
import { bindWindow, ensureLiveId, isoInZone, midnightOf, queryInZone, SqlParams } from './sql.js';
import { ensureLimit } from './input.js';
import { resolveWindow } from './window.js';

export interface TimelineRequest {
  window: { from: Instant; to: Instant; timeZone?: string | null };
  filter?: { negotiationId?: string | null } | null;
  limit?: number | null;
}

export type TimelineEventKind = 'ROUND' | 'STATEMENT';

export interface TimelineEvent {
  kind: TimelineEventKind;
  time: string;
  timeEnd: string;
  title: string;
  text: string;
  tags: string[];
  /** What the event is: a Round or a Statement row id. */
  subject: { type: 'Round' | 'Statement'; id: number };
}

/** The most events one answer may hold, and the default. */
export const MAX_EVENTS = 10_000;
export const DEFAULT_EVENTS = 1_000;

interface EventRow {
  kind: TimelineEventKind;
  id: number;
  time: string;
  time_end: string;
  title: string;
  text: string;
  tags: string[];
}

/**
 * The first `limit` events overlapping the window, by start time (a round
 * before the statements starting with it), then id. Refuses (400, before any
 * data SQL) a bad window, a bad limit or an unknown negotiation.
 */
export async function timeline(ctx: Context, request: TimelineRequest): Promise<TimelineEvent[]> {
  const window = resolveWindow(request.window);
  const limit = ensureLimit(request.limit, DEFAULT_EVENTS, MAX_EVENTS);
  const negotiationId = request.filter?.negotiationId;
  const negotiation = negotiationId == null ? null : await ensureLiveId(ctx, negotiationId, 'Negotiation', 'filter.negotiationId');

  const p = new SqlParams();
  const w = bindWindow(p, window);
  const ofNegotiation = (column: string) => (negotiation === null ? 'TRUE' : `${column} = ${p.add(negotiation, 'int')}`);
  // Calendar-date bounds that hold every overlapping event, so the date indexes can be used; the exact test follows.
  const firstDay = `((${w.from} AT TIME ZONE ${w.zone})::date - 1)`;
  const lastDay = `((${w.to} AT TIME ZONE ${w.zone})::date + 1)`;
  const sql = `
    WITH "events" AS (
      SELECT 'ROUND' AS "kind", 0 AS "rank", "r"."id", "r"."start_date" AS "first_day", COALESCE("r"."end_date", "r"."start_date") + 1 AS "after_day",
             'Round ' || "r"."number" || COALESCE(', ' || "r"."location", '') AS "title",
             "r"."negotiation" || COALESCE(': ' || "r"."outcome", '') AS "text",
             ARRAY['round', "r"."negotiation"] AS "tags"
      FROM "analytics"."rounds" "r"
      WHERE "r"."start_date" IS NOT NULL AND "r"."start_date" <= ${lastDay} AND COALESCE("r"."end_date", "r"."start_date") >= ${firstDay}
        AND ${ofNegotiation('"r"."negotiation_id"')}
      UNION ALL
      SELECT 'STATEMENT', 1, "s"."id", "s"."stated_start", "s"."stated_end" + 1,
             "s"."speaker" || CASE WHEN "s"."party" IS NOT NULL AND "s"."party" <> "s"."speaker" THEN ' (' || "s"."party" || ')' ELSE '' END,
             "s"."text",
             ARRAY['statement', "s"."kind", COALESCE("s"."party", 'Unattributed')]
      FROM "analytics"."statements" "s"
      WHERE "s"."stated_start" IS NOT NULL AND "s"."stated_start" <= ${lastDay} AND "s"."stated_end" >= ${firstDay}
        AND ${ofNegotiation('"s"."negotiation_id"')}
    ),
    "timed" AS (
      SELECT "e".*, ${midnightOf('"e"."first_day"', w.zone)} AS "starts", ${midnightOf('"e"."after_day"', w.zone)} AS "ends" FROM "events" "e"
    )
    SELECT "kind", "id", ${isoInZone('"starts"', w.zone)} AS "time", ${isoInZone('"ends"', w.zone)} AS "time_end", "title", "text", "tags"
    FROM "timed"
    WHERE "starts" < ${w.to} AND "ends" > ${w.from}
    ORDER BY "starts", "rank", "id"
    LIMIT ${p.add(limit, 'int')}`;
  const rows = await queryInZone<EventRow>(ctx, sql, p.values, window.zone);
  return rows.map((r) => ({
    kind: r.kind,
    time: r.time,
    timeEnd: r.time_end,
    title: r.title,
    text: r.text,
    tags: r.tags,
    subject: { type: r.kind === 'ROUND' ? 'Round' : 'Statement', id: r.id },
  }));
}
