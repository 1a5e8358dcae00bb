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
