import type { AddressInfo } from 'node:net';
import { FIRST_ANSWERS_ELEMENT } from './serveOverview.js';
import { requestsById, requestsByNegotiation, type NegotiationData, type PageRequest } from './common/requests.js';
import { parseState } from './common/urlState.js';

/** What a warm-up did: how long the visit took and how many requests it made, or why it could not be made. */
export type WarmUpResult = { ms: number; requests: number } | { error: string };

/**
 * Visits the overview page of the server listening at `address` once, over
 * loopback, as a browser's first visit does: GET / (whose first answers run
 * through the GraphQL API in-process, see firstAnswers.ts), then the panels'
 * requests to the page's endpoint, made with the page's own operations and
 * the same functions as the page (common/requests.ts). Run right after
 * start-up, it opens pooled connections and compiles the code paths of the
 * first view, so that the first person to open the page does not wait for
 * them. Never rejects: a failure (the server stopping meanwhile, say) is
 * returned, not thrown.
 */
export async function warmUp(address: AddressInfo | string | null, timeoutMs = 10_000): Promise<WarmUpResult> {
  if (address === null || typeof address === 'string') return { error: 'the server does not listen on a TCP port' };
  const host = address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  const origin = `http://${host}:${address.port}`;
  const signal = AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  try {
    const page = await fetch(`${origin}/`, { headers: { accept: 'text/html' }, signal });
    const html = await page.text();
    if (!page.ok) return { error: `GET / answered HTTP ${page.status}` };
    const config = scriptJson<{ endpoint: string; operations: Record<string, string> }>(html, 'overview-config');
    const answers = scriptJson<{ operationName: string; variables: Record<string, unknown>; data: unknown }[]>(html, FIRST_ANSWERS_ELEMENT) ?? [];
    const negotiation = answers.find((a) => a.operationName === 'OverviewNegotiation');
    if (!config || !negotiation) return { ms: Math.round(performance.now() - started), requests: 1 };
    const id = String(negotiation.variables.id);
    const { from, to, bucket } = parseState('');
    const requests: PageRequest[] = [...requestsById(id, { from, to }), ...requestsByNegotiation(id, { from, to }, bucket, negotiation.data as NegotiationData)];
    await Promise.all(
      requests.map(async ({ operationName, variables }) => {
        const response = await fetch(new URL(config.endpoint, origin), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: config.operations[operationName], operationName, variables }),
          signal,
        });
        await response.arrayBuffer();
      }),
    );
    return { ms: Math.round(performance.now() - started), requests: 1 + requests.length };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The JSON in the page's `<script id="…" type="application/json">`, or undefined when it is not there or not JSON. */
function scriptJson<T>(html: string, id: string): T | undefined {
  const text = new RegExp(`<script id="${id}" type="application/json">([^<]*)</script>`).exec(html)?.[1];
  try {
    return text === undefined ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}
