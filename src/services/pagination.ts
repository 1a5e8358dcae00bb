import { badInput, CodedError, ErrorCode } from '../errors/index.js';
import { decodeCursor } from '../lib/cursor.js';
import type { PageArgs } from '../loaders/createLoaders.js';

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
  const key = ensureCursor(tag, args.after, (k) => k.length === 1 && Number.isSafeInteger(k[0]) && (k[0] as number) > 0);
  return { first, offset: key ? (key[0] as number) : 0 };
}
