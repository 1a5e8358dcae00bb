/**
 * The first thing the overview page runs (its own small script, before the
 * app's bundle has loaded and compiled): reads the config embedded in
 * index.html, takes the answers the server embedded beside it, and asks the
 * API for everything else the first view needs, each
 * request as soon as what it depends on is known: the negotiation (after
 * OverviewStart when the URL names none), the panels that need only its ID,
 * then those that need its dates or agreement. The app (main.tsx) runs on
 * the same `api`, and its panels take these answers instead of asking again.
 */
import { createApi, withPrefetch } from './api.js';
import { defaultNegotiation, requestsById, requestsByNegotiation, variables, type NegotiationData, type StartData } from '../common/requests.js';
import { parseState } from '../common/urlState.js';

export interface OverviewConfig {
  endpoint: string;
  ide: string;
  operations: Record<string, string>;
}

export const config = JSON.parse(document.getElementById('overview-config')!.textContent!) as OverviewConfig;
export const api = withPrefetch(createApi(config.endpoint, config.operations));

/** Answers the server embedded in the page (src/overview/firstAnswers.ts): OverviewStart and OverviewNegotiation, when it could. */
const embedded = document.getElementById('overview-answers')?.textContent;
for (const { operationName, variables, data } of embedded ? (JSON.parse(embedded) as { operationName: string; variables: Record<string, unknown>; data: unknown }[]) : []) {
  api.prime(operationName, variables, data);
}

const state = parseState(window.location.search);
const range = { from: state.from, to: state.to };

/** Asks for the first view of negotiation `id`, as the panels will. */
function prefetchFirstView(id: string): void {
  api.prefetch<NegotiationData>('OverviewNegotiation', variables.negotiation(id)).then((data) => {
    for (const r of requestsByNegotiation(id, range, state.bucket, data)) api.prefetch(r.operationName, r.variables);
  }, () => undefined);
  for (const r of requestsById(id, range)) api.prefetch(r.operationName, r.variables);
}

if (state.negotiation) prefetchFirstView(state.negotiation);
else {
  api.prefetch<StartData>('OverviewStart', {}).then((start) => {
    const id = defaultNegotiation(start);
    if (id) prefetchFirstView(id);
  }, () => undefined);
}
