import { encodeCursor } from '../lib/cursor.js';

export interface Edge<T> {
  cursor: string;
  node: T;
  rank?: number;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay connection as resolvers hand it to GraphQL. `totalCount` is lazy:
 * its SQL runs only when a client selects the field.
 */
export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from up to `first + 1` rows in order (the extra row
 * only says there is a next page); `keyOf` gives each row's cursor key.
 */
export function buildConnection<T>(
  rows: T[],
  first: number,
  tag: string,
  keyOf: (row: T) => unknown[],
  options: { after: boolean; totalCount: () => Promise<number>; rankOf?: (row: T) => number },
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(tag, keyOf(node)), rank: options.rankOf?.(node) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: options.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}

/** A connection with no edges and a known total. */
export function emptyConnection<T>(totalCount: () => Promise<number> = async () => 0): Connection<T> {
  return buildConnection<T>([], 0, '', () => [], { after: false, totalCount });
}
