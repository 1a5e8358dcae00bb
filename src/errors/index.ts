/** Coded GraphQL errors: the only errors resolvers throw on purpose. */
import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';

export { ErrorCode } from './codes.js';

/** A GraphQLError whose `extensions.code` is one of ErrorCode. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** A malformed or out-of-range argument; `argument` names it. */
export function badInput(argument: string, message: string): CodedError {
  return new CodedError(ErrorCode.BAD_USER_INPUT, message, { argument });
}
