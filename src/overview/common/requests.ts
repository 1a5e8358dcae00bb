/**
 * The variables of the operations the page runs, made in one place: the
 * panels ask with them, and boot.ts asks for the first view with them before
 * the app has rendered, so that its early answers are taken (an answer is
 * matched to a request by operation name and variables as JSON).
 */
import { alignToBuckets, dayAfter } from './dates.js';
import type { Bucket } from './urlState.js';

/** A window for the dashboards operations: calendar days, `from` included, `to` excluded. */
export interface Window {
  from: string;
  to: string;
}

/** A range picked in the URL: calendar days, both included; either may be missing. */
export interface Range {
  from?: string;
  to?: string;
}

/** What OverviewStart answers. */
export interface StartData {
  rounds: { nodes: { negotiation: { id: string } }[] };
  negotiations: { totalCount: number; nodes: { id: string }[] };
}

/** The negotiation the page opens with when the URL names none: the one with the latest round, else the first by title. */
export function defaultNegotiation(start: StartData): string | undefined {
  return start.rounds.nodes[0]?.negotiation.id ?? start.negotiations.nodes[0]?.id;
}

/** What OverviewNegotiation answers. */
export interface NegotiationData {
  negotiation:
    | (({ __typename: string; id: string } & {
        title: string;
        status: string;
        parties: { id: string; name: string }[];
        agreement: { id: string; name: string; shortName: string | null } | null;
        rounds: { totalCount: number };
        statements: { totalCount: number };
      }) | null);
  firstRound: { nodes: { startDate: string }[] };
  lastRound: { nodes: { startDate: string; endDate: string | null }[] };
  firstStatement: { nodes: { statedOn: { start: string } }[] };
  lastStatement: { nodes: { statedOn: { end: string } }[] };
}

/** The days from the first dated round or statement to the last, or null when nothing is dated. */
export function extentOf(data: NegotiationData): Window | null {
  const firsts = [data.firstRound.nodes[0]?.startDate, data.firstStatement.nodes[0]?.statedOn.start].filter(Boolean) as string[];
  const lasts = [
    data.lastRound.nodes[0] ? (data.lastRound.nodes[0].endDate ?? data.lastRound.nodes[0].startDate) : undefined,
    data.lastStatement.nodes[0]?.statedOn.end,
  ].filter(Boolean) as string[];
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { from: firsts.sort()[0], to: dayAfter(lasts.sort()[lasts.length - 1]) };
}

/** The days the charts show: the range picked, its open ends filled from the negotiation's extent; null when nothing is dated. */
export function windowOf(data: NegotiationData, range: Range): Window | null {
  const extent = extentOf(data);
  if (!range.from && !range.to) return extent;
  return { from: range.from ?? extent?.from ?? range.to!, to: range.to ? dayAfter(range.to) : (extent?.to ?? dayAfter(range.from!)) };
}

/** Statements shown per page. */
export const STATEMENTS_PAGE_SIZE = 10;

export const variables = {
  negotiation: (id: string) => ({ id }),
  timeline: (negotiationId: string, window: Window) => ({ from: window.from, to: window.to, timeZone: 'UTC', negotiationId }),
  rounds: (negotiationId: string, range: Range) => ({ negotiationId, ...range }),
  undatedStatements: (negotiationId: string, after: string | null) => ({ negotiationId, after }),
  /** `window` is widened to whole buckets. */
  activity: (negotiationId: string, window: Window, bucket: Bucket) => {
    const aligned = alignToBuckets(window, bucket);
    return { from: aligned.from, to: aligned.to, bucket, timeZone: 'UTC', negotiationId };
  },
  positions: (negotiationId: string) => ({ negotiationId }),
  figures: (negotiationId: string, agreementId: string | null, range: Range) => ({ negotiationId, agreementId, withAgreement: agreementId !== null, ...range }),
  statements: (negotiationId: string, range: Range, after: string | null) => ({ negotiationId, ...range, first: STATEMENTS_PAGE_SIZE, after }),
};

/** One request the page makes: an operation of its config, with the variables it sends. */
export interface PageRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** The first view's requests that need only the negotiation's ID (and the URL's range), as its panels make them. */
export function requestsById(id: string, range: Range): PageRequest[] {
  return [
    { operationName: 'OverviewRounds', variables: variables.rounds(id, range) },
    { operationName: 'OverviewUndatedStatements', variables: variables.undatedStatements(id, null) },
    { operationName: 'PositionMatrix', variables: variables.positions(id) },
    { operationName: 'OverviewStatements', variables: variables.statements(id, range, null) },
  ];
}

/**
 * The first view's requests that need what OverviewNegotiation answered (its
 * dates, its agreement), as its panels make them; none when the ID is not a
 * negotiation's (the page then says so, and no panel asks).
 */
export function requestsByNegotiation(id: string, range: Range, bucket: Bucket, data: NegotiationData): PageRequest[] {
  if (data.negotiation?.__typename !== 'Negotiation') return [];
  const window = windowOf(data, range);
  return [
    ...(window
      ? [
          { operationName: 'Timeline', variables: variables.timeline(id, window) },
          { operationName: 'Activity', variables: variables.activity(id, window, bucket) },
        ]
      : []),
    { operationName: 'OverviewFigures', variables: variables.figures(id, data.negotiation.agreement?.id ?? null, range) },
  ];
}
