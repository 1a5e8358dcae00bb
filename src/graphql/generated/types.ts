/* eslint-disable */
// Generated from schema.graphql by `npm run codegen`; do not edit.
import type { Instant } from '../../lib/instant.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SourceRow, CitationRow, OrganizationRow, PersonRow, AffiliationRow, AgreementRow, NegotiationRow, RoundRow, DelegationRow, DelegationMemberRow, RoundParticipantRow, StatementRow, IssueRow, PositionRow, FigureRow, ChangeRow, DateSpanValue, SourceConnectionValue, CitationConnectionValue, OrganizationConnectionValue, PersonConnectionValue, AgreementConnectionValue, NegotiationConnectionValue, RoundConnectionValue, StatementConnectionValue, IssueConnectionValue, PositionConnectionValue, FigureConnectionValue, ChangeConnectionValue, SearchResultConnectionValue, SearchResultEdgeValue, ActivityValue, TimelineEventValue, PositionMatrixRowValue, FigurePointValue } from '../mappers.js';
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
  /**
   * A point in time as dashboards send it. Input: a calendar date
   * ("2020-01-13": local midnight in the window's time zone), an ISO 8601
   * date-time with an offset ("2020-01-13T09:00:00+09:00" or
   * "2020-01-13T00:00:00Z"), or milliseconds since the Unix epoch, as a number
   * or a string of digits (Grafana's ${__from} and ${__to}). Years 1 to 9999.
   * Output: ISO 8601 with the offset of the window's time zone,
   * "2020-01-13T00:00:00+09:00".
   */
  Instant: { input: Instant; output: string; }
  /** Arbitrary JSON (used for the before/after of a change). */
  JSON: { input: unknown; output: unknown; }
  /**
   * One step of a path into a mutation's input: a field name (a String) or a
   * list index (an Int), as in ["input", "citations", 0, "excerpt"].
   */
  PathSegment: { input: string | number; output: string | number; }
};

/** Counts per bucket and series over a window; `total` = the sum of the points' values. */
export type Activity = {
  __typename?: 'Activity';
  /** The bucket length. */
  bucket: TimeBucket;
  /** The window's start, in its time zone. */
  from: Scalars['Instant']['output'];
  /** Dated facts matching the filter whose bucket is outside the window. */
  outsideWindow: Scalars['Int']['output'];
  /** One point per bucket and series, zeros included, sorted by time and then series. */
  points: Array<ActivityPoint>;
  /** The series, in the order points list them, with their totals (a legend). */
  series: Array<ActivitySeries>;
  /** The window's time zone, as the IANA database spells it ("UTC" when none was given). */
  timeZone: Scalars['String']['output'];
  /** The window's end (excluded), in its time zone. */
  to: Scalars['Instant']['output'];
  /** Facts in the window: the sum of every point's value. */
  total: Scalars['Int']['output'];
  /** Facts matching the filter that have no date; they are in no bucket. */
  undated: Scalars['Int']['output'];
};

