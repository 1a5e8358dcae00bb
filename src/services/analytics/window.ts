/**
 * Time windows of the dashboards API, checked before any SQL: the zone must
 * be an IANA zone, `from` must come before `to`, and a bucketed window may
 * hold at most MAX_BUCKETS buckets. Buckets are counted on local calendar
 * dates, exactly as PostgreSQL will generate them (date_trunc on the local
 * wall clock), so the two never disagree.
 */
import type { Instant } from '../../lib/instant.js';
import { wallClock } from '../../lib/timeZone.js';
import { ensureTimeZone, refuseInput } from './input.js';

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** The most buckets one series may have. */
export const MAX_BUCKETS = 5_000;

/** A window whose zone, order and size have been checked. */
export interface ResolvedWindow {
  from: Instant;
  to: Instant;
  /** The zone as the IANA database spells it; "UTC" when none was given. */
  zone: string;
  bucket?: TimeBucket;
  /** How many buckets the window holds (with `bucket`). */
  bucketCount?: number;
}

export interface WindowInput {
  from: Instant;
  to: Instant;
  timeZone?: string | null;
  bucket?: TimeBucket | null;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date (any year from 1 to 9999). */
function dayNumber(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}

function dateOfDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** The index of the bucket holding local date `date`; consecutive buckets have consecutive indexes. */
function bucketIndex(bucket: TimeBucket, date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  switch (bucket) {
    case 'DAY':
      return dayNumber(date);
    case 'WEEK':
      // 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601).
      return Math.floor((dayNumber(date) + 3) / 7);
    case 'MONTH':
      return year * 12 + month;
    case 'QUARTER':
      return year * 4 + Math.floor(month / 3);
    case 'YEAR':
      return year;
  }
}

/** The local wall clock of an instant, or of a date's midnight: "YYYY-MM-DDTHH:MM:SS.mmm". */
function localTime(instant: Instant, zone: string): string {
  return instant.kind === 'date' ? `${instant.date}T00:00:00.000` : wallClock(instant.epochMs, zone);
}

/** The local date holding the last instant before `to`. */
function lastLocalDate(to: Instant, zone: string): string {
  return to.kind === 'date' ? dateOfDayNumber(dayNumber(to.date) - 1) : wallClock(to.epochMs - 1, zone).slice(0, 10);
}

function describe(instant: Instant): string {
  return instant.kind === 'date' ? instant.date : new Date(instant.epochMs).toISOString();
}

/**
 * Checks a window without touching the database: an unknown zone, `from`
 * not before `to`, or more than MAX_BUCKETS buckets are refused with
 * BAD_USER_INPUT and HTTP status 400. `path` prefixes argument names ("window").
 */
export function resolveWindow(input: WindowInput, path = 'window'): ResolvedWindow {
  const zone = ensureTimeZone(input.timeZone, `${path}.timeZone`);
  const { from, to } = input;
  const ordered =
    from.kind === 'instant' && to.kind === 'instant' ? from.epochMs < to.epochMs : localTime(from, zone) < localTime(to, zone);
  if (!ordered) {
    throw refuseInput(`${path}.to`, `from must be before to (a window covers from <= t < to), but got from ${describe(from)} and to ${describe(to)} in ${zone}.`);
  }
  if (!input.bucket) return { from, to, zone };
  const firstDate = localTime(from, zone).slice(0, 10);
  const bucketCount = bucketIndex(input.bucket, lastLocalDate(to, zone)) - bucketIndex(input.bucket, firstDate) + 1;
  if (bucketCount > MAX_BUCKETS) {
    throw refuseInput(
      `${path}.bucket`,
      `This window holds ${bucketCount.toLocaleString('en-US')} ${input.bucket} buckets; at most ${MAX_BUCKETS.toLocaleString('en-US')} are answered. Choose a larger bucket or a shorter window (from, to).`,
    );
  }
  return { from, to, zone, bucket: input.bucket, bucketCount };
}
