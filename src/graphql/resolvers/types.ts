import type { Resolvers } from '../generated/types.js';
import type * as M from '../mappers.js';
import { toDateSpan } from '../../lib/dateSpan.js';
import { ensureNestedPage } from '../../services/read/pagination.js';
import { citationsBy, globalIdOf, loadOptional, loadRequired, resolveTypeOfRow } from './shared.js';
import { CITATION_SUBJECT_COLUMNS } from '../../entities/Citation.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import type { Context } from '../context.js';

/** Field resolvers of the object types: each loads through the request's DataLoaders. */
export const typeResolvers: Resolvers = {
  Node: { __resolveType: resolveTypeOfRow as never },
  Actor: { __resolveType: resolveTypeOfRow as never },
  Cited: { __resolveType: resolveTypeOfRow as never },
  SearchResult: { __resolveType: resolveTypeOfRow as never },
  Editable: { __resolveType: resolveTypeOfRow as never },

  Source: {
    id: globalIdOf,
    // Loader rows leave the full text out (see loaders/tables.ts); rows written by a mutation have it.
    text: (s, _a, ctx) => s.text ?? ctx.loaders.sourceText.load(s.id),
    citations: (s, args, ctx) => ctx.loaders.paged<M.CitationRow>('sourceCitations').load({ parentId: s.id, page: ensureNestedPage('sourceCitations', args, ctx.maxPageSize) }),
  },

  Citation: {
    id: globalIdOf,
    start: (c) => c.startOffset,
    end: (c) => c.endOffset,
    source: (c, _a, ctx, info) => loadRequired(ctx, 'Source', c.sourceId, info),
    subject: (c, _a, ctx) => {
      const column = CITATION_SUBJECT_COLUMNS.find((k) => c[k] !== null && c[k] !== undefined)!;
      const type = (column.charAt(0).toUpperCase() + column.slice(1, -2)) as NodeTypeName;
      return loadOptional(ctx, type, c[column]) as never;
    },
  },

  Organization: {
    id: globalIdOf,
    parent: (o, _a, ctx, info) => loadOptional(ctx, 'Organization', o.parentId, info),
    children: (o, _a, ctx) => ctx.loaders.list('organizationChildren').load(o.id),
    members: (o, _a, ctx) => ctx.loaders.list('organizationAffiliations').load(o.id),
    statements: (o, args, ctx) =>
      ctx.loaders.paged('organizationStatements').load({ parentId: o.id, page: ensureNestedPage('organizationStatements', args, ctx.maxPageSize) }),
    citations: citationsBy('organization_id'),
  },

  Person: {
    id: globalIdOf,
    affiliations: (p, _a, ctx) => ctx.loaders.list('personAffiliations').load(p.id),
    delegations: (p, _a, ctx) => ctx.loaders.list('personDelegations').load(p.id),
    statements: (p, args, ctx) =>
      ctx.loaders.paged('personStatements').load({ parentId: p.id, page: ensureNestedPage('personStatements', args, ctx.maxPageSize) }),
    citations: citationsBy('person_id'),
  },

  Affiliation: {
    id: globalIdOf,
    person: (a, _x, ctx, info) => loadRequired(ctx, 'Person', a.personId, info),
    organization: (a, _x, ctx, info) => loadRequired(ctx, 'Organization', a.organizationId, info),
    citations: citationsBy('affiliation_id'),
  },

  Agreement: {
    id: globalIdOf,
    parties: (a, _x, ctx) => ctx.loaders.parties('agreement_party', 'agreement_id').load(a.id),
    supersedes: (a, _x, ctx, info) => loadOptional(ctx, 'Agreement', a.supersedesId, info),
    supersededBy: (a, _x, ctx) => ctx.loaders.list('agreementSupersededBy').load(a.id),
    figures: (a, _x, ctx) => ctx.loaders.list('agreementFigures').load(a.id),
    negotiations: (a, _x, ctx) => ctx.loaders.list('agreementNegotiations').load(a.id),
    citations: citationsBy('agreement_id'),
  },

  Negotiation: {
    id: globalIdOf,
    parties: (n, _x, ctx) => ctx.loaders.parties('negotiation_party', 'negotiation_id').load(n.id),
    agreement: (n, _x, ctx, info) => loadOptional(ctx, 'Agreement', n.agreementId, info),
    rounds: (n, args, ctx) => ctx.loaders.paged('negotiationRounds').load({ parentId: n.id, page: ensureNestedPage('negotiationRounds', args, ctx.maxPageSize) }),
    delegations: (n, _x, ctx) => ctx.loaders.list('negotiationDelegations').load(n.id),
    positions: (n, _x, ctx) => ctx.loaders.list('negotiationPositions').load(n.id),
    statements: (n, args, ctx) =>
      ctx.loaders.paged('negotiationStatements').load({ parentId: n.id, page: ensureNestedPage('negotiationStatements', args, ctx.maxPageSize) }),
    figures: (n, _x, ctx) => ctx.loaders.list('negotiationFigures').load(n.id),
    citations: citationsBy('negotiation_id'),
  },

  Round: {
    id: globalIdOf,
    negotiation: (r, _x, ctx, info) => loadRequired(ctx, 'Negotiation', r.negotiationId, info),
    dates: (r) => toDateSpan(r.startDate, r.endDate, r.dateWording),
    delegations: (r, _x, ctx) => ctx.loaders.list('roundDelegations').load(r.id),
    participants: (r, _x, ctx) => ctx.loaders.list('roundParticipants').load(r.id),
    statements: (r, _x, ctx) => ctx.loaders.list('roundStatements').load(r.id),
    positions: (r, _x, ctx) => ctx.loaders.list('roundPositions').load(r.id),
    citations: citationsBy('round_id'),
  },

  Delegation: {
    id: globalIdOf,
    negotiation: (d, _x, ctx, info) => loadRequired(ctx, 'Negotiation', d.negotiationId, info),
    round: (d, _x, ctx, info) => loadOptional(ctx, 'Round', d.roundId, info),
    party: (d, _x, ctx, info) => loadRequired(ctx, 'Organization', d.partyId, info),
    head: (d, _x, ctx, info) => loadOptional(ctx, 'Person', d.headId, info),
    members: (d, _x, ctx) => ctx.loaders.list('delegationMembers').load(d.id),
    citations: citationsBy('delegation_id'),
  },

  DelegationMember: {
    id: globalIdOf,
    delegation: (m, _x, ctx, info) => loadRequired(ctx, 'Delegation', m.delegationId, info),
    person: (m, _x, ctx, info) => loadRequired(ctx, 'Person', m.personId, info),
    citations: citationsBy('delegation_member_id'),
  },

  RoundParticipant: {
    id: globalIdOf,
    round: (p, _x, ctx, info) => loadRequired(ctx, 'Round', p.roundId, info),
    person: (p, _x, ctx, info) => loadRequired(ctx, 'Person', p.personId, info),
    party: (p, _x, ctx, info) => loadOptional(ctx, 'Organization', p.partyId, info),
    // The round's statements (one statement for every round asked about, shared with Round.statements), this person's.
    statements: async (p, _x, ctx) => (await ctx.loaders.list<M.StatementRow>('roundStatements').load(p.roundId)).filter((s) => s.speakerPersonId === p.personId),
    citations: citationsBy('round_participant_id'),
  },

  Statement: {
    id: globalIdOf,
    speaker: (s, _x, ctx) =>
      (s.speakerPersonId !== null
        ? loadRequired(ctx, 'Person', s.speakerPersonId)
        : loadRequired(ctx, 'Organization', s.speakerOrganizationId!)) as never,
    negotiation: (s, _x, ctx, info) => loadRequired(ctx, 'Negotiation', s.negotiationId, info),
    round: (s, _x, ctx, info) => loadOptional(ctx, 'Round', s.roundId, info),
    statedOn: (s) => toDateSpan(s.statedStart, s.statedEnd, s.statedWording),
    citations: citationsBy('statement_id'),
  },

  Issue: {
    id: globalIdOf,
    positions: (i, _x, ctx) => ctx.loaders.list('issuePositions').load(i.id),
    citations: citationsBy('issue_id'),
  },

  Position: {
    id: globalIdOf,
    negotiation: (p, _x, ctx, info) => loadRequired(ctx, 'Negotiation', p.negotiationId, info),
    round: (p, _x, ctx, info) => loadOptional(ctx, 'Round', p.roundId, info),
    party: (p, _x, ctx, info) => loadRequired(ctx, 'Organization', p.partyId, info),
    issue: (p, _x, ctx, info) => loadRequired(ctx, 'Issue', p.issueId, info),
    citations: citationsBy('position_id'),
  },

  Figure: {
    id: globalIdOf,
    value: (f) => Number(f.value),
    asOf: (f) => toDateSpan(f.asOfStart, f.asOfEnd, f.asOfWording),
    agreement: (f, _x, ctx, info) => loadOptional(ctx, 'Agreement', f.agreementId, info),
    negotiation: (f, _x, ctx, info) => loadOptional(ctx, 'Negotiation', f.negotiationId, info),
    round: (f, _x, ctx, info) => loadOptional(ctx, 'Round', f.roundId, info),
    organization: (f, _x, ctx, info) => loadOptional(ctx, 'Organization', f.organizationId, info),
    citations: citationsBy('figure_id'),
  },
};

