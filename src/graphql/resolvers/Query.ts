import type { QueryResolvers } from '../generated/types.js';
import type { Context } from '../context.js';
import { ensureReadAllowed } from '../../services/auth/authorize.js';
import { listPage } from '../../services/read/lists.js';
import { loadNode, loadNodes } from '../../services/read/nodes.js';
import { search } from '../../services/read/search.js';
import { dashboardQueryFields } from './dashboards.js';

/** Root fields: translate arguments and delegate to services. */
const fields: QueryResolvers = {
  node: (_root, { id }, ctx) => loadNode(ctx, id),
  nodes: (_root, { ids }, ctx) => loadNodes(ctx, ids),
  sources: (_root, args, ctx) => listPage(ctx, 'sources', args),
  organizations: (_root, args, ctx) => listPage(ctx, 'organizations', args),
  people: (_root, args, ctx) => listPage(ctx, 'people', args),
  agreements: (_root, args, ctx) => listPage(ctx, 'agreements', args),
  negotiations: (_root, args, ctx) => listPage(ctx, 'negotiations', args),
  rounds: (_root, args, ctx) => listPage(ctx, 'rounds', args),
  statements: (_root, args, ctx) => listPage(ctx, 'statements', args),
  issues: (_root, args, ctx) => listPage(ctx, 'issues', args),
  positions: (_root, args, ctx) => listPage(ctx, 'positions', args),
  figures: (_root, args, ctx) => listPage(ctx, 'figures', args),
  search: (_root, args, ctx) => search(ctx, args),
  ...dashboardQueryFields,
};

type Resolve = (root: unknown, args: any, ctx: Context, info: unknown) => unknown;

/** Lets a read through first (with READS_REQUIRE_TOKEN, only for a valid token), then resolves. */
function readGuarded(resolve: Resolve): Resolve {
  return async (root, args, ctx, info) => {
    await ensureReadAllowed(ctx.auth);
    return resolve(root, args, ctx, info);
  };
}

export const Query = Object.fromEntries(Object.entries(fields).map(([name, resolve]) => [name, readGuarded(resolve as Resolve)])) as QueryResolvers;
