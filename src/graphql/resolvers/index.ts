/** Every resolver of schema.graphql, assembled. */
import type { Resolvers } from '../generated/types.js';
import { dashboardTypeResolvers } from './dashboards.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { scalarResolvers } from './scalars.js';
import { connectionResolvers, editableResolvers, typeResolvers } from './types.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...typeResolvers,
  ...editableResolvers,
  ...connectionResolvers,
  ...dashboardTypeResolvers,
  Query,
  Mutation,
};
