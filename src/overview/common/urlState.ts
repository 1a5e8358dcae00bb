/**
 * What the overview shows, kept in the page's query string so that a view can
 * be shared: `?negotiation=<ID>&from=2020-01-01&to=2020-01-31&bucket=MONTH&q=pay&open=<ID>`.
 * Pure functions (no DOM).
 */
import { isCalendarDate } from './dates.js';

/** The buckets the Activity panel offers. */
export type Bucket = 'WEEK' | 'MONTH';

export interface OverviewState {
  /** Global ID of the negotiation shown; absent: the page picks one. */
  negotiation?: string;
  /** First and last calendar day of the time range, both included; absent: the whole negotiation. */
  from?: string;
  to?: string;
  /** Activity's bucket; WEEK unless the URL says MONTH. */
  bucket: Bucket;
  /** The full-text search typed into the search box. */
  q?: string;
  /** Global ID of the fact (or source) whose source text is open. */
  open?: string;
}

/**
 * Reads the state from a query string. Values that cannot be right (a date
 * that is no calendar date, an unknown bucket, a range that ends before it
 * starts) are dropped rather than sent to the API.
 */
export function parseState(search: string): OverviewState {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const date = (name: string) => {
    const value = text(name);
    return value && isCalendarDate(value) ? value : undefined;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && to < from) [from, to] = [undefined, undefined];
  return {
    negotiation: text('negotiation'),
    from,
    to,
    bucket: text('bucket')?.toUpperCase() === 'MONTH' ? 'MONTH' : 'WEEK',
    q: text('q'),
    open: text('open'),
  };
}

/** Writes the state as a query string ("" for the defaults), in a fixed order so equal states give equal URLs. */
export function serializeState(state: OverviewState): string {
  const params = new URLSearchParams();
  if (state.negotiation) params.set('negotiation', state.negotiation);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.bucket === 'MONTH') params.set('bucket', 'MONTH');
  if (state.q) params.set('q', state.q);
  if (state.open) params.set('open', state.open);
  const query = params.toString();
  return query ? `?${query}` : '';
}
