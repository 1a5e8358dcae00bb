/** What GraphiQL hands a fetcher: the request, and the headers from its headers editor. */
export interface FetcherOptions {
  headers?: Record<string, unknown>;
}

/** The JSON body of a GraphQL response, as GraphiQL shows it. */
export type GraphQLResponseBody = Record<string, unknown>;

/**
 * Returns a GraphiQL fetcher that POSTs each request as JSON to `endpoint`
 * (Apollo's CSRF prevention accepts JSON POSTs) with the user's headers; a
 * reply that is not JSON (a proxy's error page, say) comes back as a
 * GraphQL-shaped error naming the HTTP status and the start of the body.
 */
export function createJsonFetcher(
  endpoint: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): (params: unknown, options?: FetcherOptions) => Promise<GraphQLResponseBody> {
  return async (params, options) => {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        ...stringValues(options?.headers),
        'content-type': 'application/json',
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLResponseBody;
    } catch {
      return { errors: [{ message: `expected a JSON response, but got HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
  };
}

/** Headers typed into the editor may hold numbers or booleans; fetch wants strings. */
function stringValues(headers: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}
