/**
 * Activity: how many statements, rounds or positions fall in each bucket of a
 * window, per series (party, speaker, kind, issue, negotiation, or one series),
 * zero-filled, in one SQL statement whatever the window.
 */
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../lib/globalId.js';
import type { Instant } from '../../lib/instant.js';
import { bindWindow, ensureLiveId, isoInZone, queryInZone, SqlParams } from './sql.js';
import { refuseInput } from './input.js';
import { resolveWindow, type TimeBucket } from './window.js';

export type ActivityOf = 'STATEMENTS' | 'ROUNDS' | 'POSITIONS';
export type ActivityGroupBy = 'PARTY' | 'SPEAKER' | 'KIND' | 'ISSUE' | 'NEGOTIATION' | 'NONE';

export interface ActivityRequest {
  of: ActivityOf;
  groupBy: ActivityGroupBy;
  window: { from: Instant; to: Instant; bucket: TimeBucket; timeZone?: string | null };
  filter?: { negotiationId?: string | null } | null;
}

export interface ActivityPoint {
  time: string;
  series: string;
  seriesId: string | null;
  value: number;
}

export interface ActivitySeries {
  name: string;
  id: string | null;
  total: number;
}

export interface ActivityValue {
  bucket: TimeBucket;
  timeZone: string;
  from: string;
  to: string;
  total: number;
  undated: number;
  outsideWindow: number;
  series: ActivitySeries[];
  points: ActivityPoint[];
}

/** The most points (buckets × series) one answer may hold. */
export const MAX_POINTS = 100_000;

const UNIT: Record<TimeBucket, [unit: string, step: string]> = {
  DAY: ['day', '1 day'],
  WEEK: ['week', '7 days'],
  MONTH: ['month', '1 month'],
  QUARTER: ['quarter', '3 months'],
  YEAR: ['year', '1 year'],
};

/**
 * Per fact kind: its table in the analytics schema, the date it counts on
 * (the first day of its span), and how each grouping names its series:
 * [series type for global IDs, series id, series label].
 */
const FACTS: Record<ActivityOf, { from: string; day: string; negotiation: string; groups: Partial<Record<ActivityGroupBy, [string, string, string]>> }> = {
  STATEMENTS: {
    from: '"analytics"."statements" "f"',
    day: '"f"."stated_start"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: [`'Organization'`, '"f"."party_id"', `COALESCE("f"."party", 'Unattributed')`],
      SPEAKER: ['"f"."speaker_type"', '"f"."speaker_id"', '"f"."speaker"'],
      KIND: ['NULL', 'NULL', '"f"."kind"'],
      NEGOTIATION: [`'Negotiation'`, '"f"."negotiation_id"', '"f"."negotiation"'],
      NONE: ['NULL', 'NULL', `'Statements'`],
    },
  },
  ROUNDS: {
    // A round counts once for each party that sent it a delegation (Unattributed when none is recorded).
    from: `"analytics"."rounds" "f" LEFT JOIN LATERAL (
      SELECT DISTINCT "o"."top_level_id" AS "id", "o"."top_level" AS "name"
      FROM "public"."delegation" "d" JOIN "analytics"."organizations" "o" ON "o"."id" = "d"."party_id"
      WHERE "d"."round_id" = "f"."id" AND "d"."retracted_at" IS NULL) "party" ON TRUE`,
    day: '"f"."start_date"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: [`'Organization'`, '"party"."id"', `COALESCE("party"."name", 'Unattributed')`],
      NEGOTIATION: [`'Negotiation'`, '"f"."negotiation_id"', '"f"."negotiation"'],
      NONE: ['NULL', 'NULL', `'Rounds'`],
    },
  },
  POSITIONS: {
    // A position is dated by its round; one on the whole negotiation is undated.
    from: '"analytics"."positions" "f"',
    day: '"f"."round_start_date"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: [`'Organization'`, '"f"."party_id"', '"f"."party"'],
      ISSUE: [`'Issue'`, '"f"."issue_id"', '"f"."issue"'],
      NEGOTIATION: [`'Negotiation'`, '"f"."negotiation_id"', '"f"."negotiation"'],
      NONE: ['NULL', 'NULL', `'Positions'`],
    },
  },
};

interface ActivityRow {
  from_iso: string;
  to_iso: string;
  undated: number;
  outside: number;
  bucket_count: number;
  series_count: number;
  /** The buckets' start times, in order. */
  times: string[];
  /** [series type, series id, label, total] in label order; null when over MAX_POINTS. */
  series: [string | null, number | null, string, number][] | null;
  /** [bucket index, series index, value], by time then series. */
  points: [number, number, number][] | null;
}

/**
 * One zero-filled series per group of facts in the window. Refuses (400,
 * before any data SQL) a bad zone, from >= to, more than MAX_BUCKETS buckets,
 * a grouping that does not apply to `of`, or an unknown negotiation; and
 * (400, after counting series) an answer of more than MAX_POINTS points.
 */
