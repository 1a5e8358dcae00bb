/**
 * The overview's only way to the data: the public GraphQL API, one named
 * operation at a time, each written in contract/*.graphql or
 * src/overview/operations.graphql and embedded by scripts/build-overview.mjs.
 */

/** One error as the API reports it. */
export interface ApiErrorEntry {
  message: string;
  code?: string;
}

/** The API answered with errors (or not at all); `errors` holds what it said, to show as it said it. */
export class ApiError extends Error {
  readonly errors: ApiErrorEntry[];
  constructor(errors: ApiErrorEntry[]) {
    super(errors.map((e) => (e.code ? `${e.message} (${e.code})` : e.message)).join('\n'));
    this.name = 'ApiError';
    this.errors = errors;
  }
}

/** Runs the named operation with `variables`; resolves with its data, or rejects with an ApiError. */
export type RunOperation = <T = any>(name: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

/**
 * Returns a function that POSTs `operations[name]` as JSON to `endpoint`.
 * Any error in the answer (even beside partial data), an HTTP error or a
 * reply that is not JSON rejects with an ApiError carrying the API's own
 * messages and codes; an unknown operation name is a programming error and
 * throws at once. An aborted request rejects with the AbortError.
 */
export function createApi(
  endpoint: string,
  operations: Readonly<Record<string, string>>,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): RunOperation {
  return async (name, variables = {}, signal) => {
    const query = operations[name];
    if (query === undefined) throw new Error(`expected an operation named ${name} in the overview's bundle, but there is none`);
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ query, operationName: name, variables }),
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError([{ message: `The API at ${endpoint} could not be reached: ${(error as Error).message}` }]);
    }
    const text = await response.text();
    let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError([{ message: `expected a JSON answer from ${endpoint}, but got HTTP ${response.status}: ${text.slice(0, 200)}` }]);
    }
    if (body.errors?.length) {
      throw new ApiError(body.errors.map((e) => ({ message: e.message ?? 'Unknown error', code: e.extensions?.code })));
    }
    if (!response.ok || body.data == null) {
      throw new ApiError([{ message: `expected data from ${endpoint}, but got HTTP ${response.status} without any` }]);
    }
    return body.data as any;
  };
}

/** A runner that can also start an operation before anyone asks for it. */
export interface PrefetchingApi {
  run: RunOperation;
  /**
   * Starts `name` with `variables` now; the first `run` of the same operation and variables (as JSON) within
   * {@link PREFETCH_KEEP_MS} takes this answer instead of asking again.
   */
  prefetch<T = any>(name: string, variables?: Record<string, unknown>): Promise<T>;
  /** Keeps `data` as the early answer of `name` with `variables` (one the server embedded in the page): `prefetch` and `run` take it as if asked. */
  prime(name: string, variables: Record<string, unknown>, data: unknown): void;
  /** Takes the answer of `name` with `variables` at once if it is here (primed, or prefetched and arrived): a component can then draw its first render with it. */
  take(name: string, variables: Record<string, unknown>): { data: unknown } | undefined;
}

/** How long an early answer waits to be taken; after that, a `run` asks again (the data may have changed). */
export const PREFETCH_KEEP_MS = 30_000;

/**
 * Wraps `run` so that answers can be asked for early (while the rest of the
 * page loads) and handed to whoever asks for them first. An early answer is
 * used once; a `run` whose signal aborts rejects with the AbortError at once,
 * as a request of its own would.
 */
export function withPrefetch(run: RunOperation): PrefetchingApi {
  // `primed` holds the data itself once it is known (embedded, or arrived), not only a promise of it.
  const early = new Map<string, { answer: Promise<unknown>; asked: number; primed?: { data: unknown } }>();
  const keyOf = (name: string, variables: Record<string, unknown>) => `${name} ${JSON.stringify(variables)}`;
  return {
    prime(name, variables, data) {
      early.set(keyOf(name, variables), { answer: Promise.resolve(data), asked: Date.now(), primed: { data } });
    },
    take(name, variables) {
      const key = keyOf(name, variables);
      const entry = early.get(key);
      if (!entry?.primed || Date.now() - entry.asked > PREFETCH_KEEP_MS) return undefined;
      early.delete(key);
      return entry.primed;
    },
    prefetch(name, variables = {}) {
      const key = keyOf(name, variables);
      const known = early.get(key);
      if (known && Date.now() - known.asked <= PREFETCH_KEEP_MS) return known.answer as Promise<any>;
      const answer = run(name, variables);
      const entry: { answer: Promise<unknown>; asked: number; primed?: { data: unknown } } = { answer, asked: Date.now() };
      // Once it has arrived, a component can take it at once (`take`), as an embedded one.
      // Nobody may ever take it (the page moved on): its failure is then nobody's to report.
      answer.then((data) => (entry.primed = { data }), () => undefined);
      early.set(key, entry);
      return answer;
    },
    run: <T>(name: string, variables: Record<string, unknown> = {}, signal?: AbortSignal) => {
      const key = keyOf(name, variables);
      const entry = early.get(key);
      early.delete(key);
      if (!entry || Date.now() - entry.asked > PREFETCH_KEEP_MS) return run<T>(name, variables, signal);
      const answer = entry.answer as Promise<T>;
      if (!signal) return answer;
      return new Promise<T>((resolve, reject) => {
        const abort = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError'));
        if (signal.aborted) return abort();
        signal.addEventListener('abort', abort, { once: true });
        answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
      });
    },
  };
}
