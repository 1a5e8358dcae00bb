import { CodedError, ErrorCode } from '../../errors/index.js';
import { fromGlobalId } from '../../lib/globalId.js';
import { isNodeTypeName, type NodeTypeName } from '../../loaders/tables.js';

/**
 * The database id behind a global ID of one of `types`; throws INVALID_ID
 * naming `argument` when it is malformed or of another type.
 */
export function ensureId(globalId: string, types: NodeTypeName[], argument: string): number {
  return ensureTypedId(globalId, types, argument).id;
}

/** Like `ensureId`, also telling which of `types` the ID is of. */
export function ensureTypedId(globalId: string, types: NodeTypeName[], argument: string): { type: NodeTypeName; id: number } {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !types.includes(decoded.type as NodeTypeName)) {
    throw new CodedError(ErrorCode.INVALID_ID, `${argument} must be the ID of a ${types.join(' or ')}, but got ${JSON.stringify(String(globalId).slice(0, 60))}.`, {
      argument,
    });
  }
  return { type: decoded.type as NodeTypeName, id: decoded.id };
}

/** Type and id of any global ID this API issued; throws INVALID_ID otherwise. */
export function ensureNodeId(globalId: string, argument = 'id'): { type: NodeTypeName; id: number } {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !isNodeTypeName(decoded.type)) {
    throw new CodedError(ErrorCode.INVALID_ID, `${argument} is not an ID this API issued (got ${JSON.stringify(String(globalId).slice(0, 60))}).`, { argument });
  }
  return { type: decoded.type, id: decoded.id };
}
