/**
 * Argument checks of the analytics service. Each refusal is BAD_USER_INPUT
 * answered with HTTP status 400 (dashboard plugins notice only statuses),
 * `argument` naming what was wrong, and comes before any SQL.
 */
import { CodedError, ErrorCode } from '../../errors/index.js';
import { canonicalTimeZone } from '../../lib/timeZone.js';

/** A refusal of `argument`, with HTTP status 400. */
export function refuseInput(argument: string, message: string): CodedError {
  return new CodedError(ErrorCode.BAD_USER_INPUT, message, { argument, http: { status: 400 } });
}

/** The IANA zone `given` names (UTC when absent), as the database spells it; refuses anything else. */
export function ensureTimeZone(given: string | null | undefined, argument: string): string {
  const name = given ?? 'UTC';
  const zone = canonicalTimeZone(name);
  if (zone === null) {
    throw refuseInput(argument, `timeZone must be an IANA time zone such as "Asia/Seoul" or "America/New_York", or "UTC", but got ${JSON.stringify(name.slice(0, 60))}.`);
  }
  return zone;
}

/** `limit` checked to be 1 to `max`; `fallback` when it is absent. */
export function ensureLimit(limit: number | null | undefined, fallback: number, max: number): number {
  if (limit === null || limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw refuseInput('limit', `limit must be between 1 and ${max.toLocaleString('en-US')}, but got ${limit}.`);
  return limit;
}
