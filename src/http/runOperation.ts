import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../graphql/context.js';

/** What {@link runOperation} answers: the HTTP status Apollo chose and the parsed body. */
export interface OperationAnswer {
  status: number;
  result: { data?: unknown; errors?: GraphQLFormattedError[] };
}

/**
 * Runs one operation in-process through Apollo's whole HTTP pipeline (limits,
 * plugins, status), as a POST of JSON with `req`'s Authorization header, in a
 * context made for `req`: the same answer the browser or dashboard would get
 * from POST /graphql, without the network.
 */
export async function runOperation(
  apollo: ApolloServer<Context>,
  contextFor: (req: IncomingMessage) => Promise<Context>,
  req: IncomingMessage,
  operation: { query: string; operationName: string; variables: Record<string, unknown> },
): Promise<OperationAnswer> {
  const headers = new HeaderMap([['content-type', 'application/json']]);
  if (req.headers.authorization) headers.set('authorization', req.headers.authorization);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: operation },
    context: () => contextFor(req),
  });
  const text = response.body.kind === 'complete' ? response.body.string : '';
  return { status: response.status ?? 200, result: text ? JSON.parse(text) : {} };
}
