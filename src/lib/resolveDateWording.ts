/**
 * Turning a source's own words for a date ("said Thursday", "over the
 * weekend", "at the end of last year") into a span of calendar days, read
 * news-style against the source's publication date. Dates are "YYYY-MM-DD".
 */

/** The resolved span (`start === end` for one day), or why the wording could not be resolved. */
export type DateResolution =
  | { ok: true; start: string; end: string }
  | { ok: false; reason: string };

const DAY_MS = 86_400_000;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;

// Words around a date expression that say who did what, not when. Stripped from
// the front only; anything that shifts the date ("before", "after", "by", "next")
// is deliberately absent so such wording stays unresolved.
const LEADING_FILLER = new RegExp(
  '^(?:' +
    [
      'said', 'says', 'say', 'stated', 'told reporters', 'told', 'announced', 'issued', 'published', 'dated',
      'released', 'reported', 'claimed', 'expired', 'ended', 'began', 'started', 'signed', 'arrived', 'arriving',
      'held', 'met', 'a statement', 'an interview', 'a media interview', 'a press conference', 'a briefing',
      'on', 'in', 'at', 'during', 'over', 'as of', 'the',
    ].join('|') +
    ')\\s+',
);

/** True when `value` is a "YYYY-MM-DD" string naming a real calendar day (no 2020-02-30). */
export function isCalendarDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

/**
 * Resolves `wording` (the source's words) against `reference` (the source's
 * publication date, "YYYY-MM-DD"). Understood: a weekday or weekdays ("said
 * Thursday", "on Tuesday and Wednesday") as the most recent such day(s) on or
 * before the reference; "today", "yesterday"; "over the weekend"/"last weekend"
 * (the most recent Saturday before the reference and the Sunday after it);
 * "this/last week" (Monday to Sunday), "this/last month", "this/last year",
 * "earlier this week/month/year" (up to the day before the reference),
 * "(at the) start/end of this/last month/year"; a month ("in January": the
 * reference year, or the year before when the month is later than the
 * reference's), "January 2020", "2019"; and explicit dates ("Jan 16, 2020",
 * "January 16, 2020", "16 January 2020", "2020-01-16", "Jan 16"). Parentheticals
 * such as "(U.S. time)" and leading words like "said", "on", "in a statement"
 * are ignored. Anything else is `{ ok: false }` with the reason.
 */
export function resolveDateWording(reference: string, wording: string): DateResolution {
  const ref = toDayNumber(reference);
  if (ref === null) return fail(`reference date must be a YYYY-MM-DD calendar date, but got "${reference}"`);
  const phrase = normalize(wording);
  if (phrase === '') return fail(`date wording is empty (got "${wording}")`);
  const span = resolvePhrase(ref, phrase);
  if (span === undefined) return fail(`cannot resolve date wording "${wording}"`);
  if (typeof span === 'string') return fail(`date wording "${wording}": ${span}`);
  return { ok: true, start: fromDayNumber(span[0]), end: fromDayNumber(span[1]) };
}

type Span = [number, number];

