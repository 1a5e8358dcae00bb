/**
 * How the overview writes dates, numbers and kinds for people. Pure functions
 * (no DOM), shared by the page and its unit tests.
 */

/** A DateSpan as the API returns it: calendar dates and the source's own words. */
export interface DateSpanValue {
  start: string;
  end: string;
  wording?: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Splits "YYYY-MM-DD" into numbers; throws on anything else (the API only sends calendar dates). */
function partsOf(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a calendar date YYYY-MM-DD, but got: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "14 Jan 2020" for "2020-01-14". */
export function formatDate(date: string): string {
  const [y, m, d] = partsOf(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * The resolved span, as short as it stays unambiguous: "14 Jan 2020",
 * "14–15 Jan 2020", "30 Jan – 2 Feb 2020", "30 Dec 2019 – 2 Jan 2020", and
 * "2019" or "Jan 2020" for whole calendar years and months.
 */
export function formatSpan(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [y1, m1, d1] = partsOf(start);
  const [y2, m2, d2] = partsOf(end);
  const lastDayOfMonth = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (y1 === y2 && m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return String(y1);
  if (y1 === y2 && m1 === m2 && d1 === 1 && d2 === lastDayOfMonth) return `${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * A date as the source gave it next to what it resolved to:
 * `over the weekend (11–12 Jan 2020)`; just the span when the source gave no
 * wording, and "undated" when there is no span.
 */
export function formatDateSpan(span: DateSpanValue | null | undefined): string {
  if (!span) return 'undated';
  const resolved = formatSpan(span.start, span.end);
  return span.wording ? `${span.wording} (${resolved})` : resolved;
}

/** Currency codes written as a symbol before the number. */
const CURRENCY_SYMBOLS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', KRW: '₩', CNY: 'CN¥' };

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 870000000 → "870 million", 28500 → "28,500", 1.25 → "1.25". */
function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const [size, name] of SCALES) {
    if (magnitude >= size) return `${(value / size).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${name}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** True for a three-letter ISO 4217 code such as "USD" or "KRW". */
function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/**
 * A figure as the source gave it: the number with its unit, and "≈" when the
 * source says it is approximate ("some 28,500"): "≈ US$870 million",
 * "≈ 28,500 troops", "KRW 1.4 trillion", "12 %".
 */
export function formatFigure(value: number, unit: string, approximate: boolean): string {
  const number = formatNumber(value);
  const prefix = approximate ? '≈ ' : '';
  if (CURRENCY_SYMBOLS[unit]) return `${prefix}${CURRENCY_SYMBOLS[unit]}${number}`;
  if (isCurrencyCode(unit)) return `${prefix}${unit} ${number}`;
  return `${prefix}${number} ${unit}`;
}

const KIND_LABELS: Record<string, string> = {
  DIRECT_QUOTE: 'quote',
  PARAPHRASE: 'paraphrase',
  OFFICIAL_STATEMENT: 'official statement',
};

/** "quote", "paraphrase" or "official statement" for a StatementKind. */
export function formatStatementKind(kind: string): string {
  return KIND_LABELS[kind] ?? kind.toLowerCase().replace(/_/g, ' ');
}

/** "ongoing" for ONGOING. */
export function formatStatus(status: string): string {
  return status.toLowerCase().replace(/_/g, ' ');
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
