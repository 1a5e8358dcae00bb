/* eslint-disable */
// Generated from schema.graphql by `npm run codegen`; do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SourceRow, CitationRow, OrganizationRow, PersonRow, AffiliationRow, AgreementRow, NegotiationRow, RoundRow, DelegationRow, DelegationMemberRow, RoundParticipantRow, StatementRow, IssueRow, PositionRow, FigureRow, DateSpanValue, SourceConnectionValue, CitationConnectionValue, OrganizationConnectionValue, PersonConnectionValue, AgreementConnectionValue, NegotiationConnectionValue, RoundConnectionValue, StatementConnectionValue, IssueConnectionValue, PositionConnectionValue, FigureConnectionValue, SearchResultConnectionValue, SearchResultEdgeValue } from '../mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date and time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Arbitrary JSON (used for the before/after of a change). */
  JSON: { input: unknown; output: unknown; }
};

/** Who can speak: a person or an organization. */
export type Actor = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** What this actor said, newest first. */
  statements: StatementConnection;
};


/** Who can speak: a person or an organization. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's role in an organization. */
export type Affiliation = Cited & Node & {
  __typename?: 'Affiliation';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  organization: Organization;
  person: Person;
  role: Scalars['String']['output'];
};

export type Agreement = Cited & Node & {
  __typename?: 'Agreement';
  citations: Array<Citation>;
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The source's words for the effective period. */
  effectiveWording?: Maybe<Scalars['String']['output']>;
  figures: Array<Figure>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Negotiations to renew or replace this agreement. */
  negotiations: Array<Negotiation>;
  parties: Array<Organization>;
  shortName?: Maybe<Scalars['String']['output']>;
  status: AgreementStatus;
  /** Agreements that replaced this one. */
  supersededBy: Array<Agreement>;
  /** The agreement this one replaced. */
  supersedes?: Maybe<Agreement>;
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementEdge>;
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

export type AgreementFilter = {
  /** Case-insensitive substring of the name or short name. */
  name?: InputMaybe<Scalars['String']['input']>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AgreementStatus>;
};

export type AgreementOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: AgreementOrderField;
};

export type AgreementOrderField =
  | 'EFFECTIVE_FROM'
  | 'EFFECTIVE_TO'
  | 'NAME';

export type AgreementStatus =
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'PROPOSED'
  | 'SIGNED'
  | 'TERMINATED';

/**
 * The words of a source that state a fact. `source.text.slice(start, end) ===
 * excerpt`, with start and end JavaScript string indices (UTF-16 code units).
 */
export type Citation = Node & {
  __typename?: 'Citation';
  end: Scalars['Int']['output'];
  excerpt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  source: Source;
  start: Scalars['Int']['output'];
  /** The fact this excerpt supports. */
  subject?: Maybe<Cited>;
};

