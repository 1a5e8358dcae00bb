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

import { partsOf } from '../common/dates.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
