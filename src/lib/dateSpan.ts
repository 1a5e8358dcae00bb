/**
 * When something happened, as precisely as a source says: `start === end`
 * for an exact day, a wider span for "over the weekend"; `wording` is the
 * source's own words, or null when it gives none. Dates are "YYYY-MM-DD".
 */
export interface DateSpanValue {
  start: string;
  end: string;
  wording: string | null;
}

/** Builds a DateSpanValue from nullable columns; null when the span is unknown. */
export function toDateSpan(start: string | null, end: string | null, wording: string | null): DateSpanValue | null {
  if (start === null || end === null) return null;
  return { start, end, wording };
}
