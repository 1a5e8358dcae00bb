import { makeExecutableSchema } from '@graphql-tools/schema';
import { defaultFieldResolver, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
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
 */
export function completeListItemsAsynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const listType = getNullableType(field.type);
      if (!isListType(listType) || !isCompositeType(getNullableType(listType.ofType))) continue;
      field.resolve = itemsAsPromises(field.resolve ?? defaultFieldResolver);
    }
  }
}

function itemsAsPromises(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const wrap = (list: unknown) => (Array.isArray(list) ? list.map((item) => Promise.resolve(item)) : list);
  return (source, args, context, info) => {
    const result = resolve(source, args, context, info);
    return result instanceof Promise ? result.then(wrap) : wrap(result);
  };
}
