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
        scalars: { Date: 'string', DateTime: 'Date | string', JSON: 'unknown' },
        mappers: {
          Source: '../../entities/index.js#Source',
          Citation: '../../entities/index.js#Citation',
          Organization: '../../entities/index.js#Organization',
          Person: '../../entities/index.js#Person',
          Affiliation: '../../entities/index.js#Affiliation',
          Agreement: '../../entities/index.js#Agreement',
          Negotiation: '../../entities/index.js#Negotiation',
          Round: '../../entities/index.js#Round',
          Delegation: '../../entities/index.js#Delegation',
          DelegationMember: '../../entities/index.js#DelegationMember',
          RoundParticipant: '../../entities/index.js#RoundParticipant',
          Statement: '../../entities/index.js#Statement',
          Issue: '../../entities/index.js#Issue',
          Position: '../../entities/index.js#Position',
          Figure: '../../entities/index.js#Figure',
          DateSpan: '../../lib/dateSpan.js#DateSpanValue',
          SourceConnection: '../../loaders/connection.js#Connection<Source>',
          CitationConnection: '../../loaders/connection.js#Connection<Citation>',
          OrganizationConnection: '../../loaders/connection.js#Connection<Organization>',
          PersonConnection: '../../loaders/connection.js#Connection<Person>',
          AgreementConnection: '../../loaders/connection.js#Connection<Agreement>',
          NegotiationConnection: '../../loaders/connection.js#Connection<Negotiation>',
          RoundConnection: '../../loaders/connection.js#Connection<Round>',
          StatementConnection: '../../loaders/connection.js#Connection<Statement>',
          IssueConnection: '../../loaders/connection.js#Connection<Issue>',
          PositionConnection: '../../loaders/connection.js#Connection<Position>',
          FigureConnection: '../../loaders/connection.js#Connection<Figure>',
          SearchResultConnection: '../../loaders/connection.js#Connection<SearchHit>',
          SearchResultEdge: '../../loaders/connection.js#Edge<SearchHit>',
        },
      },
    },
  },
};

export default config;
