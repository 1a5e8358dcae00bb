import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types generated from schema.graphql (`npm run codegen`). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/types.ts': {
      plugins: [{ add: { content: '/* eslint-disable */\n// Generated from schema.graphql by `npm run codegen`; do not edit.' } }, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        contextType: '../context.js#Context',
        scalars: {
          Date: 'string', DateTime: 'Date | string', JSON: 'unknown', PathSegment: 'string | number',
          Instant: { input: '../../lib/instant.js#Instant', output: 'string' },
        },
        mappers: {
          Source: '../mappers.js#SourceRow',
          Citation: '../mappers.js#CitationRow',
          Organization: '../mappers.js#OrganizationRow',
          Person: '../mappers.js#PersonRow',
          Affiliation: '../mappers.js#AffiliationRow',
          Agreement: '../mappers.js#AgreementRow',
          Negotiation: '../mappers.js#NegotiationRow',
          Round: '../mappers.js#RoundRow',
          Delegation: '../mappers.js#DelegationRow',
          DelegationMember: '../mappers.js#DelegationMemberRow',
          RoundParticipant: '../mappers.js#RoundParticipantRow',
          Statement: '../mappers.js#StatementRow',
          Issue: '../mappers.js#IssueRow',
          Position: '../mappers.js#PositionRow',
          Figure: '../mappers.js#FigureRow',
          Change: '../mappers.js#ChangeRow',
          DateSpan: '../mappers.js#DateSpanValue',
          SourceConnection: '../mappers.js#SourceConnectionValue',
          CitationConnection: '../mappers.js#CitationConnectionValue',
          OrganizationConnection: '../mappers.js#OrganizationConnectionValue',
          PersonConnection: '../mappers.js#PersonConnectionValue',
          AgreementConnection: '../mappers.js#AgreementConnectionValue',
          NegotiationConnection: '../mappers.js#NegotiationConnectionValue',
          RoundConnection: '../mappers.js#RoundConnectionValue',
          StatementConnection: '../mappers.js#StatementConnectionValue',
          IssueConnection: '../mappers.js#IssueConnectionValue',
          PositionConnection: '../mappers.js#PositionConnectionValue',
          FigureConnection: '../mappers.js#FigureConnectionValue',
          ChangeConnection: '../mappers.js#ChangeConnectionValue',
          SearchResultConnection: '../mappers.js#SearchResultConnectionValue',
          SearchResultEdge: '../mappers.js#SearchResultEdgeValue',
          Activity: '../mappers.js#ActivityValue',
          TimelineEvent: '../mappers.js#TimelineEventValue',
          PositionMatrixRow: '../mappers.js#PositionMatrixRowValue',
          FigurePoint: '../mappers.js#FigurePointValue',
        },
      },
    },
  },
};

export default config;