export async function activity(ctx: Context, request: ActivityRequest): Promise<ActivityValue> {
  const facts = FACTS[request.of];
  const group = facts.groups[request.groupBy];
  if (!group) {
    const allowed = Object.keys(facts.groups).join(', ');
    throw refuseInput('groupBy', `groupBy ${request.groupBy} does not apply to ${request.of}; it takes ${allowed}.`);
  }
  const window = resolveWindow(request.window);
  const negotiationId = request.filter?.negotiationId;
  const negotiation = negotiationId == null ? null : await ensureLiveId(ctx, negotiationId, 'Negotiation', 'filter.negotiationId');

  const p = new SqlParams();
  const w = bindWindow(p, window);
  const [unit, step] = UNIT[window.bucket!];
  const u = p.add(unit, 'text');
  const stepParam = p.add(step, 'interval');
  const [seriesType, seriesId, label] = group;
  const where = negotiation === null ? 'TRUE' : `${facts.negotiation} = ${p.add(negotiation, 'int')}`;
  // The first bucket's start and the end of the last one, as local wall-clock times. Written out (not
  // read from a CTE) where facts are filtered, so PostgreSQL can use them as bounds of a date index.
  const first = `date_trunc(${u}, ${w.from} AT TIME ZONE ${w.zone})`;
  const last = `date_trunc(${u}, (${w.to} - interval '1 millisecond') AT TIME ZONE ${w.zone})`;
  const inWindow = `${facts.day} >= (${first})::date AND ${facts.day} < (${last} + ${stepParam})::date`;
  const maxPoints = p.add(MAX_POINTS, 'int');
  const sql = `
    WITH "buckets" AS (
      SELECT "b" AS "local_start", row_number() OVER (ORDER BY "b") - 1 AS "index", ${isoInZone(`"b" AT TIME ZONE ${w.zone}`, w.zone)} AS "time"
      FROM generate_series(${first}, ${last}, ${stepParam}) AS "b"
    ),
    "counts" AS (
      SELECT date_trunc(${u}, (${facts.day})::timestamp) AS "bucket", ${seriesType}::text AS "series_type",
             (${seriesId})::int AS "series_id", (${label})::text AS "series", count(*)::int AS "n"
      FROM ${facts.from} WHERE ${where} AND ${inWindow}
      GROUP BY 1, 2, 3, 4
    ),
    "series" AS (
      SELECT "series_type", "series_id", "series", sum("n")::int AS "total",
             row_number() OVER (ORDER BY "series", "series_id") - 1 AS "index"
      FROM "counts" GROUP BY 1, 2, 3
    ),
    "summary" AS (
      SELECT count(*) FILTER (WHERE ${facts.day} IS NULL)::int AS "undated",
             count(*) FILTER (WHERE NOT (${inWindow}))::int AS "outside"
      FROM ${facts.from} WHERE ${where}
    ),
    "dims" AS (SELECT (SELECT count(*) FROM "buckets")::int AS "bucket_count", (SELECT count(*) FROM "series")::int AS "series_count")
    SELECT ${isoInZone(w.from, w.zone)} AS "from_iso", ${isoInZone(w.to, w.zone)} AS "to_iso",
      "summary"."undated", "summary"."outside", "dims"."bucket_count", "dims"."series_count",
      (SELECT json_agg("time" ORDER BY "index") FROM "buckets") AS "times",
      CASE WHEN "dims"."bucket_count" * "dims"."series_count" <= ${maxPoints} THEN (
        SELECT COALESCE(json_agg(json_build_array("series_type", "series_id", "series", "total") ORDER BY "index"), '[]') FROM "series"
      ) END AS "series",
      CASE WHEN "dims"."bucket_count" * "dims"."series_count" <= ${maxPoints} THEN (
        SELECT COALESCE(json_agg(json_build_array("b"."index", "s"."index", COALESCE("c"."n", 0)) ORDER BY "b"."index", "s"."index"), '[]')
        FROM "buckets" "b" CROSS JOIN "series" "s"
        LEFT JOIN "counts" "c" ON "c"."bucket" = "b"."local_start" AND "c"."series" = "s"."series"
          AND "c"."series_id" IS NOT DISTINCT FROM "s"."series_id" AND "c"."series_type" IS NOT DISTINCT FROM "s"."series_type"
      ) END AS "points"
    FROM "summary", "dims"`;
  const [row] = await queryInZone<ActivityRow>(ctx, sql, p.values, window.zone);
  if (row.series === null || row.points === null) {
    throw refuseInput(
      'window',
      `This answer would hold ${row.bucket_count * row.series_count} points (${row.bucket_count} buckets × ${row.series_count} series); at most ${MAX_POINTS.toLocaleString('en-US')} are answered. Choose a larger bucket, a shorter window, or filter by negotiation.`,
    );
  }
  const series = row.series.map(([type, id, name, total]) => ({ name, id: type !== null && id !== null ? toGlobalId(type, id) : null, total }));
  return {
    bucket: window.bucket!,
    timeZone: window.zone,
    from: row.from_iso,
    to: row.to_iso,
    total: series.reduce((sum, s) => sum + s.total, 0),
    undated: row.undated,
    outsideWindow: row.outside,
    series,
    points: row.points.map(([bucket, index, value]) => ({ time: row.times[bucket], series: series[index].name, seriesId: series[index].id, value })),
  };
}
