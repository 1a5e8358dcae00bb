import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

/**
 * The executable schema: schema.graphql's SDL with the resolvers attached.
 * Fails at startup if a resolver names a field the SDL does not have.
 */
export function makeExecutableSchemaFromSdl(typeDefs: string): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: resolvers as never,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