/** `history` of every editable type: its changes, newest first, a page per fact in one statement. */
const historyResolver = {
  history: (row: { __typename: NodeTypeName; id: number }, args: { first?: number | null; after?: string | null }, ctx: Context) =>
    ctx.loaders.history(row.__typename).load({ parentId: row.id, page: ensureNestedPage('history', args, ctx.maxPageSize) }),
};

/** Editable types get `history`; version, retractedAt and retractionReason are row properties. */
export const editableResolvers = Object.fromEntries(
  (['Source', 'Citation', 'Organization', 'Person', 'Affiliation', 'Agreement', 'Negotiation', 'Round', 'Delegation', 'DelegationMember',
    'RoundParticipant', 'Statement', 'Issue', 'Position', 'Figure'] as const).map((type) => [type, { ...typeResolvers[type], ...historyResolver }]),
) as Resolvers;

const CONNECTION_TYPES = [
  'SourceConnection', 'CitationConnection', 'OrganizationConnection', 'PersonConnection', 'AgreementConnection',
  'NegotiationConnection', 'RoundConnection', 'StatementConnection', 'IssueConnection', 'PositionConnection',
  'FigureConnection', 'SearchResultConnection', 'ChangeConnection',
] as const;

/** Every connection's `totalCount` runs its (lazy) count. */
export const connectionResolvers = Object.fromEntries(
  CONNECTION_TYPES.map((name) => [name, { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() }]),
) as Resolvers;
