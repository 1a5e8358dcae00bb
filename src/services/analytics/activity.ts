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
 * How one grouping names its series. Facts are counted by `keys` (columns of
 * a fact row) first; `join` then reaches what names each group from its keys
 * ("c"."k0", "c"."k1", ...), and `type`, `id` and `label` are the series'
 * type for global IDs, its id, and its name. Counting by a few ids before
 * naming anything keeps the work per fact small.
 */
interface Grouping {
  keys: string[];
  join?: string;
  type: string;
  id: string;
  label: string;
}

/** A grouping by columns the fact rows already name their series with. */
const named = (type: string, id: string, label: string): Grouping => ({ keys: [type, id, label], type: '"c"."k0"', id: '"c"."k1"', label: '"c"."k2"' });

/**
 * Per fact kind: the facts (`from`, those `live`), the date each counts on
 * (the first day of its span), its negotiation, its groupings, and a query
 * of how many facts matching `where` are undated and dated (columns
 * "undated", "dated"), `filtered` telling whether `where` filters at all.
 */
interface FactKind {
  from: string;
  live: string;
  day: string;
  negotiation: string;
  groups: Partial<Record<ActivityGroupBy, Grouping>>;
  summary(where: string, filtered: boolean): string;
}

/** The query of how many rows of `from` matching `where` have no `day`, and how many have one. */
function countDated(from: string, day: string, where: string): string {
  return `SELECT count(*) FILTER (WHERE ${day} IS NULL)::int AS "undated", count(*) FILTER (WHERE ${day} IS NOT NULL)::int AS "dated" FROM ${from} WHERE ${where}`;
}

// A round counts once for each party that sent it a delegation (Unattributed when none is recorded).
const ROUNDS_FROM = `"analytics"."rounds" "f" LEFT JOIN LATERAL (
  SELECT DISTINCT "o"."top_level_id" AS "id", "o"."top_level" AS "name"
  FROM "public"."delegation" "d" JOIN "analytics"."organizations" "o" ON "o"."id" = "d"."party_id"
  WHERE "d"."round_id" = "f"."id" AND "d"."retracted_at" IS NULL) "party" ON TRUE`;

