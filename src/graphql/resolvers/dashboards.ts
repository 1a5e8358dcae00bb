import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers, Resolvers } from '../generated/types.js';
import type { Context } from '../context.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import { activity, figureSeries, options, positionMatrix, timeline } from '../../services/analytics/index.js';
import { loadOptional, loadRequired } from './shared.js';

/** The dashboards' root fields: translate arguments and delegate to the analytics service. */
export const dashboardQueryFields: Pick<QueryResolvers, 'activity' | 'timeline' | 'positionMatrix' | 'figureSeries' | 'options'> = {
  activity: (_root, { of, groupBy, window, filter }, ctx) => activity(ctx, { of, groupBy, window, filter }),
  timeline: (_root, { window, filter, limit }, ctx) => timeline(ctx, { window, filter, limit }),
  positionMatrix: (_root, { negotiationId }, ctx) => positionMatrix(ctx, negotiationId),
  figureSeries: (_root, { filter, timeZone, limit }, ctx) => figureSeries(ctx, { filter, timeZone, limit }),
  options: (_root, { kind, filter, limit }, ctx) => options(ctx, kind, filter, limit),
};

/** The dashboards' root fields, which answer with cache hints (see cacheHintsPlugin). */
export const DASHBOARD_FIELDS = Object.keys(dashboardQueryFields);

/** True when a field's selection asks only `id` and `__typename`, which a global ID answers without loading the row. */
function asksOnlyIdentity(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename')),
  );
}

/** The row of a fact for a field that returns it: loaded (batched), or just its identity when nothing else is asked. */
function factOf(ctx: Context, info: GraphQLResolveInfo, type: NodeTypeName, id: number) {
  return (asksOnlyIdentity(info) ? { __typename: type, id } : loadRequired(ctx, type, id)) as never;
}

/** Field resolvers of the dashboards' object types. */
export const dashboardTypeResolvers: Resolvers = {
  TimelineEvent: {
    subject: (event, _args, ctx, info) => factOf(ctx, info, event.subject.type, event.subject.id),
  },
  PositionMatrixRow: {
    party: (row, _args, ctx) => loadRequired(ctx, 'Organization', row.partyId),
    issue: (row, _args, ctx) => loadRequired(ctx, 'Issue', row.issueId),
    round: (row, _args, ctx) => loadOptional(ctx, 'Round', row.roundId),
    position: (row, _args, ctx, info) => factOf(ctx, info, 'Position', row.positionId),
  },
  FigurePoint: {
    figure: (point, _args, ctx, info) => factOf(ctx, info, 'Figure', point.figureId),
  },
};
