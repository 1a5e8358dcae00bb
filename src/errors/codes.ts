/**
 * Every `extensions.code` this API puts on a thrown GraphQL error. Expected
 * failures of valid mutations are data (`userErrors`), not these.
 */
export enum ErrorCode {
  /** An argument is malformed or out of range (first < 0, bad date). */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A global ID is not one this API issued. */
  INVALID_ID = 'INVALID_ID',
  /** A pagination cursor is not one this API issued for this list. */
  INVALID_CURSOR = 'INVALID_CURSOR',
  /** No or a bad token where one is needed. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The token's role may not do this. */
  FORBIDDEN = 'FORBIDDEN',
  /** The query is over a configured limit (depth, cost, aliases, size). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A batched HTTP request has more operations than allowed (or batching is off). */
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  /** The request body is over the size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** No such route or saved operation (GET /api/<OperationName>). */
  NOT_FOUND = 'NOT_FOUND',
  /** The database cannot be reached or timed out. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