const FACTS: Record<ActivityOf, FactKind> = {
  STATEMENTS: {
    // analytics.statements' rows (its view names each statement's party, speaker and negotiation the same way),
    // read from the table so that a window of all statements is an index-only scan of dates and parties.
    from: '"public"."statement" "f"',
    live: '"f"."retracted_at" IS NULL',
    day: '"f"."stated_start"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: {
        keys: ['"f"."party_organization_id"'],
        join: 'LEFT JOIN "analytics"."organizations" "o" ON "o"."id" = "c"."k0"',
        type: `'Organization'`,
        id: '"o"."top_level_id"',
        label: `COALESCE("o"."top_level", 'Unattributed')`,
      },
      SPEAKER: {
        keys: ['"f"."speaker_person_id"', '"f"."speaker_organization_id"'],
        join: 'LEFT JOIN "public"."person" "sp" ON "sp"."id" = "c"."k0" LEFT JOIN "public"."organization" "so" ON "so"."id" = "c"."k1"',
        type: `CASE WHEN "c"."k0" IS NOT NULL THEN 'Person' ELSE 'Organization' END`,
        id: 'COALESCE("c"."k0", "c"."k1")',
        label: 'COALESCE("sp"."name", "so"."name")',
      },
      KIND: { keys: ['"f"."kind"::text'], type: 'NULL', id: 'NULL', label: '"c"."k0"' },
      NEGOTIATION: {
        keys: ['"f"."negotiation_id"'],
        join: 'LEFT JOIN "public"."negotiation" "n" ON "n"."id" = "c"."k0"',
        type: `'Negotiation'`,
        id: '"c"."k0"',
        label: '"n"."title"',
      },
      NONE: { keys: [], type: 'NULL', id: 'NULL', label: `'Statements'` },
    },
    // Without a filter, the live statements are the maintained list total (migrations/1760000000002): only the
    // undated ones are counted, on the date index.
    summary: (where, filtered) =>
      filtered
        ? countDated('"public"."statement" "f"', '"f"."stated_start"', `"f"."retracted_at" IS NULL AND ${where}`)
        : `SELECT "u"."n" AS "undated", "t"."n" - "u"."n" AS "dated"
           FROM (SELECT count(*)::int AS "n" FROM "public"."statement" WHERE "retracted_at" IS NULL AND "stated_start" IS NULL) "u",
                (SELECT coalesce(sum("live"), 0)::int AS "n" FROM "public"."list_total" WHERE "fact_table" = 'statement') "t"`,
  },
  ROUNDS: {
    from: ROUNDS_FROM,
    live: 'TRUE',
    day: '"f"."start_date"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: named(`'Organization'`, '"party"."id"', `COALESCE("party"."name", 'Unattributed')`),
      NEGOTIATION: named(`'Negotiation'`, '"f"."negotiation_id"', '"f"."negotiation"'),
      NONE: named('NULL', 'NULL', `'Rounds'`),
    },
    summary: (where) => countDated(ROUNDS_FROM, '"f"."start_date"', where),
  },
  POSITIONS: {
    // A position is dated by its round; one on the whole negotiation is undated.
    from: '"analytics"."positions" "f"',
    live: 'TRUE',
    day: '"f"."round_start_date"',
    negotiation: '"f"."negotiation_id"',
    groups: {
      PARTY: named(`'Organization'`, '"f"."party_id"', '"f"."party"'),
      ISSUE: named(`'Issue'`, '"f"."issue_id"', '"f"."issue"'),
      NEGOTIATION: named(`'Negotiation'`, '"f"."negotiation_id"', '"f"."negotiation"'),
      NONE: named('NULL', 'NULL', `'Positions'`),
    },
    summary: (where) => countDated('"analytics"."positions" "f"', '"f"."round_start_date"', where),
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
  /** [bucket index, series index, value] of the buckets and series with facts, in no order; null when over MAX_POINTS. */
  cells: [number, number, number][] | null;
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
  const filtered = negotiation !== null;
  const where = filtered ? `${facts.negotiation} = ${p.add(negotiation, 'int')}` : 'TRUE';
  // The first bucket's start and the end of the last one, as local wall-clock times. Written out (not
  // read from a CTE) where facts are filtered, so PostgreSQL can use them as bounds of a date index.
  const first = `date_trunc(${u}, ${w.from} AT TIME ZONE ${w.zone})`;
  const last = `date_trunc(${u}, (${w.to} - interval '1 millisecond') AT TIME ZONE ${w.zone})`;
  const inWindow = `${facts.day} >= (${first})::date AND ${facts.day} < (${last} + ${stepParam})::date`;
  const keys = group.keys.map((key, i) => `, ${key} AS "k${i}"`).join('');
  const maxPoints = p.add(MAX_POINTS, 'int');
  // Dated facts outside the window: the dated ones less those counted in it.
  const sql = `
    WITH "buckets" AS (
      SELECT "b" AS "local_start", row_number() OVER (ORDER BY "b") - 1 AS "index", ${isoInZone(`"b" AT TIME ZONE ${w.zone}`, w.zone)} AS "time"
      FROM generate_series(${first}, ${last}, ${stepParam}) AS "b"
    ),
    "keyed" AS (
      SELECT date_trunc(${u}, (${facts.day})::timestamp) AS "bucket"${keys}, count(*)::int AS "n"
      FROM ${facts.from} WHERE ${facts.live} AND ${where} AND ${inWindow}
      GROUP BY ${['1', ...group.keys.map((_, i) => String(i + 2))].join(', ')}
    ),
    "counts" AS (
      SELECT "c"."bucket", (${group.type})::text AS "series_type", (${group.id})::int AS "series_id", (${group.label})::text AS "series", sum("c"."n")::int AS "n"
      FROM "keyed" "c" ${group.join ?? ''}
      GROUP BY 1, 2, 3, 4
    ),
    "series" AS (
      SELECT "series_type", "series_id", "series", sum("n")::int AS "total",
             row_number() OVER (ORDER BY "series", "series_id") - 1 AS "index"
      FROM "counts" GROUP BY 1, 2, 3
    ),
    "summary" AS (
      SELECT "d"."undated", "d"."dated" - (SELECT coalesce(sum("n"), 0)::int FROM "keyed") AS "outside"
      FROM (${facts.summary(where, filtered)}) "d"
    ),
    "dims" AS (SELECT (SELECT count(*) FROM "buckets")::int AS "bucket_count", (SELECT count(*) FROM "series")::int AS "series_count")
    SELECT ${isoInZone(w.from, w.zone)} AS "from_iso", ${isoInZone(w.to, w.zone)} AS "to_iso",
      "summary"."undated", "summary"."outside", "dims"."bucket_count", "dims"."series_count",
      (SELECT json_agg("time" ORDER BY "index") FROM "buckets") AS "times",
      CASE WHEN "dims"."bucket_count" * "dims"."series_count" <= ${maxPoints} THEN (
        SELECT COALESCE(json_agg(json_build_array("series_type", "series_id", "series", "total") ORDER BY "index"), '[]') FROM "series"
      ) END AS "series",
      CASE WHEN "dims"."bucket_count" * "dims"."series_count" <= ${maxPoints} THEN (
        SELECT COALESCE(json_agg(json_build_array("b"."index", "s"."index", "c"."n")), '[]')
        FROM "counts" "c" JOIN "buckets" "b" ON "b"."local_start" = "c"."bucket"
        JOIN "series" "s" ON "s"."series" = "c"."series" AND "s"."series_id" IS NOT DISTINCT FROM "c"."series_id"
          AND "s"."series_type" IS NOT DISTINCT FROM "c"."series_type"
      ) END AS "cells"
    FROM "summary", "dims"`;
  const [row] = await queryInZone<ActivityRow>(ctx, sql, p.values, window.zone);
  if (row.series === null || row.cells === null) {
    throw refuseInput(
      'window',
      `This answer would hold ${row.bucket_count * row.series_count} points (${row.bucket_count} buckets × ${row.series_count} series); at most ${MAX_POINTS.toLocaleString('en-US')} are answered. Choose a larger bucket, a shorter window, or filter by negotiation.`,
    );
  }
  const series = row.series.map(([type, id, name, total]) => ({ name, id: type !== null && id !== null ? toGlobalId(type, id) : null, total }));
  // Zero-filled here from the counts PostgreSQL made: one point per bucket and series, by time then series.
  const values = new Array<number>(row.times.length * series.length).fill(0);
  for (const [bucket, index, value] of row.cells) values[bucket * series.length + index] = value;
  const points: ActivityPoint[] = [];
  for (const [bucket, time] of row.times.entries()) {
    for (const [index, { name, id }] of series.entries()) points.push({ time, series: name, seriesId: id, value: values[bucket * series.length + index] });
  }
  return {
    bucket: window.bucket!,
    timeZone: window.zone,
    from: row.from_iso,
    to: row.to_iso,
    total: series.reduce((sum, s) => sum + s.total, 0),
    undated: row.undated,
    outsideWindow: row.outside,
    series,
    points,
  };
}
