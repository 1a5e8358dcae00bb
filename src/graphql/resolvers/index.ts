/** Every resolver of schema.graphql, assembled. */
import type { Resolvers } from '../generated/types.js';
import { Query } from './Query.js';
import { scalarResolvers } from './scalars.js';
import { connectionResolvers, typeResolvers } from './types.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...typeResolvers,
  ...connectionResolvers,
  Query,
};
