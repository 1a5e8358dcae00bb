import type { MutationResolvers } from '../generated/types.js';
import { toGlobalId } from '../../lib/globalId.js';
import { addCitation, createFact, retractFact, updateCitation, updateFact, type EditableType, type MutationResult } from '../../services/editing/index.js';
import type { Context } from '../context.js';

type Payload = Record<string, unknown>;

/** A payload: the written object under `key` (null on user errors) and the user errors. */
function payloadOf(key: string, result: MutationResult<unknown>): Payload {
  return { [key]: result.node, userErrors: result.userErrors };
}

function create(type: EditableType, key: string) {
  return async (_root: unknown, { input }: { input: Payload }, ctx: Context) => payloadOf(key, await createFact(ctx, type, input)) as never;
}

function update(type: EditableType, key: string) {
  return async (_root: unknown, { input }: { input: Payload & { id: string; version: number } }, ctx: Context) =>
    payloadOf(key, await updateFact(ctx, type, input)) as never;
}

/** Root mutation fields: translate arguments and delegate to the editing service. */
export const Mutation: MutationResolvers = {
  addSource: create('Source', 'source'),
  updateSource: update('Source', 'source'),
  addOrganization: create('Organization', 'organization'),
  updateOrganization: update('Organization', 'organization'),
  addPerson: create('Person', 'person'),
  updatePerson: update('Person', 'person'),
  addAffiliation: create('Affiliation', 'affiliation'),
  updateAffiliation: update('Affiliation', 'affiliation'),
  addAgreement: create('Agreement', 'agreement'),
  updateAgreement: update('Agreement', 'agreement'),
  addNegotiation: create('Negotiation', 'negotiation'),
  updateNegotiation: update('Negotiation', 'negotiation'),
  addRound: create('Round', 'round'),
  updateRound: update('Round', 'round'),
  addDelegation: create('Delegation', 'delegation'),
  updateDelegation: update('Delegation', 'delegation'),
  addDelegationMember: create('DelegationMember', 'delegationMember'),
  updateDelegationMember: update('DelegationMember', 'delegationMember'),
  addRoundParticipant: create('RoundParticipant', 'roundParticipant'),
  updateRoundParticipant: update('RoundParticipant', 'roundParticipant'),
  recordStatement: create('Statement', 'statement'),
  updateStatement: update('Statement', 'statement'),
  addIssue: create('Issue', 'issue'),
  updateIssue: update('Issue', 'issue'),
  recordPosition: create('Position', 'position'),
  updatePosition: update('Position', 'position'),
  addFigure: create('Figure', 'figure'),
  updateFigure: update('Figure', 'figure'),
  addCitation: async (_root, { input }, ctx) => payloadOf('citation', await addCitation(ctx, input)) as never,
  updateCitation: async (_root, { input }, ctx) => payloadOf('citation', await updateCitation(ctx, input)) as never,
  retract: async (_root, { input }, ctx) => {
    const { node, userErrors } = await retractFact(ctx, input);
    return { retractedId: node ? toGlobalId(node.__typename, node.id) : null, retracted: node as never, userErrors };
  },
};
