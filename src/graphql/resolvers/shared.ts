import type { Context } from '../context.js';
import { toGlobalId } from '../../lib/globalId.js';
import type { Row } from '../../loaders/tables.js';

/** `id` of any node row: its opaque global ID. */
export const globalIdOf = (row: Row<{ id: number }>) => toGlobalId(row.__typename, row.id);

/** Resolves `citations` of a fact through the loader for its citation column. */
export function citationsBy(column: string) {
  return (row: { id: number }, _args: unknown, ctx: Context) => ctx.loaders.citationsOf(column).load(row.id);
}

/** Loads a row by a nullable foreign key; null stays null without a query. */
export function loadOptional<T>(ctx: Context, type: Parameters<Context['loaders']['byId']>[0], id: number | null | undefined) {
  return id === null || id === undefined ? null : ctx.loaders.byId<T>(type).load(id);
}

/** Loads a row a NOT NULL foreign key points at (the database guarantees it exists). */
export async function loadRequired<T>(ctx: Context, type: Parameters<Context['loaders']['byId']>[0], id: number) {
  const row = await ctx.loaders.byId<T>(type).load(id);
  if (!row) throw new Error(`${type} ${id} is missing although a foreign key points at it`);
  return row;
}

/** `__resolveType` for interfaces and unions: rows carry their GraphQL type name. */
export const resolveTypeOfRow = (row: { __typename: string }) => row.__typename;
