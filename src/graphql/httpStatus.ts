import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/index.js';

/**
 * The HTTP status of a GraphQL answer that failed for a reason the client
 * can fix, by `extensions.code` (dashboard plugins such as Grafana's Infinity
 * notice failures only by status). Other codes (DATABASE_UNAVAILABLE,
 * INTERNAL_SERVER_ERROR) keep Apollo Server's status.
 */
export const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.INVALID_ID]: 400,
  [ErrorCode.INVALID_CURSOR]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.BATCH_TOO_LARGE]: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

/** The client-error status of the first error that has one, if any. */
export function clientErrorStatus(errors: readonly GraphQLFormattedError[]): number | undefined {
  for (const error of errors) {
    const status = CLIENT_ERROR_STATUS[String(error.extensions?.code)];
    if (status) return status;
  }
  return undefined;
}

/**
 * Sets the HTTP status of answers with errors: an answer with no data (the
 * operation failed as a whole) gets its first error's client-error status
 * (401 with `WWW-Authenticate: Bearer`); a partial answer, with data beside
 * field errors, stays 200 even when an error asked for another status.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (data !== null && data !== undefined) {
            response.http.status = 200;
            return;
          }
          const status = clientErrorStatus(errors);
          if (status === undefined || (response.http.status !== undefined && response.http.status !== 200)) return;
          response.http.status = status;
          if (status === 401) response.http.headers.set('www-authenticate', 'Bearer');
        },
      };
    },
  };
}