/** Which facts `activity` counts. */
export type ActivityFilter = {
  /** Only facts of this Negotiation (its ID); an unknown ID is BAD_USER_INPUT (HTTP 400). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * How `activity` splits counts into series. PARTY, NEGOTIATION and NONE apply
 * to everything; SPEAKER and KIND to statements; ISSUE to positions. Others are
 * BAD_USER_INPUT (HTTP 400).
 */
export type ActivityGroupBy =
  /** The issue a position is on. */
  | 'ISSUE'
  /** The statement's kind (DIRECT_QUOTE, PARAPHRASE, OFFICIAL_STATEMENT). */
  | 'KIND'
  /** The negotiation. */
  | 'NEGOTIATION'
  /** One series for everything, named after what is counted ("Statements"). */
  | 'NONE'
  /**
   * The party a fact is for. A statement's party is the state its speaker
   * speaks for: an organization speaker's top-level parent, up to five levels
   * up (a ministry speaks for its state); a person's party at the round, else in the negotiation's
   * delegations, else the top-level organization of the person's affiliation;
   * "Unattributed" (seriesId null) when none is known. A round counts once for
   * each party that sent it a delegation; a position for the party taking it.
   */
  | 'PARTY'
  /** The person or organization who made the statement. */
  | 'SPEAKER';

/** What `activity` counts. */
export type ActivityOf =
  /** Positions, on the first day of their round; positions on the whole negotiation are undated. */
  | 'POSITIONS'
  /** Rounds, on their first day. */
  | 'ROUNDS'
  /** Statements, on the first day they may have been said. */
  | 'STATEMENTS';

/** How many facts of one series fall in one bucket. */
export type ActivityPoint = {
  __typename?: 'ActivityPoint';
  /** The series label (see ActivitySeries.name). */
  series: Scalars['String']['output'];
  /** The series' global ID; null for Unattributed, kinds and NONE. */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** The bucket's start: local midnight in the window's time zone, with that moment's offset. */
  time: Scalars['Instant']['output'];
  /** How many facts; 0 when none. */
  value: Scalars['Int']['output'];
};

/** One series of an activity answer. */
export type ActivitySeries = {
  __typename?: 'ActivitySeries';
  /** The global ID of the party, speaker, issue or negotiation; null for Unattributed, kinds and NONE. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Its label (a party's name, "Unattributed", a kind, ...). */
  name: Scalars['String']['output'];
  /** The sum of its points. */
  total: Scalars['Int']['output'];
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

export type AddAffiliationInput = {
  citations: Array<CitationInput>;
  organizationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
};

export type AddAffiliationPayload = {
  __typename?: 'AddAffiliationPayload';
  affiliation?: Maybe<Affiliation>;
  userErrors: Array<UserError>;
};

export type AddAgreementInput = {
  citations: Array<CitationInput>;
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  effectiveWording?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Organizations party to the agreement. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  status: AgreementStatus;
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddAgreementPayload = {
  __typename?: 'AddAgreementPayload';
  agreement?: Maybe<Agreement>;
  userErrors: Array<UserError>;
};

export type AddCitationInput = {
  excerpt: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['Int']['input']>;
  /** The fact the excerpt supports: any fact but a Source or a Citation. */
  subjectId: Scalars['ID']['input'];
};

export type AddCitationPayload = {
  __typename?: 'AddCitationPayload';
  citation?: Maybe<Citation>;
  userErrors: Array<UserError>;
};

export type AddDelegationInput = {
  citations: Array<CitationInput>;
  headId?: InputMaybe<Scalars['ID']['input']>;
  members?: InputMaybe<Array<DelegationMemberFields>>;
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  partyId: Scalars['ID']['input'];
  /** Omit for a delegation to the whole negotiation. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddDelegationMemberInput = {
  citations: Array<CitationInput>;
  delegationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

export type AddDelegationMemberPayload = {
  __typename?: 'AddDelegationMemberPayload';
  delegationMember?: Maybe<DelegationMember>;
  userErrors: Array<UserError>;
};

export type AddDelegationPayload = {
  __typename?: 'AddDelegationPayload';
  delegation?: Maybe<Delegation>;
  userErrors: Array<UserError>;
};

export type AddFigureInput = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<DateSpanInput>;
  citations: Array<CitationInput>;
  label: Scalars['String']['input'];
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  unit: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type AddFigurePayload = {
  __typename?: 'AddFigurePayload';
  figure?: Maybe<Figure>;
  userErrors: Array<UserError>;
};

export type AddIssueInput = {
  citations: Array<CitationInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type AddIssuePayload = {
  __typename?: 'AddIssuePayload';
  issue?: Maybe<Issue>;
  userErrors: Array<UserError>;
};

export type AddNegotiationInput = {
  /** The agreement this negotiation renews or replaces. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  citations: Array<CitationInput>;
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status: NegotiationStatus;
  title: Scalars['String']['input'];
};

export type AddNegotiationPayload = {
  __typename?: 'AddNegotiationPayload';
  negotiation?: Maybe<Negotiation>;
  userErrors: Array<UserError>;
};

export type AddOrganizationInput = {
  citations: Array<CitationInput>;
  kind?: InputMaybe<OrganizationKind>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
};

export type AddOrganizationPayload = {
  __typename?: 'AddOrganizationPayload';
  organization?: Maybe<Organization>;
  userErrors: Array<UserError>;
};

export type AddPersonInput = {
  citations: Array<CitationInput>;
  name: Scalars['String']['input'];
};

export type AddPersonPayload = {
  __typename?: 'AddPersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type AddRoundInput = {
  citations: Array<CitationInput>;
  /** The source's words for the dates ("on Tuesday and Wednesday"). */
  dateWording?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  negotiationId: Scalars['ID']['input'];
  /** 1, 2, ...; unique within the negotiation. */
  number: Scalars['Int']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type AddRoundParticipantInput = {
  citations: Array<CitationInput>;
  /** The party this person spoke for. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  roundId: Scalars['ID']['input'];
};

export type AddRoundParticipantPayload = {
  __typename?: 'AddRoundParticipantPayload';
  roundParticipant?: Maybe<RoundParticipant>;
  userErrors: Array<UserError>;
};

export type AddRoundPayload = {
  __typename?: 'AddRoundPayload';
  round?: Maybe<Round>;
  userErrors: Array<UserError>;
};

export type AddSourceInput = {
  kind?: InputMaybe<SourceKind>;
  publishedAt: Scalars['Date']['input'];
  publisher: Scalars['String']['input'];
  /** The full text, exactly as published; trailing whitespace is dropped. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddSourcePayload = {
  __typename?: 'AddSourcePayload';
  source?: Maybe<Source>;
  userErrors: Array<UserError>;
};

/** A person's role in an organization. */
export type Affiliation = Cited & Editable & Node & {
  __typename?: 'Affiliation';
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  organization: Organization;
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person's role in an organization. */
export type AffiliationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Agreement = Cited & Editable & Node & {
  __typename?: 'Agreement';
  citations: Array<Citation>;
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The source's words for the effective period. */
  effectiveWording?: Maybe<Scalars['String']['output']>;
  figures: Array<Figure>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Negotiations to renew or replace this agreement. */
  negotiations: Array<Negotiation>;
  parties: Array<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  status: AgreementStatus;
  /** Agreements that replaced this one. */
  supersededBy: Array<Agreement>;
  /** The agreement this one replaced. */
  supersedes?: Maybe<Agreement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type AgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A window of time cut into buckets: from the bucket holding `from` to the one holding the last instant before `to`. */
export type BucketedTimeWindow = {
  /** The bucket length; the window may hold at most 5,000 buckets. */
  bucket: TimeBucket;
  /** Start (included). A calendar date means local midnight in `timeZone`. */
  from: Scalars['Instant']['input'];
  /** An IANA time zone ("Asia/Seoul") or "UTC"/"utc"; UTC when left out or null. Unknown zones are BAD_USER_INPUT (HTTP 400). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** End (excluded); must be after `from`. */
  to: Scalars['Instant']['input'];
};

/** Who may keep a cached answer. */
export type CacheControlScope =
  /** Only the asking user's own cache. */
  | 'PRIVATE'
  /** Any cache, including shared ones. */
  | 'PUBLIC';

/** One recorded change of a fact, written in the same transaction as the change. */
export type Change = {
  __typename?: 'Change';
  action: ChangeAction;
  /** The name of the API token that made it; seed, ingest or generator for the command line. */
  actor: Scalars['String']['output'];
  /** When the change was made (its transaction's time). */
  at: Scalars['DateTime']['output'];
  /**
   * What changed: `{ "field": { "before": ..., "after": ... } }`, references as
   * global IDs. A CREATE lists every value the fact was created with; an
   * UPDATE only the fields that changed (and `parties`, when they did); a
   * RETRACT gives `retractedAt` and `retractionReason`.
   */
  changes: Scalars['JSON']['output'];
  /** The version of the fact this change produced. */
  version: Scalars['Int']['output'];
};

export type ChangeAction =
  | 'CREATE'
  | 'RETRACT'
  | 'UPDATE';

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/**
 * The words of a source that state a fact. `source.text.slice(start, end) ===
 * excerpt`, with start and end JavaScript string indices (UTF-16 code units).
 */
export type Citation = Editable & Node & {
  __typename?: 'Citation';
  end: Scalars['Int']['output'];
  excerpt: Scalars['String']['output'];
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  source: Source;
  start: Scalars['Int']['output'];
  /** The fact this excerpt supports. */
  subject?: Maybe<Cited>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/**
 * The words of a source that state a fact. `source.text.slice(start, end) ===
 * excerpt`, with start and end JavaScript string indices (UTF-16 code units).
 */
export type CitationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * The words of a source that state a fact. The server finds `excerpt` in the
 * source's text (verbatim, same punctuation and spaces) and stores where it is;
 * when it occurs more than once, `start` (a JavaScript string index) picks one.
 */
export type CitationInput = {
  excerpt: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['Int']['input']>;
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

/** When something happened: `end` defaults to `start` (one day); `wording` is the source's own words. */
export type DateSpanInput = {
  end?: InputMaybe<Scalars['Date']['input']>;
  start: Scalars['Date']['input'];
  wording?: InputMaybe<Scalars['String']['input']>;
};

/** A party's team, for a round or for a whole negotiation. */
export type Delegation = Cited & Editable & Node & {
  __typename?: 'Delegation';
  citations: Array<Citation>;
  head?: Maybe<Person>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  members: Array<DelegationMember>;
  negotiation: Negotiation;
  party: Organization;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  round?: Maybe<Round>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A party's team, for a round or for a whole negotiation. */
export type DelegationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DelegationMember = Cited & Editable & Node & {
  __typename?: 'DelegationMember';
  citations: Array<Citation>;
  delegation: Delegation;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type DelegationMemberHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member of a delegation being added with it; without citations, the member cites the delegation's. */
export type DelegationMemberFields = {
  citations?: InputMaybe<Array<CitationInput>>;
  personId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A fact that can be edited: it carries a version for optimistic concurrency,
 * keeps every change in its history, and, once retracted, says when and why.
 */
export type Editable = {
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/**
 * A fact that can be edited: it carries a version for optimistic concurrency,
 * keeps every change in its history, and, once retracted, says when and why.
 */
export type EditableHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A numeric fact: a contribution in USD, a troop count. */
export type Figure = Cited & Editable & Node & {
  __typename?: 'Figure';
  agreement?: Maybe<Agreement>;
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate: Scalars['Boolean']['output'];
  /** The period the number holds for. */
  asOf?: Maybe<DateSpan>;
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  negotiation?: Maybe<Negotiation>;
  organization?: Maybe<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  round?: Maybe<Round>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A numeric fact: a contribution in USD, a troop count. */
export type FigureHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A numeric fact as a point of a series. */
export type FigurePoint = {
  __typename?: 'FigurePoint';
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate: Scalars['Boolean']['output'];
  /** The Figure itself (its citations, what it is about, ...). */
  figure: Figure;
  /** The figure's label: one series per label. */
  series: Scalars['String']['output'];
  /** Local midnight of the first day of the period the number holds for. */
  time: Scalars['Instant']['output'];
  /** Its unit ("USD", "troops"). */
  unit: Scalars['String']['output'];
  /** The number. */
  value: Scalars['Float']['output'];
};

/** Which figures `figureSeries` returns. */
export type FigureSeriesFilter = {
  /** Only figures about this Agreement; an unknown ID is BAD_USER_INPUT (HTTP 400). */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures about this Negotiation, one of its rounds, or the agreement it renews; an unknown ID is BAD_USER_INPUT (HTTP 400). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures in this unit ("USD", "troops"), exactly. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A topic of a negotiation that parties take positions on. */
export type Issue = Cited & Editable & Node & {
  __typename?: 'Issue';
  citations: Array<Citation>;
  description?: Maybe<Scalars['String']['output']>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  positions: Array<Position>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A topic of a negotiation that parties take positions on. */
export type IssueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  addAffiliation: AddAffiliationPayload;
  addAgreement: AddAgreementPayload;
  /** Adds an excerpt of a source as evidence for an existing fact. */
  addCitation: AddCitationPayload;
  addDelegation: AddDelegationPayload;
  addDelegationMember: AddDelegationMemberPayload;
  addFigure: AddFigurePayload;
  addIssue: AddIssuePayload;
  addNegotiation: AddNegotiationPayload;
  addOrganization: AddOrganizationPayload;
  addPerson: AddPersonPayload;
  addRound: AddRoundPayload;
  addRoundParticipant: AddRoundParticipantPayload;
  addSource: AddSourcePayload;
  recordPosition: RecordPositionPayload;
  recordStatement: RecordStatementPayload;
  /**
   * Retracts any fact by its global ID: it leaves lists and search but stays
   * reachable through `node(id:)`, with its history and the reason. A fact's
   * citations are retracted with it. A fact's last live citation, and a source
   * that live citations still point into, cannot be retracted.
   */
  retract: RetractPayload;
  updateAffiliation: UpdateAffiliationPayload;
  updateAgreement: UpdateAgreementPayload;
  /** Moves a citation to other words (or another source); the excerpt is found again. */
  updateCitation: UpdateCitationPayload;
  updateDelegation: UpdateDelegationPayload;
  updateDelegationMember: UpdateDelegationMemberPayload;
  updateFigure: UpdateFigurePayload;
  updateIssue: UpdateIssuePayload;
  updateNegotiation: UpdateNegotiationPayload;
  updateOrganization: UpdateOrganizationPayload;
  updatePerson: UpdatePersonPayload;
  updatePosition: UpdatePositionPayload;
  updateRound: UpdateRoundPayload;
  updateRoundParticipant: UpdateRoundParticipantPayload;
  /** Changing the text is refused while a live citation would no longer match it. */
  updateSource: UpdateSourcePayload;
  updateStatement: UpdateStatementPayload;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddAffiliationArgs = {
  input: AddAffiliationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddAgreementArgs = {
  input: AddAgreementInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddCitationArgs = {
  input: AddCitationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddDelegationArgs = {
  input: AddDelegationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddDelegationMemberArgs = {
  input: AddDelegationMemberInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddFigureArgs = {
  input: AddFigureInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddIssueArgs = {
  input: AddIssueInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddNegotiationArgs = {
  input: AddNegotiationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddOrganizationArgs = {
  input: AddOrganizationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddRoundArgs = {
  input: AddRoundInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddRoundParticipantArgs = {
  input: AddRoundParticipantInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationRecordPositionArgs = {
  input: RecordPositionInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationRecordStatementArgs = {
  input: RecordStatementInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationRetractArgs = {
  input: RetractInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateAffiliationArgs = {
  input: UpdateAffiliationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateAgreementArgs = {
  input: UpdateAgreementInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateCitationArgs = {
  input: UpdateCitationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateDelegationArgs = {
  input: UpdateDelegationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateDelegationMemberArgs = {
  input: UpdateDelegationMemberInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateFigureArgs = {
  input: UpdateFigureInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateIssueArgs = {
  input: UpdateIssueInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateNegotiationArgs = {
  input: UpdateNegotiationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdatePositionArgs = {
  input: UpdatePositionInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateRoundArgs = {
  input: UpdateRoundInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateRoundParticipantArgs = {
  input: UpdateRoundParticipantInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateSourceArgs = {
  input: UpdateSourceInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` for a token with the
 * editor or admin role (UNAUTHENTICATED without a valid one, FORBIDDEN for a
 * reader) and runs as one transaction. Failures a caller can fix come back in
 * `userErrors`, and then nothing at all was written.
 *
 * Every fact written carries at least one citation (CitationInput): the server
 * finds each excerpt in its source's text. Updates name the `version` they are
 * based on; fields left out stay as they are, `null` clears an optional one,
 * and `citations` given to an update are added to the fact's citations.
 * An update that changes nothing writes nothing.
 */
export type MutationUpdateStatementArgs = {
  input: UpdateStatementInput;
};

export type NameOrder = {
  direction?: InputMaybe<OrderDirection>;
  field?: NameOrderField;
};

export type NameOrderField =
  | 'NAME';

export type Negotiation = Cited & Editable & Node & {
  __typename?: 'Negotiation';
  /** The agreement this negotiation renews or replaces. */
  agreement?: Maybe<Agreement>;
  citations: Array<Citation>;
  /** Delegations sent for the whole negotiation (round delegations are on Round). */
  delegations: Array<Delegation>;
  figures: Array<Figure>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  parties: Array<Organization>;
  /** Every position taken in this negotiation, in any round. */
  positions: Array<Position>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  rounds: RoundConnection;
  statements: StatementConnection;
  status: NegotiationStatus;
  title: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type NegotiationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** One choice of a dashboard variable. */
export type Option = {
  __typename?: 'Option';
  /** What to show. */
  label: Scalars['String']['output'];
  /** What to send back: a global ID (a unit for UNIT). */
  value: Scalars['String']['output'];
};

/** Which choices `options` lists. */
export type OptionFilter = {
  /** Only choices within this Negotiation; an unknown ID is BAD_USER_INPUT (HTTP 400). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `options` lists. */
export type OptionKind =
  /** Agreements (with a negotiation: the one it renews). */
  | 'AGREEMENT'
  /** Issues (with a negotiation: those it has positions on). */
  | 'ISSUE'
  /** Negotiations, by title. */
  | 'NEGOTIATION'
  /** Organizations that are parties to a negotiation. */
  | 'PARTY'
  /** Rounds, by negotiation and number. */
  | 'ROUND'
  /** People and organizations that made statements. */
  | 'SPEAKER'
  /** Units of figures ("USD"); the value is the unit itself. */
  | 'UNIT';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A state, ministry, agency or other body. */
export type Organization = Actor & Cited & Editable & Node & {
  __typename?: 'Organization';
  children: Array<Organization>;
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** People and their roles in this organization. */
  members: Array<Affiliation>;
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A state, ministry, agency or other body. */
export type OrganizationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Person = Actor & Cited & Editable & Node & {
  __typename?: 'Person';
  affiliations: Array<Affiliation>;
  citations: Array<Citation>;
  /** Delegations this person sat on. */
  delegations: Array<DelegationMember>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Position = Cited & Editable & Node & {
  __typename?: 'Position';
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  issue: Issue;
  negotiation: Negotiation;
  party: Organization;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  round?: Maybe<Round>;
  summary: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type PositionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** One position of a negotiation: a party's stance on an issue, in a round or for the whole negotiation. */
export type PositionMatrixRow = {
  __typename?: 'PositionMatrixRow';
  /** The issue it is on. */
  issue: Issue;
  /** The party taking the position. */
  party: Organization;
  /** The Position itself (its citations, history, ...). */
  position: Position;
  /** The round it was taken in; null for a position on the whole negotiation. */
  round?: Maybe<Round>;
  /** The position, summarized. */
  summary: Scalars['String']['output'];
};

export type PositionOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: PositionOrderField;
};

export type PositionOrderField =
  | 'CREATED';

export type Query = {
  __typename?: 'Query';
  /**
   * Counts of statements, rounds or positions per bucket of a window, one
   * series per group, long format: a point for every bucket and every series
   * with at least one fact in the window, zeros included, sorted by time and
   * then series. At most 5,000 buckets and 100,000 points (buckets × series);
   * more is refused with BAD_USER_INPUT (HTTP 400).
   */
  activity: Activity;
  agreements: AgreementConnection;
  /**
   * Dated numeric facts as points, one series per label (a contribution in
   * USD, a troop count), sorted by time, series, then ID. A figure is placed at
   * local midnight of the first day of the period it holds for; undated figures
   * are left out.
   */
  figureSeries: Array<FigurePoint>;
  figures: FigureConnection;
  issues: IssueConnection;
  negotiations: NegotiationConnection;
  /** Any object by its global ID; null when no such object exists. */
  node?: Maybe<Node>;
  /** Objects by global IDs, in the order given; null for each that does not exist. */
  nodes: Array<Maybe<Node>>;
  /**
   * Choices for dashboard variables (a drop-down of negotiations or parties),
   * sorted by label (rounds by negotiation, then number).
   */
  options: Array<Option>;
  organizations: OrganizationConnection;
  people: PersonConnection;
  /**
   * Who holds which position on which issue, round by round, for one
   * negotiation: sorted by party name, issue name, then round number (positions
   * on the whole negotiation first). An unknown negotiation is BAD_USER_INPUT (HTTP 400).
   */
  positionMatrix: Array<PositionMatrixRow>;
  positions: PositionConnection;
  rounds: RoundConnection;
  /**
   * Full-text search (English stemming) over statements, positions and sources,
   * best match first. Accepts web-search syntax: quoted phrases, `or`, `-word`.
   */
  search: SearchResultConnection;
  sources: SourceConnection;
  statements: StatementConnection;
  /**
   * Rounds and dated statements overlapping a window, sorted by start time (a
   * round before the statements starting with it), then by ID. Field names are
   * Grafana's annotation columns.
   */
  timeline: Array<TimelineEvent>;
};


export type QueryActivityArgs = {
  filter?: InputMaybe<ActivityFilter>;
  groupBy?: ActivityGroupBy;
  of?: ActivityOf;
  window: BucketedTimeWindow;
};


export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


export type QueryFigureSeriesArgs = {
  filter?: InputMaybe<FigureSeriesFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
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


export type QueryOptionsArgs = {
  filter?: InputMaybe<OptionFilter>;
  kind: OptionKind;
  limit?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryPositionMatrixArgs = {
  negotiationId: Scalars['ID']['input'];
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


export type QueryTimelineArgs = {
  filter?: InputMaybe<TimelineFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  window: TimeWindow;
};

export type RecordPositionInput = {
  citations: Array<CitationInput>;
  issueId: Scalars['ID']['input'];
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** The Organization taking the position. */
  partyId: Scalars['ID']['input'];
  /** Omit when the source does not tie the position to a round. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
};

export type RecordPositionPayload = {
  __typename?: 'RecordPositionPayload';
  position?: Maybe<Position>;
  userErrors: Array<UserError>;
};

export type RecordStatementInput = {
  citations: Array<CitationInput>;
  kind: StatementKind;
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** A Person or an Organization. */
  speakerId: Scalars['ID']['input'];
  /** When it was said; leave it out when the source does not say. */
  statedOn?: InputMaybe<DateSpanInput>;
  /** For a DIRECT_QUOTE, the quoted words exactly: they must occur in one of the excerpts. */
  text: Scalars['String']['input'];
};

export type RecordStatementPayload = {
  __typename?: 'RecordStatementPayload';
  statement?: Maybe<Statement>;
  userErrors: Array<UserError>;
};

export type RetractInput = {
  /** Any fact's global ID. */
  id: Scalars['ID']['input'];
  /** Why; kept with the fact and shown in its history. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type RetractPayload = {
  __typename?: 'RetractPayload';
  /** The fact as it is now: retracted, with its reason. */
  retracted?: Maybe<Editable>;
  retractedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type Round = Cited & Editable & Node & {
  __typename?: 'Round';
  citations: Array<Citation>;
  /** The dates as a span with the source's wording. */
  dates?: Maybe<DateSpan>;
  delegations: Array<Delegation>;
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  negotiation: Negotiation;
  number: Scalars['Int']['output'];
  outcome?: Maybe<Scalars['String']['output']>;
  participants: Array<RoundParticipant>;
  positions: Array<Position>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** What was said in this round, in the order it was said. */
  statements: Array<Statement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type RoundHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type RoundParticipant = Cited & Editable & Node & {
  __typename?: 'RoundParticipant';
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** The party this person spoke for. */
  party?: Maybe<Organization>;
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  round: Round;
  /** What this person said in this round. */
  statements: Array<Statement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person at the table in a round. */
export type RoundParticipantHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type Source = Editable & Node & {
  __typename?: 'Source';
  /** Every excerpt cited from this source, in text order. */
  citations: CitationConnection;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  publishedAt: Scalars['Date']['output'];
  publisher: Scalars['String']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The full text; every citation's start/end index into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A document facts are taken from. */
export type SourceCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document facts are taken from. */
export type SourceHistoryArgs = {
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

export type Statement = Cited & Editable & Node & {
  __typename?: 'Statement';
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  negotiation: Negotiation;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  round?: Maybe<Round>;
  speaker: Actor;
  /** When it was said; null when the source does not say. */
  statedOn?: Maybe<DateSpan>;
  text: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


export type StatementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** The length of one bucket of a time series; buckets start at local midnight in the window's time zone. */
export type TimeBucket =
  /** A calendar day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** A calendar quarter, starting in January, April, July or October. */
  | 'QUARTER'
  /** An ISO 8601 week, Monday to Sunday. */
  | 'WEEK'
  /** A calendar year. */
  | 'YEAR';

/** A window of time, from <= t < to, seen in one time zone. */
export type TimeWindow = {
  /** Start (included). A calendar date means local midnight in `timeZone`. */
  from: Scalars['Instant']['input'];
  /** An IANA time zone ("Asia/Seoul") or "UTC"/"utc"; UTC when left out or null. Unknown zones are BAD_USER_INPUT (HTTP 400). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** End (excluded); must be after `from`. */
  to: Scalars['Instant']['input'];
};

/** A round or a statement on a timeline; field names are Grafana's annotation columns. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** ROUND or STATEMENT. */
  kind: TimelineEventKind;
  /** The Round or Statement. */
  subject: Node;
  /** "round" and the negotiation; or "statement", the kind and the party ("Unattributed" when unknown). */
  tags: Array<Scalars['String']['output']>;
  /** The negotiation and the round's outcome, or what was said. */
  text: Scalars['String']['output'];
  /** Local midnight of the first day, in the window's time zone. */
  time: Scalars['Instant']['output'];
  /** Local midnight after the last day (the end is excluded). */
  timeEnd: Scalars['Instant']['output'];
  /** "Round 6, Washington", or the speaker and the party spoken for ("Jeong Eun-bo (South Korea)"). */
  title: Scalars['String']['output'];
};

/** What a timeline event is. */
export type TimelineEventKind =
  /** A round: a region over its days. */
  | 'ROUND'
  /** A dated statement, over the day (or span of days) it may have been said. */
  | 'STATEMENT';

/** Which events `timeline` returns. */
export type TimelineFilter = {
  /** Only events of this Negotiation (its ID); an unknown ID is BAD_USER_INPUT (HTTP 400). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateAffiliationInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateAffiliationPayload = {
  __typename?: 'UpdateAffiliationPayload';
  affiliation?: Maybe<Affiliation>;
  userErrors: Array<UserError>;
};

export type UpdateAgreementInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  effectiveWording?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The parties, all of them: replaces the current set. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AgreementStatus>;
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateAgreementPayload = {
  __typename?: 'UpdateAgreementPayload';
  agreement?: Maybe<Agreement>;
  userErrors: Array<UserError>;
};

export type UpdateCitationInput = {
  excerpt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateCitationPayload = {
  __typename?: 'UpdateCitationPayload';
  citation?: Maybe<Citation>;
  userErrors: Array<UserError>;
};

export type UpdateDelegationInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  headId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateDelegationMemberInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateDelegationMemberPayload = {
  __typename?: 'UpdateDelegationMemberPayload';
  delegationMember?: Maybe<DelegationMember>;
  userErrors: Array<UserError>;
};

export type UpdateDelegationPayload = {
  __typename?: 'UpdateDelegationPayload';
  delegation?: Maybe<Delegation>;
  userErrors: Array<UserError>;
};

export type UpdateFigureInput = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<DateSpanInput>;
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateFigurePayload = {
  __typename?: 'UpdateFigurePayload';
  figure?: Maybe<Figure>;
  userErrors: Array<UserError>;
};

export type UpdateIssueInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateIssuePayload = {
  __typename?: 'UpdateIssuePayload';
  issue?: Maybe<Issue>;
  userErrors: Array<UserError>;
};

export type UpdateNegotiationInput = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  /** The parties, all of them: replaces the current set. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<NegotiationStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateNegotiationPayload = {
  __typename?: 'UpdateNegotiationPayload';
  negotiation?: Maybe<Negotiation>;
  userErrors: Array<UserError>;
};

export type UpdateOrganizationInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  organization?: Maybe<Organization>;
  userErrors: Array<UserError>;
};

export type UpdatePersonInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type UpdatePositionInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePositionPayload = {
  __typename?: 'UpdatePositionPayload';
  position?: Maybe<Position>;
  userErrors: Array<UserError>;
};

export type UpdateRoundInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  dateWording?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRoundParticipantInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  partyId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRoundParticipantPayload = {
  __typename?: 'UpdateRoundParticipantPayload';
  roundParticipant?: Maybe<RoundParticipant>;
  userErrors: Array<UserError>;
};

export type UpdateRoundPayload = {
  __typename?: 'UpdateRoundPayload';
  round?: Maybe<Round>;
  userErrors: Array<UserError>;
};

export type UpdateSourceInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SourceKind>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateSourcePayload = {
  __typename?: 'UpdateSourcePayload';
  source?: Maybe<Source>;
  userErrors: Array<UserError>;
};

export type UpdateStatementInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<StatementKind>;
  /** A round of the statement's negotiation; null detaches the statement from any round. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  statedOn?: InputMaybe<DateSpanInput>;
  text?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateStatementPayload = {
  __typename?: 'UpdateStatementPayload';
  statement?: Maybe<Statement>;
  userErrors: Array<UserError>;
};

/** A failure the caller can fix. When a payload has any, nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** The path into the input, e.g. ["input", "citations", 0, "excerpt"]. */
  field: Array<Scalars['PathSegment']['output']>;
  /** What was expected and what arrived. */
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  /** The object changed since the version the request is based on; reload it and apply the change again. */
  | 'CONFLICT'
  /** A fact with the same natural key (a name, a round number in its negotiation, ...) exists. */
  | 'DUPLICATE'
  /** A citation's excerpt is not in its source's text (or not where `start` says). */
  | 'EXCERPT_NOT_IN_SOURCE'
  /** The input breaks a rule (a blank name, dates out of order, a reference of the wrong type). */
  | 'INVALID'
  /** A referenced or edited object does not exist, or was retracted. */
  | 'NOT_FOUND';



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
  Editable:
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
  Activity: ResolverTypeWrapper<ActivityValue>;
  ActivityFilter: ActivityFilter;
  ActivityGroupBy: ActivityGroupBy;
  ActivityOf: ActivityOf;
  ActivityPoint: ResolverTypeWrapper<ActivityPoint>;
  ActivitySeries: ResolverTypeWrapper<ActivitySeries>;
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  AddAffiliationInput: AddAffiliationInput;
  AddAffiliationPayload: ResolverTypeWrapper<Omit<AddAffiliationPayload, 'affiliation'> & { affiliation?: Maybe<ResolversTypes['Affiliation']> }>;
  AddAgreementInput: AddAgreementInput;
  AddAgreementPayload: ResolverTypeWrapper<Omit<AddAgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversTypes['Agreement']> }>;
  AddCitationInput: AddCitationInput;
  AddCitationPayload: ResolverTypeWrapper<Omit<AddCitationPayload, 'citation'> & { citation?: Maybe<ResolversTypes['Citation']> }>;
  AddDelegationInput: AddDelegationInput;
  AddDelegationMemberInput: AddDelegationMemberInput;
  AddDelegationMemberPayload: ResolverTypeWrapper<Omit<AddDelegationMemberPayload, 'delegationMember'> & { delegationMember?: Maybe<ResolversTypes['DelegationMember']> }>;
  AddDelegationPayload: ResolverTypeWrapper<Omit<AddDelegationPayload, 'delegation'> & { delegation?: Maybe<ResolversTypes['Delegation']> }>;
  AddFigureInput: AddFigureInput;
  AddFigurePayload: ResolverTypeWrapper<Omit<AddFigurePayload, 'figure'> & { figure?: Maybe<ResolversTypes['Figure']> }>;
  AddIssueInput: AddIssueInput;
  AddIssuePayload: ResolverTypeWrapper<Omit<AddIssuePayload, 'issue'> & { issue?: Maybe<ResolversTypes['Issue']> }>;
  AddNegotiationInput: AddNegotiationInput;
  AddNegotiationPayload: ResolverTypeWrapper<Omit<AddNegotiationPayload, 'negotiation'> & { negotiation?: Maybe<ResolversTypes['Negotiation']> }>;
  AddOrganizationInput: AddOrganizationInput;
  AddOrganizationPayload: ResolverTypeWrapper<Omit<AddOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  AddPersonInput: AddPersonInput;
  AddPersonPayload: ResolverTypeWrapper<Omit<AddPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  AddRoundInput: AddRoundInput;
  AddRoundParticipantInput: AddRoundParticipantInput;
  AddRoundParticipantPayload: ResolverTypeWrapper<Omit<AddRoundParticipantPayload, 'roundParticipant'> & { roundParticipant?: Maybe<ResolversTypes['RoundParticipant']> }>;
  AddRoundPayload: ResolverTypeWrapper<Omit<AddRoundPayload, 'round'> & { round?: Maybe<ResolversTypes['Round']> }>;
  AddSourceInput: AddSourceInput;
  AddSourcePayload: ResolverTypeWrapper<Omit<AddSourcePayload, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  Affiliation: ResolverTypeWrapper<AffiliationRow>;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementConnection: ResolverTypeWrapper<AgreementConnectionValue>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  AgreementOrderField: AgreementOrderField;
  AgreementStatus: AgreementStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BucketedTimeWindow: BucketedTimeWindow;
  CacheControlScope: CacheControlScope;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeAction: ChangeAction;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionValue>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitationConnection: ResolverTypeWrapper<CitationConnectionValue>;
  CitationEdge: ResolverTypeWrapper<Omit<CitationEdge, 'node'> & { node: ResolversTypes['Citation'] }>;
  CitationInput: CitationInput;
  Cited: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Cited']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateSpan: ResolverTypeWrapper<DateSpanValue>;
  DateSpanInput: DateSpanInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegation: ResolverTypeWrapper<DelegationRow>;
  DelegationMember: ResolverTypeWrapper<DelegationMemberRow>;
  DelegationMemberFields: DelegationMemberFields;
  Editable: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Editable']>;
  Figure: ResolverTypeWrapper<FigureRow>;
  FigureConnection: ResolverTypeWrapper<FigureConnectionValue>;
  FigureEdge: ResolverTypeWrapper<Omit<FigureEdge, 'node'> & { node: ResolversTypes['Figure'] }>;
  FigureFilter: FigureFilter;
  FigureOrder: FigureOrder;
  FigureOrderField: FigureOrderField;
  FigurePoint: ResolverTypeWrapper<FigurePointValue>;
  FigureSeriesFilter: FigureSeriesFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instant: ResolverTypeWrapper<Scalars['Instant']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Issue: ResolverTypeWrapper<IssueRow>;
  IssueConnection: ResolverTypeWrapper<IssueConnectionValue>;
  IssueEdge: ResolverTypeWrapper<Omit<IssueEdge, 'node'> & { node: ResolversTypes['Issue'] }>;
  IssueFilter: IssueFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  Option: ResolverTypeWrapper<Option>;
  OptionFilter: OptionFilter;
  OptionKind: OptionKind;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionValue>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathSegment: ResolverTypeWrapper<Scalars['PathSegment']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionValue>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionConnection: ResolverTypeWrapper<PositionConnectionValue>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionFilter: PositionFilter;
  PositionMatrixRow: ResolverTypeWrapper<PositionMatrixRowValue>;
  PositionOrder: PositionOrder;
  PositionOrderField: PositionOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPositionInput: RecordPositionInput;
  RecordPositionPayload: ResolverTypeWrapper<Omit<RecordPositionPayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  RecordStatementInput: RecordStatementInput;
  RecordStatementPayload: ResolverTypeWrapper<Omit<RecordStatementPayload, 'statement'> & { statement?: Maybe<ResolversTypes['Statement']> }>;
  RetractInput: RetractInput;
  RetractPayload: ResolverTypeWrapper<Omit<RetractPayload, 'retracted'> & { retracted?: Maybe<ResolversTypes['Editable']> }>;
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
  TimeBucket: TimeBucket;
  TimeWindow: TimeWindow;
  TimelineEvent: ResolverTypeWrapper<TimelineEventValue>;
  TimelineEventKind: TimelineEventKind;
  TimelineFilter: TimelineFilter;
  UpdateAffiliationInput: UpdateAffiliationInput;
  UpdateAffiliationPayload: ResolverTypeWrapper<Omit<UpdateAffiliationPayload, 'affiliation'> & { affiliation?: Maybe<ResolversTypes['Affiliation']> }>;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateAgreementPayload: ResolverTypeWrapper<Omit<UpdateAgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversTypes['Agreement']> }>;
  UpdateCitationInput: UpdateCitationInput;
  UpdateCitationPayload: ResolverTypeWrapper<Omit<UpdateCitationPayload, 'citation'> & { citation?: Maybe<ResolversTypes['Citation']> }>;
  UpdateDelegationInput: UpdateDelegationInput;
  UpdateDelegationMemberInput: UpdateDelegationMemberInput;
  UpdateDelegationMemberPayload: ResolverTypeWrapper<Omit<UpdateDelegationMemberPayload, 'delegationMember'> & { delegationMember?: Maybe<ResolversTypes['DelegationMember']> }>;
  UpdateDelegationPayload: ResolverTypeWrapper<Omit<UpdateDelegationPayload, 'delegation'> & { delegation?: Maybe<ResolversTypes['Delegation']> }>;
  UpdateFigureInput: UpdateFigureInput;
  UpdateFigurePayload: ResolverTypeWrapper<Omit<UpdateFigurePayload, 'figure'> & { figure?: Maybe<ResolversTypes['Figure']> }>;
  UpdateIssueInput: UpdateIssueInput;
  UpdateIssuePayload: ResolverTypeWrapper<Omit<UpdateIssuePayload, 'issue'> & { issue?: Maybe<ResolversTypes['Issue']> }>;
  UpdateNegotiationInput: UpdateNegotiationInput;
  UpdateNegotiationPayload: ResolverTypeWrapper<Omit<UpdateNegotiationPayload, 'negotiation'> & { negotiation?: Maybe<ResolversTypes['Negotiation']> }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: ResolverTypeWrapper<Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdatePositionInput: UpdatePositionInput;
  UpdatePositionPayload: ResolverTypeWrapper<Omit<UpdatePositionPayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  UpdateRoundInput: UpdateRoundInput;
  UpdateRoundParticipantInput: UpdateRoundParticipantInput;
  UpdateRoundParticipantPayload: ResolverTypeWrapper<Omit<UpdateRoundParticipantPayload, 'roundParticipant'> & { roundParticipant?: Maybe<ResolversTypes['RoundParticipant']> }>;
  UpdateRoundPayload: ResolverTypeWrapper<Omit<UpdateRoundPayload, 'round'> & { round?: Maybe<ResolversTypes['Round']> }>;
  UpdateSourceInput: UpdateSourceInput;
  UpdateSourcePayload: ResolverTypeWrapper<Omit<UpdateSourcePayload, 'source'> & { source?: Maybe<ResolversTypes['Source']> }>;
  UpdateStatementInput: UpdateStatementInput;
  UpdateStatementPayload: ResolverTypeWrapper<Omit<UpdateStatementPayload, 'statement'> & { statement?: Maybe<ResolversTypes['Statement']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityValue;
  ActivityFilter: ActivityFilter;
  ActivityPoint: ActivityPoint;
  ActivitySeries: ActivitySeries;
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  AddAffiliationInput: AddAffiliationInput;
  AddAffiliationPayload: Omit<AddAffiliationPayload, 'affiliation'> & { affiliation?: Maybe<ResolversParentTypes['Affiliation']> };
  AddAgreementInput: AddAgreementInput;
  AddAgreementPayload: Omit<AddAgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversParentTypes['Agreement']> };
  AddCitationInput: AddCitationInput;
  AddCitationPayload: Omit<AddCitationPayload, 'citation'> & { citation?: Maybe<ResolversParentTypes['Citation']> };
  AddDelegationInput: AddDelegationInput;
  AddDelegationMemberInput: AddDelegationMemberInput;
  AddDelegationMemberPayload: Omit<AddDelegationMemberPayload, 'delegationMember'> & { delegationMember?: Maybe<ResolversParentTypes['DelegationMember']> };
  AddDelegationPayload: Omit<AddDelegationPayload, 'delegation'> & { delegation?: Maybe<ResolversParentTypes['Delegation']> };
  AddFigureInput: AddFigureInput;
  AddFigurePayload: Omit<AddFigurePayload, 'figure'> & { figure?: Maybe<ResolversParentTypes['Figure']> };
  AddIssueInput: AddIssueInput;
  AddIssuePayload: Omit<AddIssuePayload, 'issue'> & { issue?: Maybe<ResolversParentTypes['Issue']> };
  AddNegotiationInput: AddNegotiationInput;
  AddNegotiationPayload: Omit<AddNegotiationPayload, 'negotiation'> & { negotiation?: Maybe<ResolversParentTypes['Negotiation']> };
  AddOrganizationInput: AddOrganizationInput;
  AddOrganizationPayload: Omit<AddOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  AddPersonInput: AddPersonInput;
  AddPersonPayload: Omit<AddPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  AddRoundInput: AddRoundInput;
  AddRoundParticipantInput: AddRoundParticipantInput;
  AddRoundParticipantPayload: Omit<AddRoundParticipantPayload, 'roundParticipant'> & { roundParticipant?: Maybe<ResolversParentTypes['RoundParticipant']> };
  AddRoundPayload: Omit<AddRoundPayload, 'round'> & { round?: Maybe<ResolversParentTypes['Round']> };
  AddSourceInput: AddSourceInput;
  AddSourcePayload: Omit<AddSourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  Affiliation: AffiliationRow;
  Agreement: AgreementRow;
  AgreementConnection: AgreementConnectionValue;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  Boolean: Scalars['Boolean']['output'];
  BucketedTimeWindow: BucketedTimeWindow;
  Change: ChangeRow;
  ChangeConnection: ChangeConnectionValue;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Citation: CitationRow;
  CitationConnection: CitationConnectionValue;
  CitationEdge: Omit<CitationEdge, 'node'> & { node: ResolversParentTypes['Citation'] };
  CitationInput: CitationInput;
  Cited: ResolversInterfaceTypes<ResolversParentTypes>['Cited'];
  Date: Scalars['Date']['output'];
  DateSpan: DateSpanValue;
  DateSpanInput: DateSpanInput;
  DateTime: Scalars['DateTime']['output'];
  Delegation: DelegationRow;
  DelegationMember: DelegationMemberRow;
  DelegationMemberFields: DelegationMemberFields;
  Editable: ResolversInterfaceTypes<ResolversParentTypes>['Editable'];
  Figure: FigureRow;
  FigureConnection: FigureConnectionValue;
  FigureEdge: Omit<FigureEdge, 'node'> & { node: ResolversParentTypes['Figure'] };
  FigureFilter: FigureFilter;
  FigureOrder: FigureOrder;
  FigurePoint: FigurePointValue;
  FigureSeriesFilter: FigureSeriesFilter;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Instant: Scalars['Instant']['output'];
  Int: Scalars['Int']['output'];
  Issue: IssueRow;
  IssueConnection: IssueConnectionValue;
  IssueEdge: Omit<IssueEdge, 'node'> & { node: ResolversParentTypes['Issue'] };
  IssueFilter: IssueFilter;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  NameOrder: NameOrder;
  Negotiation: NegotiationRow;
  NegotiationConnection: NegotiationConnectionValue;
  NegotiationEdge: Omit<NegotiationEdge, 'node'> & { node: ResolversParentTypes['Negotiation'] };
  NegotiationFilter: NegotiationFilter;
  NegotiationOrder: NegotiationOrder;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Option: Option;
  OptionFilter: OptionFilter;
  Organization: OrganizationRow;
  OrganizationConnection: OrganizationConnectionValue;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  PathSegment: Scalars['PathSegment']['output'];
  Person: PersonRow;
  PersonConnection: PersonConnectionValue;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  Position: PositionRow;
  PositionConnection: PositionConnectionValue;
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionFilter: PositionFilter;
  PositionMatrixRow: PositionMatrixRowValue;
  PositionOrder: PositionOrder;
  Query: Record<PropertyKey, never>;
  RecordPositionInput: RecordPositionInput;
  RecordPositionPayload: Omit<RecordPositionPayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  RecordStatementInput: RecordStatementInput;
  RecordStatementPayload: Omit<RecordStatementPayload, 'statement'> & { statement?: Maybe<ResolversParentTypes['Statement']> };
  RetractInput: RetractInput;
  RetractPayload: Omit<RetractPayload, 'retracted'> & { retracted?: Maybe<ResolversParentTypes['Editable']> };
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
  TimeWindow: TimeWindow;
  TimelineEvent: TimelineEventValue;
  TimelineFilter: TimelineFilter;
  UpdateAffiliationInput: UpdateAffiliationInput;
  UpdateAffiliationPayload: Omit<UpdateAffiliationPayload, 'affiliation'> & { affiliation?: Maybe<ResolversParentTypes['Affiliation']> };
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateAgreementPayload: Omit<UpdateAgreementPayload, 'agreement'> & { agreement?: Maybe<ResolversParentTypes['Agreement']> };
  UpdateCitationInput: UpdateCitationInput;
  UpdateCitationPayload: Omit<UpdateCitationPayload, 'citation'> & { citation?: Maybe<ResolversParentTypes['Citation']> };
  UpdateDelegationInput: UpdateDelegationInput;
  UpdateDelegationMemberInput: UpdateDelegationMemberInput;
  UpdateDelegationMemberPayload: Omit<UpdateDelegationMemberPayload, 'delegationMember'> & { delegationMember?: Maybe<ResolversParentTypes['DelegationMember']> };
  UpdateDelegationPayload: Omit<UpdateDelegationPayload, 'delegation'> & { delegation?: Maybe<ResolversParentTypes['Delegation']> };
  UpdateFigureInput: UpdateFigureInput;
  UpdateFigurePayload: Omit<UpdateFigurePayload, 'figure'> & { figure?: Maybe<ResolversParentTypes['Figure']> };
  UpdateIssueInput: UpdateIssueInput;
  UpdateIssuePayload: Omit<UpdateIssuePayload, 'issue'> & { issue?: Maybe<ResolversParentTypes['Issue']> };
  UpdateNegotiationInput: UpdateNegotiationInput;
  UpdateNegotiationPayload: Omit<UpdateNegotiationPayload, 'negotiation'> & { negotiation?: Maybe<ResolversParentTypes['Negotiation']> };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: Omit<UpdateOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdatePositionInput: UpdatePositionInput;
  UpdatePositionPayload: Omit<UpdatePositionPayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  UpdateRoundInput: UpdateRoundInput;
  UpdateRoundParticipantInput: UpdateRoundParticipantInput;
  UpdateRoundParticipantPayload: Omit<UpdateRoundParticipantPayload, 'roundParticipant'> & { roundParticipant?: Maybe<ResolversParentTypes['RoundParticipant']> };
  UpdateRoundPayload: Omit<UpdateRoundPayload, 'round'> & { round?: Maybe<ResolversParentTypes['Round']> };
  UpdateSourceInput: UpdateSourceInput;
  UpdateSourcePayload: Omit<UpdateSourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['Source']> };
  UpdateStatementInput: UpdateStatementInput;
  UpdateStatementPayload: Omit<UpdateStatementPayload, 'statement'> & { statement?: Maybe<ResolversParentTypes['Statement']> };
  UserError: UserError;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  bucket?: Resolver<ResolversTypes['TimeBucket'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  outsideWindow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ActivityPoint']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ActivitySeries']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityPoint'] = ResolversParentTypes['ActivityPoint']> = {
  series?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seriesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivitySeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivitySeries'] = ResolversParentTypes['ActivitySeries']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type AddAffiliationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddAffiliationPayload'] = ResolversParentTypes['AddAffiliationPayload']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddAgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddAgreementPayload'] = ResolversParentTypes['AddAgreementPayload']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddCitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddCitationPayload'] = ResolversParentTypes['AddCitationPayload']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddDelegationMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddDelegationMemberPayload'] = ResolversParentTypes['AddDelegationMemberPayload']> = {
  delegationMember?: Resolver<Maybe<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddDelegationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddDelegationPayload'] = ResolversParentTypes['AddDelegationPayload']> = {
  delegation?: Resolver<Maybe<ResolversTypes['Delegation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddFigurePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddFigurePayload'] = ResolversParentTypes['AddFigurePayload']> = {
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddIssuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddIssuePayload'] = ResolversParentTypes['AddIssuePayload']> = {
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddNegotiationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddNegotiationPayload'] = ResolversParentTypes['AddNegotiationPayload']> = {
  negotiation?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddOrganizationPayload'] = ResolversParentTypes['AddOrganizationPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddPersonPayload'] = ResolversParentTypes['AddPersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddRoundParticipantPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddRoundParticipantPayload'] = ResolversParentTypes['AddRoundParticipantPayload']> = {
  roundParticipant?: Resolver<Maybe<ResolversTypes['RoundParticipant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddRoundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddRoundPayload'] = ResolversParentTypes['AddRoundPayload']> = {
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddSourcePayload'] = ResolversParentTypes['AddSourcePayload']> = {
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<AffiliationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveWording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<AgreementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negotiations?: Resolver<Array<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<CitationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Cited']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<DelegationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationMember'] = ResolversParentTypes['DelegationMember']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegation?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<DelegationMemberHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Editable'] = ResolversParentTypes['Editable']> = {
  __resolveType: TypeResolveFn<'Affiliation' | 'Agreement' | 'Citation' | 'Delegation' | 'DelegationMember' | 'Figure' | 'Issue' | 'Negotiation' | 'Organization' | 'Person' | 'Position' | 'Round' | 'RoundParticipant' | 'Source' | 'Statement', ParentType, ContextType>;
};

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<FigureHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negotiation?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type FigurePointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigurePoint'] = ResolversParentTypes['FigurePoint']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  series?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface InstantScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Instant'], any> {
  name: 'Instant';
}

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<IssueHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAffiliation?: Resolver<ResolversTypes['AddAffiliationPayload'], ParentType, ContextType, RequireFields<MutationAddAffiliationArgs, 'input'>>;
  addAgreement?: Resolver<ResolversTypes['AddAgreementPayload'], ParentType, ContextType, RequireFields<MutationAddAgreementArgs, 'input'>>;
  addCitation?: Resolver<ResolversTypes['AddCitationPayload'], ParentType, ContextType, RequireFields<MutationAddCitationArgs, 'input'>>;
  addDelegation?: Resolver<ResolversTypes['AddDelegationPayload'], ParentType, ContextType, RequireFields<MutationAddDelegationArgs, 'input'>>;
  addDelegationMember?: Resolver<ResolversTypes['AddDelegationMemberPayload'], ParentType, ContextType, RequireFields<MutationAddDelegationMemberArgs, 'input'>>;
  addFigure?: Resolver<ResolversTypes['AddFigurePayload'], ParentType, ContextType, RequireFields<MutationAddFigureArgs, 'input'>>;
  addIssue?: Resolver<ResolversTypes['AddIssuePayload'], ParentType, ContextType, RequireFields<MutationAddIssueArgs, 'input'>>;
  addNegotiation?: Resolver<ResolversTypes['AddNegotiationPayload'], ParentType, ContextType, RequireFields<MutationAddNegotiationArgs, 'input'>>;
  addOrganization?: Resolver<ResolversTypes['AddOrganizationPayload'], ParentType, ContextType, RequireFields<MutationAddOrganizationArgs, 'input'>>;
  addPerson?: Resolver<ResolversTypes['AddPersonPayload'], ParentType, ContextType, RequireFields<MutationAddPersonArgs, 'input'>>;
  addRound?: Resolver<ResolversTypes['AddRoundPayload'], ParentType, ContextType, RequireFields<MutationAddRoundArgs, 'input'>>;
  addRoundParticipant?: Resolver<ResolversTypes['AddRoundParticipantPayload'], ParentType, ContextType, RequireFields<MutationAddRoundParticipantArgs, 'input'>>;
  addSource?: Resolver<ResolversTypes['AddSourcePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  recordPosition?: Resolver<ResolversTypes['RecordPositionPayload'], ParentType, ContextType, RequireFields<MutationRecordPositionArgs, 'input'>>;
  recordStatement?: Resolver<ResolversTypes['RecordStatementPayload'], ParentType, ContextType, RequireFields<MutationRecordStatementArgs, 'input'>>;
  retract?: Resolver<ResolversTypes['RetractPayload'], ParentType, ContextType, RequireFields<MutationRetractArgs, 'input'>>;
  updateAffiliation?: Resolver<ResolversTypes['UpdateAffiliationPayload'], ParentType, ContextType, RequireFields<MutationUpdateAffiliationArgs, 'input'>>;
  updateAgreement?: Resolver<ResolversTypes['UpdateAgreementPayload'], ParentType, ContextType, RequireFields<MutationUpdateAgreementArgs, 'input'>>;
  updateCitation?: Resolver<ResolversTypes['UpdateCitationPayload'], ParentType, ContextType, RequireFields<MutationUpdateCitationArgs, 'input'>>;
  updateDelegation?: Resolver<ResolversTypes['UpdateDelegationPayload'], ParentType, ContextType, RequireFields<MutationUpdateDelegationArgs, 'input'>>;
  updateDelegationMember?: Resolver<ResolversTypes['UpdateDelegationMemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateDelegationMemberArgs, 'input'>>;
  updateFigure?: Resolver<ResolversTypes['UpdateFigurePayload'], ParentType, ContextType, RequireFields<MutationUpdateFigureArgs, 'input'>>;
  updateIssue?: Resolver<ResolversTypes['UpdateIssuePayload'], ParentType, ContextType, RequireFields<MutationUpdateIssueArgs, 'input'>>;
  updateNegotiation?: Resolver<ResolversTypes['UpdateNegotiationPayload'], ParentType, ContextType, RequireFields<MutationUpdateNegotiationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['UpdateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  updatePosition?: Resolver<ResolversTypes['UpdatePositionPayload'], ParentType, ContextType, RequireFields<MutationUpdatePositionArgs, 'input'>>;
  updateRound?: Resolver<ResolversTypes['UpdateRoundPayload'], ParentType, ContextType, RequireFields<MutationUpdateRoundArgs, 'input'>>;
  updateRoundParticipant?: Resolver<ResolversTypes['UpdateRoundParticipantPayload'], ParentType, ContextType, RequireFields<MutationUpdateRoundParticipantArgs, 'input'>>;
  updateSource?: Resolver<ResolversTypes['UpdateSourcePayload'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'input'>>;
  updateStatement?: Resolver<ResolversTypes['UpdateStatementPayload'], ParentType, ContextType, RequireFields<MutationUpdateStatementArgs, 'input'>>;
};

export type NegotiationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Negotiation'] = ResolversParentTypes['Negotiation']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<NegotiationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['RoundConnection'], ParentType, ContextType, RequireFields<NegotiationRoundsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<NegotiationStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['NegotiationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type OptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Option'] = ResolversParentTypes['Option']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<OrganizationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export interface PathSegmentScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PathSegment'], any> {
  name: 'PathSegment';
}

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<PositionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type PositionMatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionMatrixRow'] = ResolversParentTypes['PositionMatrixRow']> = {
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<QueryActivityArgs, 'groupBy' | 'of' | 'window'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first'>>;
  figureSeries?: Resolver<Array<ResolversTypes['FigurePoint']>, ParentType, ContextType, RequireFields<QueryFigureSeriesArgs, 'limit' | 'timeZone'>>;
  figures?: Resolver<ResolversTypes['FigureConnection'], ParentType, ContextType, RequireFields<QueryFiguresArgs, 'first'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, RequireFields<QueryIssuesArgs, 'first'>>;
  negotiations?: Resolver<ResolversTypes['NegotiationConnection'], ParentType, ContextType, RequireFields<QueryNegotiationsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  options?: Resolver<Array<ResolversTypes['Option']>, ParentType, ContextType, RequireFields<QueryOptionsArgs, 'kind' | 'limit'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  positionMatrix?: Resolver<Array<ResolversTypes['PositionMatrixRow']>, ParentType, ContextType, RequireFields<QueryPositionMatrixArgs, 'negotiationId'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
  rounds?: Resolver<ResolversTypes['RoundConnection'], ParentType, ContextType, RequireFields<QueryRoundsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'limit' | 'window'>>;
};

export type RecordPositionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordPositionPayload'] = ResolversParentTypes['RecordPositionPayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RecordStatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordStatementPayload'] = ResolversParentTypes['RecordStatementPayload']> = {
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RetractPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractPayload'] = ResolversParentTypes['RetractPayload']> = {
  retracted?: Resolver<Maybe<ResolversTypes['Editable']>, ParentType, ContextType>;
  retractedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Round'] = ResolversParentTypes['Round']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  dates?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  delegations?: Resolver<Array<ResolversTypes['Delegation']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<RoundHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['RoundParticipant']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<RoundParticipantHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Round'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<SourceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<StatementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  negotiation?: Resolver<ResolversTypes['Negotiation'], ParentType, ContextType>;
  retractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statedOn?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  timeEnd?: Resolver<ResolversTypes['Instant'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateAffiliationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateAffiliationPayload'] = ResolversParentTypes['UpdateAffiliationPayload']> = {
  affiliation?: Resolver<Maybe<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateAgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateAgreementPayload'] = ResolversParentTypes['UpdateAgreementPayload']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateCitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateCitationPayload'] = ResolversParentTypes['UpdateCitationPayload']> = {
  citation?: Resolver<Maybe<ResolversTypes['Citation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateDelegationMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateDelegationMemberPayload'] = ResolversParentTypes['UpdateDelegationMemberPayload']> = {
  delegationMember?: Resolver<Maybe<ResolversTypes['DelegationMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateDelegationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateDelegationPayload'] = ResolversParentTypes['UpdateDelegationPayload']> = {
  delegation?: Resolver<Maybe<ResolversTypes['Delegation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateFigurePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateFigurePayload'] = ResolversParentTypes['UpdateFigurePayload']> = {
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateIssuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateIssuePayload'] = ResolversParentTypes['UpdateIssuePayload']> = {
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateNegotiationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateNegotiationPayload'] = ResolversParentTypes['UpdateNegotiationPayload']> = {
  negotiation?: Resolver<Maybe<ResolversTypes['Negotiation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateOrganizationPayload'] = ResolversParentTypes['UpdateOrganizationPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdatePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePersonPayload'] = ResolversParentTypes['UpdatePersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdatePositionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePositionPayload'] = ResolversParentTypes['UpdatePositionPayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateRoundParticipantPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateRoundParticipantPayload'] = ResolversParentTypes['UpdateRoundParticipantPayload']> = {
  roundParticipant?: Resolver<Maybe<ResolversTypes['RoundParticipant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateRoundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateRoundPayload'] = ResolversParentTypes['UpdateRoundPayload']> = {
  round?: Resolver<Maybe<ResolversTypes['Round']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateSourcePayload'] = ResolversParentTypes['UpdateSourcePayload']> = {
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateStatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateStatementPayload'] = ResolversParentTypes['UpdateStatementPayload']> = {
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['PathSegment']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityPoint?: ActivityPointResolvers<ContextType>;
  ActivitySeries?: ActivitySeriesResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  AddAffiliationPayload?: AddAffiliationPayloadResolvers<ContextType>;
  AddAgreementPayload?: AddAgreementPayloadResolvers<ContextType>;
  AddCitationPayload?: AddCitationPayloadResolvers<ContextType>;
  AddDelegationMemberPayload?: AddDelegationMemberPayloadResolvers<ContextType>;
  AddDelegationPayload?: AddDelegationPayloadResolvers<ContextType>;
  AddFigurePayload?: AddFigurePayloadResolvers<ContextType>;
  AddIssuePayload?: AddIssuePayloadResolvers<ContextType>;
  AddNegotiationPayload?: AddNegotiationPayloadResolvers<ContextType>;
  AddOrganizationPayload?: AddOrganizationPayloadResolvers<ContextType>;
  AddPersonPayload?: AddPersonPayloadResolvers<ContextType>;
  AddRoundParticipantPayload?: AddRoundParticipantPayloadResolvers<ContextType>;
  AddRoundPayload?: AddRoundPayloadResolvers<ContextType>;
  AddSourcePayload?: AddSourcePayloadResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  Cited?: CitedResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateSpan?: DateSpanResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationMember?: DelegationMemberResolvers<ContextType>;
  Editable?: EditableResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureConnection?: FigureConnectionResolvers<ContextType>;
  FigureEdge?: FigureEdgeResolvers<ContextType>;
  FigurePoint?: FigurePointResolvers<ContextType>;
  Instant?: GraphQLScalarType;
  Issue?: IssueResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Negotiation?: NegotiationResolvers<ContextType>;
  NegotiationConnection?: NegotiationConnectionResolvers<ContextType>;
  NegotiationEdge?: NegotiationEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Option?: OptionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathSegment?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  PositionMatrixRow?: PositionMatrixRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordPositionPayload?: RecordPositionPayloadResolvers<ContextType>;
  RecordStatementPayload?: RecordStatementPayloadResolvers<ContextType>;
  RetractPayload?: RetractPayloadResolvers<ContextType>;
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
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  UpdateAffiliationPayload?: UpdateAffiliationPayloadResolvers<ContextType>;
  UpdateAgreementPayload?: UpdateAgreementPayloadResolvers<ContextType>;
  UpdateCitationPayload?: UpdateCitationPayloadResolvers<ContextType>;
  UpdateDelegationMemberPayload?: UpdateDelegationMemberPayloadResolvers<ContextType>;
  UpdateDelegationPayload?: UpdateDelegationPayloadResolvers<ContextType>;
  UpdateFigurePayload?: UpdateFigurePayloadResolvers<ContextType>;
  UpdateIssuePayload?: UpdateIssuePayloadResolvers<ContextType>;
  UpdateNegotiationPayload?: UpdateNegotiationPayloadResolvers<ContextType>;
  UpdateOrganizationPayload?: UpdateOrganizationPayloadResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  UpdatePositionPayload?: UpdatePositionPayloadResolvers<ContextType>;
  UpdateRoundParticipantPayload?: UpdateRoundParticipantPayloadResolvers<ContextType>;
  UpdateRoundPayload?: UpdateRoundPayloadResolvers<ContextType>;
  UpdateSourcePayload?: UpdateSourcePayloadResolvers<ContextType>;
  UpdateStatementPayload?: UpdateStatementPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
