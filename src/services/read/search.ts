import { createHash } from 'node:crypto';
import type { Context } from '../../graphql/context.js';
import type { SearchHit } from '../../graphql/mappers.js';
import { buildConnection, emptyConnection, type Connection } from '../../loaders/connection.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import { isFloat4, isInt4 } from '../../lib/sqlRanges.js';
import { ensureCursor, ensurePageSize } from './pagination.js';

export type SearchableType = 'STATEMENT' | 'POSITION' | 'SOURCE';

const SEARCHABLE: Record<SearchableType, { type: NodeTypeName; order: number }> = {
  STATEMENT: { type: 'Statement', order: 1 },
  POSITION: { type: 'Position', order: 2 },
  SOURCE: { type: 'Source', order: 3 },
};

const MAX_QUERY_LENGTH = 500;

/**
 * Full-text search over the stored tsvectors (GIN-indexed), best match
 * first: ts_rank_cd (divided by the document's length, so a
 * sentence that says it beats an article that mentions it), then type, then
 * id, so equal ranks page stably. The text
 * is parsed by websearch_to_tsquery, which accepts any input without error
 * (SQL or tsquery syntax in it is just words). One statement for the
 * matches (with the total on the first page), a second for the total on
 * later pages when it is selected.
 */
export async function search(
  ctx: Context,
  args: { query: string; types?: SearchableType[] | null; first?: number | null; after?: string | null },
): Promise<Connection<SearchHit>> {
  const first = ensurePageSize(args.first, ctx.maxPageSize);
  const text = args.query.slice(0, MAX_QUERY_LENGTH);
  // A cursor is only valid for the same search; the tag holds a digest of it.
  const tag = `search:${createHash('sha256').update(`${text}\u0000${(args.types ?? []).join(',')}`).digest('base64url').slice(0, 16)}`;
  const after = ensureCursor(tag, args.after, (k) => k.length === 3 && isFloat4(k[0]) && isInt4(k[1]) && isInt4(k[2]));
  const kinds = (args.types && args.types.length > 0 ? [...new Set(args.types)] : (Object.keys(SEARCHABLE) as SearchableType[])).map((k) => SEARCHABLE[k]);
  if (text.trim() === '') return emptyConnection();

  const params: unknown[] = [text];
  const matches = kinds
    .map(({ type, order }) => {
      const t = ctx.loaders.tables[type];
      return `SELECT ${order} AS "__order", "t"."id" AS "__id", ts_rank_cd("t"."search", "q"."q", 2) AS "__rank"
              FROM ${t.table} "t", "q" WHERE "t"."search" @@ "q"."q" AND "t"."retracted_at" IS NULL`;
    })
    .join(' UNION ALL ');
  const withQ = `WITH "q" AS (SELECT websearch_to_tsquery('english', $1) AS "q"), "m" AS (${matches})`;
  let keyset = '';
  if (after) {
    params.push(after[0], after[1], after[2]);
    keyset = `WHERE ("m"."__rank" < $2::real OR ("m"."__rank" = $2::real AND ("m"."__order", "m"."__id") > ($3::int, $4::int)))`;
  }
  params.push(first + 1);
  // Ranking reads every match anyway: on the first page the total comes with it (count over all matches) instead of a second pass.
  const hits = await ctx.sql.query<{ __order: number; __id: number; __rank: number; __total?: number }>(
    `${withQ} SELECT *${after ? '' : ', count(*) OVER ()::int AS "__total"'} FROM "m" ${keyset} ORDER BY "m"."__rank" DESC, "m"."__order", "m"."__id" LIMIT $${params.length}`,
    params,
  );
  const counted = after ? undefined : (hits[0]?.__total ?? 0);
  const typeOf = new Map(Object.values(SEARCHABLE).map((s) => [s.order, s.type]));
  const rows = await Promise.all(hits.map((h) => ctx.loaders.byId<SearchHit>(typeOf.get(h.__order)!).load(h.__id)));
  const keyed = hits.map((h, i) => ({ row: rows[i]!, hit: h }));
  let total: Promise<number> | undefined;
  const connection = buildConnection(keyed, first, tag, ({ hit }) => [hit.__rank, hit.__order, hit.__id], {
    after: after !== null,
    rankOf: ({ hit }) => hit.__rank,
    totalCount: () =>
      (total ??= counted !== undefined ? Promise.resolve(counted) : ctx.sql.query<{ n: number }>(`${withQ} SELECT count(*)::int AS "n" FROM "m"`, [text]).then((r) => r[0].n)),
  });
  return {
    ...connection,
    nodes: connection.nodes.map(({ row }) => row),
    edges: connection.edges.map((e) => ({ cursor: e.cursor, rank: e.rank, node: e.node.row })),
  };
}
