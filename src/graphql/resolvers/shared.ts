import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { toGlobalId } from '../../lib/globalId.js';
import type { Row } from '../../loaders/tables.js';

/** `id` of any node row: its opaque global ID. */
export const globalIdOf = (row: Row<{ id: number }>) => toGlobalId(row.__typename, row.id);

/** Resolves `citations` of a fact through the loader for its citation column. */
export function citationsBy(column: string) {
  return (row: { id: number }, _args: unknown, ctx: Context) => ctx.loaders.citationsOf(column).load(row.id);
}

type TypeName = Parameters<Context['loaders']['byId']>[0];

/**
 * Whether the query asks the object for nothing but `id` and `__typename`
 * (e.g. `negotiation { id }`): then the row a foreign key points at need not
 * be read, the key says it all.
 */
function asksOnlyForId(info: GraphQLResolveInfo | undefined): boolean {
  return (
    info !== undefined &&
    info.fieldNodes.every((node) =>
      node.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length && (s.name.value === 'id' || s.name.value === '__typename')),
    )
  );
}

/**
 * Loads a row by a nullable foreign key; null stays null without a query.
 * When only its id is asked for, the key is answered without a query (the
 * foreign key guarantees the row exists).
 */
export function loadOptional<T>(ctx: Context, type: TypeName, id: number | null | undefined, info?: GraphQLResolveInfo) {
  if (id === null || id === undefined) return null;
  if (asksOnlyForId(info)) return { __typename: type, id } as unknown as Row<T>;
  return ctx.loaders.byId<T>(type).load(id);
}

/** Loads a row a NOT NULL foreign key points at (the database guarantees it exists); like loadOptional when only its id is asked for. */
export async function loadRequired<T>(ctx: Context, type: TypeName, id: number, info?: GraphQLResolveInfo) {
  if (asksOnlyForId(info)) return { __typename: type, id } as unknown as Row<T>;
  const row = await ctx.loaders.byId<T>(type).load(id);
  if (!row) throw new Error(`${type} ${id} is missing although a foreign key points at it`);
  return row;
}

/** `__resolveType` for interfaces and unions: rows carry their GraphQL type name. */
export const resolveTypeOfRow = (row: { __typename: string }) => row.__typename;