export type CitationConnection = {
  __typename?: 'CitationConnection';
  edges: Array<CitationEdge>;
  nodes: Array<Citation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CitationEdge = {
  __typename?: 'CitationEdge';
  cursor: Scalars['String']['output'];
  node: Citation;
};

/** A fact that is backed by excerpts of sources. */
export type Cited = {
  /** The excerpts that state this fact, in source order. */
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
};

/**
 * When something happened, as precisely as the source says: start = end for an
 * exact day; a wider span for "over the weekend" or "in January". `wording` is
 * the source's own words ("on Monday"), when it gives any.
 */
export type DateSpan = {
  __typename?: 'DateSpan';
  end: Scalars['Date']['output'];
  start: Scalars['Date']['output'];
  wording?: Maybe<Scalars['String']['output']>;
};

/** A party's team, for a round or for a whole negotiation. */
export type Delegation = Cited & Node & {
  __typename?: 'Delegation';
  citations: Array<Citation>;
  head?: Maybe<Person>;
  id: Scalars['ID']['output'];
  members: Array<DelegationMember>;
  negotiation: Negotiation;
  party: Organization;
  round?: Maybe<Round>;
};

export type DelegationMember = Cited & Node & {
  __typename?: 'DelegationMember';
  citations: Array<Citation>;
  delegation: Delegation;
  id: Scalars['ID']['output'];
  person: Person;
  role?: Maybe<Scalars['String']['output']>;
};

/** A numeric fact: a contribution in USD, a troop count. */
export type Figure = Cited & Node & {
  __typename?: 'Figure';
  agreement?: Maybe<Agreement>;
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate: Scalars['Boolean']['output'];
  /** The period the number holds for. */
  asOf?: Maybe<DateSpan>;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  negotiation?: Maybe<Negotiation>;
  organization?: Maybe<Organization>;
  round?: Maybe<Round>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type FigureConnection = {
  __typename?: 'FigureConnection';
  edges: Array<FigureEdge>;
  nodes: Array<Figure>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FigureEdge = {
  __typename?: 'FigureEdge';
  cursor: Scalars['String']['output'];
  node: Figure;
};

export type FigureFilter = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Figures whose period ends on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Figures whose period starts on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type FigureOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: FigureOrderField;
};

export type FigureOrderField =
  | 'AS_OF'
  | 'LABEL'
  | 'VALUE';

/** A topic of a negotiation that parties take positions on. */
export type Issue = Cited & Node & {
  __typename?: 'Issue';
  citations: Array<Citation>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  positions: Array<Position>;
};

export type IssueConnection = {
  __typename?: 'IssueConnection';
  edges: Array<IssueEdge>;
  nodes: Array<Issue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IssueEdge = {
  __typename?: 'IssueEdge';
  cursor: Scalars['String']['output'];
  node: Issue;
};

export type IssueFilter = {
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type NameOrder = {
  direction?: InputMaybe<OrderDirection>;
  field?: NameOrderField;
};

export type NameOrderField =
  | 'NAME';

export type Negotiation = Cited & Node & {
  __typename?: 'Negotiation';
  /** The agreement this negotiation renews or replaces. */
  agreement?: Maybe<Agreement>;
  citations: Array<Citation>;
  /** Delegations sent for the whole negotiation (round delegations are on Round). */
  delegations: Array<Delegation>;
  figures: Array<Figure>;
  id: Scalars['ID']['output'];
  parties: Array<Organization>;
  /** Every position taken in this negotiation, in any round. */
  positions: Array<Position>;
  rounds: RoundConnection;
  statements: StatementConnection;
  status: NegotiationStatus;
  title: Scalars['String']['output'];
};


export type NegotiationRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NegotiationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NegotiationConnection = {
  __typename?: 'NegotiationConnection';
  edges: Array<NegotiationEdge>;
  nodes: Array<Negotiation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NegotiationEdge = {
  __typename?: 'NegotiationEdge';
  cursor: Scalars['String']['output'];
  node: Negotiation;
};

export type NegotiationFilter = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NegotiationStatus>;
  /** Case-insensitive substring of the title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type NegotiationOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: NegotiationOrderField;
};

export type NegotiationOrderField =
  | 'TITLE';

export type NegotiationStatus =
  | 'ABANDONED'
  | 'CONCLUDED'
  | 'ONGOING'
  | 'PLANNED'
  | 'SUSPENDED';

/** An object with a global ID. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A state, ministry, agency or other body. */
export type Organization = Actor & Cited & Node & {
  __typename?: 'Organization';
  children: Array<Organization>;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** People and their roles in this organization. */
  members: Array<Affiliation>;
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  shortName?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
};


/** A state, ministry, agency or other body. */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'AGENCY'
  | 'COMPANY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OTHER'
  | 'PARTY'
  | 'STATE'
  | 'UNION';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Person = Actor & Cited & Node & {
  __typename?: 'Person';
  affiliations: Array<Affiliation>;
  citations: Array<Citation>;
  /** Delegations this person sat on. */
  delegations: Array<DelegationMember>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  statements: StatementConnection;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only people affiliated with this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type Position = Cited & Node & {
  __typename?: 'Position';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  issue: Issue;
  negotiation: Negotiation;
  party: Organization;
  round?: Maybe<Round>;
  summary: Scalars['String']['output'];
};

export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  nodes: Array<Position>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  node: Position;
};

export type PositionFilter = {
  issueId?: InputMaybe<Scalars['ID']['input']>;
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  partyId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
};

export type PositionOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: PositionOrderField;
};

export type PositionOrderField =
  | 'CREATED';

export type Query = {
  __typename?: 'Query';
  agreements: AgreementConnection;
  figures: FigureConnection;
  issues: IssueConnection;
  negotiations: NegotiationConnection;
  /** Any object by its global ID; null when no such object exists. */
  node?: Maybe<Node>;
  /** Objects by global IDs, in the order given; null for each that does not exist. */
  nodes: Array<Maybe<Node>>;
  organizations: OrganizationConnection;
  people: PersonConnection;
  positions: PositionConnection;
  rounds: RoundConnection;
  /**
   * Full-text search (English stemming) over statements, positions and sources,
   * best match first. Accepts web-search syntax: quoted phrases, `or`, `-word`.
   */
  search: SearchResultConnection;
  sources: SourceConnection;
  statements: StatementConnection;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


export type QueryFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FigureOrder>;
};


export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


export type QueryNegotiationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NegotiationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NegotiationOrder>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PositionOrder>;
};


export type QueryRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RoundOrder>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchableType>>;
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

export type Round = Cited & Node & {
  __typename?: 'Round';
  citations: Array<Citation>;
  /** The dates as a span with the source's wording. */
  dates?: Maybe<DateSpan>;
  delegations: Array<Delegation>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  negotiation: Negotiation;
  number: Scalars['Int']['output'];
  outcome?: Maybe<Scalars['String']['output']>;
  participants: Array<RoundParticipant>;
  positions: Array<Position>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** What was said in this round, in the order it was said. */
  statements: Array<Statement>;
};

export type RoundConnection = {
  __typename?: 'RoundConnection';
  edges: Array<RoundEdge>;
  nodes: Array<Round>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoundEdge = {
  __typename?: 'RoundEdge';
  cursor: Scalars['String']['output'];
  node: Round;
};

export type RoundFilter = {
  /** Rounds that end on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive substring of the location. */
  location?: InputMaybe<Scalars['String']['input']>;
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Rounds that start on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type RoundOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: RoundOrderField;
};

export type RoundOrderField =
  | 'NUMBER'
  | 'START_DATE';

/** A person at the table in a round. */
export type RoundParticipant = Cited & Node & {
  __typename?: 'RoundParticipant';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  /** The party this person spoke for. */
  party?: Maybe<Organization>;
  person: Person;
  role?: Maybe<Scalars['String']['output']>;
  round: Round;
  /** What this person said in this round. */
  statements: Array<Statement>;
};

export type SearchResult = Position | Source | Statement;

export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  edges: Array<SearchResultEdge>;
  nodes: Array<SearchResult>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  cursor: Scalars['String']['output'];
  node: SearchResult;
  /** How well this result matches (PostgreSQL ts_rank_cd); higher is better. */
  rank: Scalars['Float']['output'];
};

export type SearchableType =
  | 'POSITION'
  | 'SOURCE'
  | 'STATEMENT';

/** A document facts are taken from. */
export type Source = Node & {
  __typename?: 'Source';
  /** Every excerpt cited from this source, in text order. */
  citations: CitationConnection;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  publishedAt: Scalars['Date']['output'];
  publisher: Scalars['String']['output'];
  /** The full text; every citation's start/end index into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


/** A document facts are taken from. */
export type SourceCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  /** Published on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<SourceKind>;
  /** Case-insensitive substring of the publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type SourceKind =
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT'
  | 'OTHER'
  | 'PRESS_RELEASE'
  | 'REPORT'
  | 'TRANSCRIPT';

export type SourceOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: SourceOrderField;
};

export type SourceOrderField =
  | 'PUBLISHED_AT'
  | 'TITLE';

export type Statement = Cited & Node & {
  __typename?: 'Statement';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  negotiation: Negotiation;
  round?: Maybe<Round>;
  speaker: Actor;
  /** When it was said; null when the source does not say. */
  statedOn?: Maybe<DateSpan>;
  text: Scalars['String']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  nodes: Array<Statement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  /** Said on or after this date (the span ends on or after it). */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<StatementKind>;
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Said on or before this date (the span starts on or before it). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type StatementKind =
  /** The speaker's words, quoted. */
  | 'DIRECT_QUOTE'
  /** A statement issued by an organization. */
  | 'OFFICIAL_STATEMENT'
  /** The source's rendering of what was said. */
  | 'PARAPHRASE';

export type StatementOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: StatementOrderField;
};

export type StatementOrderField =
  | 'STATED_ON';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( PositionRow )
    | ( SourceRow )
    | ( StatementRow )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( OrganizationRow )
    | ( PersonRow )
  ;
  Cited:
    | ( AffiliationRow )
    | ( AgreementRow )
    | ( DelegationRow )
    | ( DelegationMemberRow )
    | ( FigureRow )
    | ( IssueRow )
    | ( NegotiationRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PositionRow )
    | ( RoundRow )
    | ( RoundParticipantRow )
    | ( StatementRow )
  ;
  Node:
    | ( AffiliationRow )
    | ( AgreementRow )
    | ( CitationRow )
    | ( DelegationRow )
    | ( DelegationMemberRow )
    | ( FigureRow )
    | ( IssueRow )
    | ( NegotiationRow )
    | ( OrganizationRow )
    | ( PersonRow )
    | ( PositionRow )
    | ( RoundRow )
    | ( RoundParticipantRow )
    | ( SourceRow )
    | ( StatementRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<AgreementConnectionValue>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  AgreementOrderField: AgreementOrderField;
  AgreementStatus: AgreementStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitationConnection: ResolverTypeWrapper<CitationConnectionValue>;
  CitationEdge: ResolverTypeWrapper<Omit<CitationEdge, 'node'> & { node: ResolversTypes['Citation'] }>;
  Cited: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Cited']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateSpan: ResolverTypeWrapper<DateSpanValue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegation: ResolverTypeWrapper<DelegationRow>;
  DelegationMember: ResolverTypeWrapper<DelegationMemberRow>;
  Figure: ResolverTypeWrapper<FigureRow>;
  FigureConnection: ResolverTypeWrapper<FigureConnectionValue>;
  FigureEdge: ResolverTypeWrapper<Omit<FigureEdge, 'node'> & { node: ResolversTypes['Figure'] }>;
  FigureFilter: FigureFilter;
  FigureOrder: FigureOrder;
  FigureOrderField: FigureOrderField;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Issue: ResolverTypeWrapper<IssueRow>;
  IssueConnection: ResolverTypeWrapper<IssueConnectionValue>;
  IssueEdge: ResolverTypeWrapper<Omit<IssueEdge, 'node'> & { node: ResolversTypes['Issue'] }>;
  IssueFilter: IssueFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  NameOrder: NameOrder;
  NameOrderField: NameOrderField;
  Negotiation: ResolverTypeWrapper<NegotiationRow>;
  NegotiationConnection: ResolverTypeWrapper<NegotiationConnectionValue>;
  NegotiationEdge: ResolverTypeWrapper<Omit<NegotiationEdge, 'node'> & { node: ResolversTypes['Negotiation'] }>;
  NegotiationFilter: NegotiationFilter;
  NegotiationOrder: NegotiationOrder;
  NegotiationOrderField: NegotiationOrderField;
  NegotiationStatus: NegotiationStatus;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionValue>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionValue>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionConnection: ResolverTypeWrapper<PositionConnectionValue>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionFilter: PositionFilter;
  PositionOrder: PositionOrder;
  PositionOrderField: PositionOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Round: ResolverTypeWrapper<RoundRow>;
  RoundConnection: ResolverTypeWrapper<RoundConnectionValue>;
  RoundEdge: ResolverTypeWrapper<Omit<RoundEdge, 'node'> & { node: ResolversTypes['Round'] }>;
  RoundFilter: RoundFilter;
  RoundOrder: RoundOrder;
  RoundOrderField: RoundOrderField;
  RoundParticipant: ResolverTypeWrapper<RoundParticipantRow>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchResultConnection: ResolverTypeWrapper<SearchResultConnectionValue>;
  SearchResultEdge: ResolverTypeWrapper<SearchResultEdgeValue>;
  SearchableType: SearchableType;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceConnection: ResolverTypeWrapper<SourceConnectionValue>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceKind: SourceKind;
  SourceOrder: SourceOrder;
  SourceOrderField: SourceOrderField;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionValue>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  Affiliation: AffiliationRow;
  Agreement: AgreementRow;
  AgreementConnection: AgreementConnectionValue;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRow;
  CitationConnection: CitationConnectionValue;
  CitationEdge: Omit<CitationEdge, 'node'> & { node: ResolversParentTypes['Citation'] };
  Cited: ResolversInterfaceTypes<ResolversParentTypes>['Cited'];
  Date: Scalars['Date']['output'];
  DateSpan: DateSpanValue;
  DateTime: Scalars['DateTime']['output'];
  Delegation: DelegationRow;
  DelegationMember: DelegationMemberRow;
  Figure: FigureRow;
  FigureConnection: FigureConnectionValue;
  FigureEdge: Omit<FigureEdge, 'node'> & { node: ResolversParentTypes['Figure'] };
  FigureFilter: FigureFilter;
  FigureOrder: FigureOrder;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Issue: IssueRow;
  IssueConnection: IssueConnectionValue;
  IssueEdge: Omit<IssueEdge, 'node'> & { node: ResolversParentTypes['Issue'] };
  IssueFilter: IssueFilter;
  JSON: Scalars['JSON']['output'];
  NameOrder: NameOrder;
  Negotiation: NegotiationRow;
  NegotiationConnection: NegotiationConnectionValue;
  NegotiationEdge: Omit<NegotiationEdge, 'node'> & { node: ResolversParentTypes['Negotiation'] };
  NegotiationFilter: NegotiationFilter;
  NegotiationOrder: NegotiationOrder;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: OrganizationConnectionValue;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  Person: PersonRow;
  PersonConnection: PersonConnectionValue;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  Position: PositionRow;
  PositionConnection: PositionConnectionValue;
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionFilter: PositionFilter;
  PositionOrder: PositionOrder;
  Query: Record<PropertyKey, never>;
  Round: RoundRow;
  RoundConnection: RoundConnectionValue;
  RoundEdge: Omit<RoundEdge, 'node'> & { node: ResolversParentTypes['Round'] };
  RoundFilter: RoundFilter;
  RoundOrder: RoundOrder;
  RoundParticipant: RoundParticipantRow;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchResultConnection: SearchResultConnectionValue;
  SearchResultEdge: SearchResultEdgeValue;
  Source: SourceRow;
  SourceConnection: SourceConnectionValue;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceOrder: SourceOrder;
  Statement: StatementRow;
  StatementConnection: StatementConnectionValue;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  StatementOrder: StatementOrder;
  String: Scalars['String']['output'];
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveWording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negotiations?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Cited']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
};

export type CitedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cited'] = ResolversParentTypes['Cited']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Agreement' | 'Delegation' | 'DelegationMember' | 'Figure' | 'Issue' | 'Negotiation' | 'Organization' | 'Person' | 'Position' | 'Round' | 'RoundParticipant' | 'Statement', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateSpan'] = ResolversParentTypes['DateSpan']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  wording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationMember'] = ResolversParentTypes['DelegationMember']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negotiation?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureConnection'] = ResolversParentTypes['FigureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FigureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FigureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureEdge'] = ResolversParentTypes['FigureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
};

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssueConnection'] = ResolversParentTypes['IssueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IssueEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssueEdge'] = ResolversParentTypes['IssueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type NegotiationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Negotiation'] = ResolversParentTypes['Negotiation']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['RoundConnection'], ParentType, ContextType, RequireFields<NegotiationRoundsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<NegotiationStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['NegotiationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NegotiationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationConnection'] = ResolversParentTypes['NegotiationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NegotiationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationEdge'] = ResolversParentTypes['NegotiationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Agreement' | 'Citation' | 'Delegation' | 'DelegationMember' | 'Figure' | 'Issue' | 'Negotiation' | 'Organization' | 'Person' | 'Position' | 'Round' | 'RoundParticipant' | 'Source' | 'Statement', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first'>>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'first'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, RequireFields<QueryIssuesArgs, 'first'>>;
  negotiations?: Resolver<ResolversTypes['NegotiationConnection'], ParentType, ContextType, RequireFields<QueryNegotiationsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
  rounds?: Resolver<ResolversTypes['RoundConnection'], ParentType, ContextType, RequireFields<QueryRoundsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
};

export type RoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Round'] = ResolversParentTypes['Round']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  dates?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['RoundParticipant']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoundConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundConnection'] = ResolversParentTypes['RoundConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoundEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Round']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoundEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundEdge'] = ResolversParentTypes['RoundEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Round'], ParentType, ContextType>;
};

export type RoundParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundParticipant'] = ResolversParentTypes['RoundParticipant']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Round'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Position' | 'Source' | 'Statement', ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, RequireFields<SourceCitationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statedOn?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  Cited?: CitedResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateSpan?: DateSpanResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationMember?: DelegationMemberResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureConnection?: FigureConnectionResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Negotiation?: NegotiationResolvers<ContextType>;
  NegotiationConnection?: NegotiationConnectionResolvers<ContextType>;
  NegotiationEdge?: NegotiationEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Round?: RoundResolvers<ContextType>;
  RoundConnection?: RoundConnectionResolvers<ContextType>;
  RoundEdge?: RoundEdgeResolvers<ContextType>;
  RoundParticipant?: RoundParticipantResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
};

