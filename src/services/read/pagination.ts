import { badInput, CodedError, ErrorCode } from '../../errors/index.js';
import { decodeCursor } from '../../lib/cursor.js';
import { isInt4 } from '../../lib/sqlRanges.js';
import type { PageArgs } from '../../loaders/createLoaders.js';

/** Default page size when a client passes `first: null`. */
export const DEFAULT_PAGE_SIZE = 20;

/** Validates `first` against [0, max]; null means the default. */
export function ensurePageSize(first: number | null | undefined, max: number): number {
  const n = first ?? Math.min(DEFAULT_PAGE_SIZE, max);
  if (n < 0) throw badInput('first', `first must be between 0 and ${max}, but got ${n}.`);
  if (n > max) throw badInput('first', `first must be between 0 and ${max}, but got ${n}; page through larger lists with after.`);
  return n;
}

/** Decodes `after` for a list tagged `tag`; throws INVALID_CURSOR for anything this list did not issue. */
export function ensureCursor(tag: string, after: string | null | undefined, isValid: (key: unknown[]) => boolean): unknown[] | null {
  if (after === null || after === undefined) return null;
  const key = decodeCursor(tag, after);
  if (!key || !isValid(key)) {
    throw new CodedError(ErrorCode.INVALID_CURSOR, `after is not a cursor of this list (got ${JSON.stringify(after.slice(0, 60))}); use a cursor from this list's pageInfo or edges.`, {
      argument: 'after',
    });
  }
  return key;
}

/** Page arguments of a nested connection, whose cursors are positions within the parent's list. */
export function ensureNestedPage(tag: string, args: { first?: number | null; after?: string | null }, max: number): PageArgs {
  const first = ensurePageSize(args.first, max);
  // The offset and offset + first + 1 are compared with an int4 row number.
  const key = ensureCursor(tag, args.after, (k) => k.length === 1 && isInt4(k[0]) && k[0] > 0 && isInt4(k[0] + max + 1));
  return { first, offset: key ? (key[0] as number) : 0 };
}

/**
 * The cursor tag of every nested connection, by `Type.field` (the tags the
 * resolvers in src/graphql/resolvers/types.ts pass to ensureNestedPage);
 * `*.history` stands for the history of every editable type.
 */
export const NESTED_CONNECTION_TAGS: Readonly<Record<string, string>> = {
  'Source.citations': 'sourceCitations',
  'Organization.statements': 'organizationStatements',
  'Person.statements': 'personStatements',
  'Negotiation.rounds': 'negotiationRounds',
  'Negotiation.statements': 'negotiationStatements',
  '*.history': 'history',
};

/** The cursor tag of `type.field` when it is a nested connection; undefined otherwise. */
export function nestedConnectionTag(type: string, field: string): string | undefined {
  return NESTED_CONNECTION_TAGS[`${type}.${field}`] ?? (field === 'history' ? NESTED_CONNECTION_TAGS['*.history'] : undefined);
}
