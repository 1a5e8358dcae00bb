/**
 * The Instant input of the dashboards API: a calendar date (local midnight
 * in a window's time zone, so it stays a date until the zone is known), or
 * an absolute instant given as an ISO 8601 date-time with an offset or as
 * milliseconds since the Unix epoch (a number, or a string of digits as
 * Grafana's ${__from} sends it).
 */
import { isCalendarDate } from './resolveDateWording.js';

export type Instant = { kind: 'date'; date: string } | { kind: 'instant'; epochMs: number };

/** Earliest and latest accepted instants: years 0001 to 9999, which PostgreSQL and ISO 8601 both write with four digits. */
const MIN_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const EPOCH_DIGITS = /^-?\d{1,16}$/;

const EXPECTED =
  'an Instant is a date ("2020-01-13"), an ISO 8601 date-time with an offset ("2020-01-13T09:00:00+09:00" or "...Z"), or milliseconds since the epoch (1578873600000)';

function fromEpoch(ms: number, shown: string): Instant {
  if (!Number.isSafeInteger(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new TypeError(`${EXPECTED}, between the years 1 and 9999; got ${shown}`);
  }
  return { kind: 'instant', epochMs: ms };
}

/** Reads an Instant from a variable or literal value; throws a TypeError saying what was expected and what arrived. */
export function parseInstant(value: unknown): Instant {
  if (typeof value === 'number') return fromEpoch(value, String(value));
  if (typeof value !== 'string') throw new TypeError(`${EXPECTED}; got ${JSON.stringify(value) ?? String(value)}`);
  const text = value.trim();
  const shown = JSON.stringify(value.slice(0, 60));
  if (EPOCH_DIGITS.test(text)) return fromEpoch(Number(text), shown);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!isCalendarDate(text) || text === '0000-00-00' || text.startsWith('0000')) throw new TypeError(`${EXPECTED}; got ${shown}, which is not a calendar date`);
    return { kind: 'date', date: text };
  }
  const match = DATE_TIME.exec(text);
  if (!match && DATE_TIME.test(`${text}Z`)) throw new TypeError(`${EXPECTED}; got ${shown}, which has no offset: add Z or one like +09:00`);
  if (!match) throw new TypeError(`${EXPECTED}; got ${shown}`);
  const [, year, month, day, hour, minute, second = '00', fraction = '', offset] = match;
  const offsetOk = offset.toUpperCase() === 'Z' || (Number(offset.slice(1, 3)) <= 18 && Number(offset.slice(4, 6)) < 60);
  if (!isCalendarDate(`${year}-${month}-${day}`) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 || !offsetOk) {
    throw new TypeError(`${EXPECTED}; got ${shown}, which is not a valid date-time`);
  }
  // Date.parse reads milliseconds; finer digits are dropped, not rounded.
  const ms = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4).padEnd(fraction ? 4 : 0, '0')}${offset.toUpperCase()}`);
  return fromEpoch(ms, shown);
}
