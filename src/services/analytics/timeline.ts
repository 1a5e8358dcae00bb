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
  // Over all negotiations, the overlap is a range test the span index answers. A negotiation has a few hundred
  // statements, which its own index finds: the same test written as two comparisons keeps PostgreSQL from also
  // scanning the span index for every statement of the window (tens of thousands on a million) to intersect them.
  // (stated_end is set exactly when stated_start is, so both forms keep the same rows.)
  const statementsOverlap =
    negotiation === null
      ? `daterange("s"."stated_start", "s"."stated_end", '[]') && daterange(${firstDay}, ${lastDay}, '[]')`
      : `"s"."stated_start" <= ${lastDay} AND "s"."stated_end" >= ${firstDay}`;
  // The first `limit` events are picked by their days alone (local midnight follows the calendar date), and only
  // they are named: speakers, parties and negotiations are looked up for the events answered, not for every one.
  const sql = `
    WITH "candidates" AS (
      SELECT 'ROUND' AS "kind", 0 AS "rank", "r"."id", "r"."start_date" AS "first_day", COALESCE("r"."end_date", "r"."start_date") + 1 AS "after_day"
      FROM "public"."round" "r"
      WHERE "r"."retracted_at" IS NULL AND "r"."start_date" IS NOT NULL AND "r"."start_date" <= ${lastDay}
        AND COALESCE("r"."end_date", "r"."start_date") >= ${firstDay} AND ${ofNegotiation('"r"."negotiation_id"')}
      UNION ALL
      SELECT 'STATEMENT', 1, "s"."id", "s"."stated_start", "s"."stated_end" + 1
      FROM "public"."statement" "s"
      WHERE "s"."retracted_at" IS NULL AND "s"."stated_start" IS NOT NULL AND ${statementsOverlap}
        AND ${ofNegotiation('"s"."negotiation_id"')}
    ),
    "picked" AS (
      SELECT "c".*, ${midnightOf('"c"."first_day"', w.zone)} AS "starts", ${midnightOf('"c"."after_day"', w.zone)} AS "ends"
      FROM "candidates" "c"
      WHERE ${midnightOf('"c"."first_day"', w.zone)} < ${w.to} AND ${midnightOf('"c"."after_day"', w.zone)} > ${w.from}
      ORDER BY "c"."first_day", "c"."rank", "c"."id"
      LIMIT ${p.add(limit, 'int')}
    )
    SELECT "e"."kind", "e"."id", ${isoInZone('"e"."starts"', w.zone)} AS "time", ${isoInZone('"e"."ends"', w.zone)} AS "time_end",
      CASE WHEN "e"."kind" = 'ROUND' THEN 'Round ' || "r"."number" || COALESCE(', ' || "r"."location", '')
           ELSE "s"."speaker" || CASE WHEN "s"."party" IS NOT NULL AND "s"."party" <> "s"."speaker" THEN ' (' || "s"."party" || ')' ELSE '' END END AS "title",
      CASE WHEN "e"."kind" = 'ROUND' THEN "r"."negotiation" || COALESCE(': ' || "r"."outcome", '') ELSE "s"."text" END AS "text",
      CASE WHEN "e"."kind" = 'ROUND' THEN ARRAY['round', "r"."negotiation"]
           ELSE ARRAY['statement', "s"."kind", COALESCE("s"."party", 'Unattributed')] END AS "tags"
    FROM "picked" "e"
    LEFT JOIN "analytics"."rounds" "r" ON "e"."kind" = 'ROUND' AND "r"."id" = "e"."id"
    LEFT JOIN "analytics"."statements" "s" ON "e"."kind" = 'STATEMENT' AND "s"."id" = "e"."id"
    ORDER BY "e"."first_day", "e"."rank", "e"."id"`;
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
