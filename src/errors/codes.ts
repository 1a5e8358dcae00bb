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
  /** The operation type is not served: this API has queries and mutations, no subscriptions. */
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  /**
   * An automatic persisted query's `extensions.persistedQuery` is malformed:
   * its version is not 1, or its sha256Hash is not the SHA-256 of the query sent.
   */
  PERSISTED_QUERY_INVALID = 'PERSISTED_QUERY_INVALID',
  /** The request is malformed at the HTTP level (an unparsable request line or headers). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request's headers (an Authorization header, a URL) are over the size limit. */
  HEADERS_TOO_LARGE = 'HEADERS_TOO_LARGE',
  /** No such route or saved operation (GET /api/<OperationName>). */
  NOT_FOUND = 'NOT_FOUND',
  /** The database cannot be reached or timed out. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /**
   * The server is busy: every database connection stayed in use for longer
   * than DB_POOL_WAIT_MS. The database is fine; retry after the HTTP
   * response's Retry-After seconds (the status is 503).
   */
  SERVICE_OVERLOADED = 'SERVICE_OVERLOADED',
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
