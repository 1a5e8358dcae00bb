/**
 * Calendar-date arithmetic of the overview ("YYYY-MM-DD" strings, days in
 * UTC): pure functions shared by the page (client/) and the server, which
 * works out the page's first requests as the page would (common/requests.ts).
 */

/** Splits "YYYY-MM-DD" into numbers; throws on anything else (the API only sends calendar dates). */
export function partsOf(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a calendar date YYYY-MM-DD, but got: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The calendar date of an ISO 8601 instant as written, "2020-01-14T00:00:00+00:00" → "2020-01-14". */
export function calendarDateOf(instant: string): string {
  return instant.slice(0, 10);
}

/** The calendar day before `date`. */
export function dayBefore(date: string): string {
  const [y, m, d] = partsOf(date);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The calendar day after `date`. */
export function dayAfter(date: string): string {
  const [y, m, d] = partsOf(date);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** True for a real calendar date "YYYY-MM-DD" (no 2020-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The window widened to whole buckets: from the Monday (WEEK) or the first of
 * the month (MONTH) holding `from`, to the start of the bucket after the one
 * holding the day before `to` (`to` is exclusive). Counting whole buckets, a
 * bar never stands for only part of its week or month.
 */
export function alignToBuckets(window: { from: string; to: string }, bucket: 'WEEK' | 'MONTH'): { from: string; to: string } {
  const startOf = (date: string): Date => {
    const [y, m, d] = partsOf(date);
    if (bucket === 'MONTH') return new Date(Date.UTC(y, m - 1, 1));
    const day = new Date(Date.UTC(y, m - 1, d));
    day.setUTCDate(d - ((day.getUTCDay() + 6) % 7));
    return day;
  };
  const first = startOf(window.from);
  const last = startOf(dayBefore(window.to));
  const after = new Date(last);
  if (bucket === 'MONTH') after.setUTCMonth(after.getUTCMonth() + 1);
  else after.setUTCDate(after.getUTCDate() + 7);
  return { from: first.toISOString().slice(0, 10), to: after.toISOString().slice(0, 10) };
}