/** A span, a reason string for wording that names an impossible date, or undefined when not understood. */
function resolvePhrase(ref: number, phrase: string): Span | string | undefined {
  const { year, month, day } = partsOf(ref);
  if (phrase === 'today') return [ref, ref];
  if (phrase === 'yesterday') return [ref - 1, ref - 1];

  const weekdays = parseWeekdayList(phrase);
  if (weekdays) {
    // The last named day is the most recent one on or before the reference;
    // each earlier one is the most recent before the day named after it.
    let day = mostRecentWeekday(ref, weekdays[weekdays.length - 1]);
    const last = day;
    for (let i = weekdays.length - 2; i >= 0; i--) day = mostRecentWeekday(day - 1, weekdays[i]);
    return [day, last];
  }

  if (phrase === 'weekend' || phrase === 'last weekend') {
    const saturday = mostRecentWeekday(ref - 1, 6);
    return [saturday, saturday + 1];
  }
  const monday = ref - ((weekdayOf(ref) + 6) % 7);
  if (phrase === 'this week') return [monday, monday + 6];
  if (phrase === 'last week') return [monday - 7, monday - 1];
  if (phrase === 'this month') return monthSpan(year, month);
  if (phrase === 'last month') return month === 1 ? monthSpan(year - 1, 12) : monthSpan(year, month - 1);
  if (phrase === 'this year') return yearSpan(year);
  if (phrase === 'last year') return yearSpan(year - 1);

  const earlier = /^earlier this (week|month|year)$/.exec(phrase);
  if (earlier) {
    const first = { week: monday, month: monthSpan(year, month)[0], year: yearSpan(year)[0] }[earlier[1] as 'week' | 'month' | 'year'];
    return first < ref ? [first, ref - 1] : `nothing in this ${earlier[1]} is earlier than the reference date`;
  }

  const edge = /^(?:the )?(start|beginning|end) of (this|last) (month|year)$/.exec(phrase);
  if (edge) {
    const [, which, rel, unit] = edge;
    const span =
      unit === 'year'
        ? yearSpan(rel === 'last' ? year - 1 : year)
        : rel === 'last'
          ? month === 1 ? monthSpan(year - 1, 12) : monthSpan(year, month - 1)
          : monthSpan(year, month);
    const point = which === 'end' ? span[1] : span[0];
    return [point, point];
  }

  if (/^\d{4}$/.test(phrase)) return yearSpan(Number(phrase));

  let m = new RegExp(`^${MONTH}$`).exec(phrase);
  if (m) {
    const named = MONTHS[m[1]];
    return monthSpan(named > month ? year - 1 : year, named);
  }
  m = new RegExp(`^${MONTH} (\\d{4})$`).exec(phrase);
  if (m) return monthSpan(Number(m[2]), MONTHS[m[1]]);

  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(phrase);
  if (m) return oneDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})$`).exec(phrase);
  if (m) return oneDay(Number(m[3]), MONTHS[m[1]], Number(m[2]));
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? ${MONTH} (\\d{4})$`).exec(phrase);
  if (m) return oneDay(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  m = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)?$`).exec(phrase);
  if (m) {
    // No year: the most recent such date on or before the reference.
    const named = MONTHS[m[1]];
    const dayOfMonth = Number(m[2]);
    const later = named > month || (named === month && dayOfMonth > day);
    return oneDay(later ? year - 1 : year, named, dayOfMonth);
  }
  return undefined;
}

function normalize(wording: string): string {
  let phrase = wording
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[.,;:!?"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let stripped = phrase.replace(LEADING_FILLER, ''); stripped !== phrase; stripped = phrase.replace(LEADING_FILLER, '')) {
    phrase = stripped;
  }
  return phrase;
}

/** Weekday numbers (0 = Sunday) of "tuesday and wednesday", "monday to friday", "monday tuesday"; null otherwise. */
function parseWeekdayList(phrase: string): number[] | null {
  const words = phrase.split(/\s*(?:\band\b|\bthrough\b|\bthru\b|\bto\b|\buntil\b|&|-|–)\s*|\s+/).filter((w) => w !== '');
  const days = words.map((w) => WEEKDAYS.indexOf(w));
  return days.length > 0 && days.every((d) => d >= 0) ? days : null;
}

function mostRecentWeekday(onOrBefore: number, weekday: number): number {
  return onOrBefore - ((weekdayOf(onOrBefore) - weekday + 7) % 7);
}

function oneDay(year: number, month: number, day: number): Span | string {
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const n = toDayNumber(iso);
  return n === null ? `${iso} is not a calendar date` : [n, n];
}

function monthSpan(year: number, month: number): Span {
  const first = Date.UTC(year, month - 1, 1) / DAY_MS;
  const next = Date.UTC(year, month, 1) / DAY_MS;
  return [first, next - 1];
}

function yearSpan(year: number): Span {
  return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year, 11, 31) / DAY_MS];
}

/** Days since 1970-01-01 for a valid "YYYY-MM-DD", else null. */
function toDayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function partsOf(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekdayOf(n: number): number {
  return new Date(n * DAY_MS).getUTCDay();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function fail(reason: string): DateResolution {
  return { ok: false, reason };
}
