/**
 * Expected failures of a valid mutation: data in the payload, never thrown.
 * A payload with any of them means nothing was written.
 */

/** The codes of schema.graphql's UserErrorCode. */
export const USER_ERROR_CODES = ['INVALID', 'NOT_FOUND', 'DUPLICATE', 'CONFLICT', 'EXCERPT_NOT_IN_SOURCE'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A path into the mutation's arguments: field names and list indexes, e.g. ["input", "citations", 0, "excerpt"]. */
export type InputPath = (string | number)[];

export interface UserError {
  field: InputPath;
  message: string;
  code: UserErrorCode;
}

/** What every mutation service returns: the written object (null when there are user errors) and the errors. */
export interface MutationResult<T> {
  node: T | null;
  userErrors: UserError[];
}
