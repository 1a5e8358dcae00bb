/** Coded GraphQL errors: the only errors resolvers throw on purpose. */
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';

export { ErrorCode } from './codes.js';

/** A GraphQLError whose `extensions.code` is one of ErrorCode. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** SERVICE_OVERLOADED, answered with HTTP 503 and Retry-After (Apollo applies `extensions.http`). */
export function serviceOverloaded(retryAfterSeconds = 1): CodedError {
  return new CodedError(ErrorCode.SERVICE_OVERLOADED, `The server is busy; try again in ${retryAfterSeconds} s.`, {
    http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });
}

/** A malformed or out-of-range argument; `argument` names it. */
export function badInput(argument: string, message: string): CodedError {
  return new CodedError(ErrorCode.BAD_USER_INPUT, message, { argument });
}
