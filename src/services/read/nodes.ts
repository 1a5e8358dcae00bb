import type { Context } from '../../graphql/context.js';
import { badInput } from '../../errors/index.js';
import { fromGlobalId } from '../../lib/globalId.js';
import type { NodeRow } from '../../graphql/mappers.js';
import { isNodeTypeName } from '../../loaders/tables.js';
import { ensureNodeId } from './ids.js';

const MAX_NODES = 100;

/**
 * The object behind a global ID, retracted or not; null when it does not
 * exist. A string that is not a global ID of this API is an INVALID_ID error.
 */
export async function loadNode(ctx: Context, globalId: string): Promise<NodeRow | null> {
  const { type, id } = ensureNodeId(globalId);
  return ctx.loaders.byId<NodeRow>(type).load(id);
}

/** Objects for many global IDs in order; null for each that is malformed or missing. */
export async function loadNodes(ctx: Context, globalIds: readonly string[]): Promise<(NodeRow | null)[]> {
  if (globalIds.length > MAX_NODES) throw badInput('ids', `ids takes at most ${MAX_NODES} IDs, but got ${globalIds.length}.`);
  return Promise.all(
    globalIds.map((g) => {
      const decoded = fromGlobalId(g);
      return decoded && isNodeTypeName(decoded.type) ? ctx.loaders.byId<NodeRow>(decoded.type).load(decoded.id) : null;
    }),
  );
}
