import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { resolvers } from './resolvers/index.js';

/**
 * The executable schema: schema.graphql's SDL with the resolvers attached.
 * Fails at startup if a resolver names a field the SDL does not have.
 */
export function makeExecutableSchemaFromSdl(typeDefs: string): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: resolvers as never,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
  completeListItemsAsynchronously(schema);
  return schema;
}

/**
 * Makes every list of objects hand its items to graphql-js as promises.
 *
 * Why: graphql-js 16's `completeListValue` completes the items of a list one
 * after another and stops at the first item whose completion throws
 * synchronously (a resolver that refuses its arguments, a non-null field
 * that is null); the promises of the items before it, still pending on
 * DataLoaders, are then never observed, and when one of them rejects later
 * (with the same error, once its other fields resolve) Node ends the process
 * on the unhandled rejection. graphql-js fixed this in version 17 only
 * (graphql/graphql-js#4643). An item that is a promise is completed inside
 * `then`, so whatever its completion throws becomes a rejection graphql-js
 * observes through its `Promise.all` over the list, and every item is
 * awaited whatever its siblings do.
 *
 * Lists of plain values are left as they are: an item whose fields are all
 * scalars read from it (no resolver) completes synchronously and leaves no
 * promise behind, so there is nothing to orphan, and a dashboard's 20,000
 * points are not made 20,000 promises.
 */
export function completeListItemsAsynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const listType = getNullableType(field.type);
      if (!isListType(listType)) continue;
      const itemType = getNullableType(listType.ofType);
      if (!isCompositeType(itemType) || isPlainValue(itemType)) continue;
      field.resolve = itemsAsPromises(field.resolve ?? defaultFieldResolver);
    }
  }
}

/** True for an object type whose every field is a scalar or enum (or a list of them) read from the object by graphql-js. */
function isPlainValue(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && Object.values(type.getFields()).every((field) => !field.resolve && isLeafType(getNamedType(field.type)));
}

function itemsAsPromises(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const wrap = (list: unknown) => (Array.isArray(list) ? list.map((item) => Promise.resolve(item)) : list);
  return (source, args, context, info) => {
    const result = resolve(source, args, context, info);
    return result instanceof Promise ? result.then(wrap) : wrap(result);
  };
}
