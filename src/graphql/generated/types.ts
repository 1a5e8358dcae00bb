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
  /**
   * A calendar day, `YYYY-MM-DD`, with no time and no time zone: the day as the
   * source gives it (for "Tuesday (U.S. time)", the U.S. day). Only real days of
   * the years 0001 to 9999 are accepted: 2020-02-30 and 0000-01-01 are refused,
   * with GRAPHQL_VALIDATION_FAILED in the query text and BAD_USER_INPUT in
   * variables.
   */
  Date: { input: string; output: string; }
  /**
   * An instant, as an RFC 3339 (ISO 8601) string in UTC with milliseconds,
   * e.g. `2020-01-16T09:30:00.000Z`.
   */
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
  /** Any JSON value: an object, array, string, number, boolean or null (used for the before/after of a change). */
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
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The name as sources write it; unique among people, and among organizations. */
  name: Scalars['String']['output'];
  /** What this actor said, newest first. */
  statements: StatementConnection;
};


/** Who can speak: a person or an organization. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new role of a person in an organization. */
export type AddAffiliationInput = {
  /** At least one excerpt that states the role. */
  citations: Array<CitationInput>;
  /** Where the role is held. */
  organizationId: Scalars['ID']['input'];
  /** Who holds the role. */
  personId: Scalars['ID']['input'];
  /** The role as the source puts it (President). */
  role: Scalars['String']['input'];
};

/** The result of addAffiliation. */
export type AddAffiliationPayload = {
  __typename?: 'AddAffiliationPayload';
  /** The affiliation added; null when there are userErrors. */
  affiliation?: Maybe<Affiliation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new agreement. */
export type AddAgreementInput = {
  /** At least one excerpt that states the agreement. */
  citations: Array<CitationInput>;
  /** The first day in force. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The day its term ends or ended; not before effectiveFrom. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** The source's words for the effective period ("expired at the end of last year"). */
  effectiveWording?: InputMaybe<Scalars['String']['input']>;
  /** The full name, unique among agreements. */
  name: Scalars['String']['input'];
  /** Organizations party to the agreement. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The short name sources use (SMA). */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Where the agreement stands. */
  status: AgreementStatus;
  /** The agreement this one replaced. */
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of addAgreement. */
export type AddAgreementPayload = {
  __typename?: 'AddAgreementPayload';
  /** The agreement added; null when there are userErrors. */
  agreement?: Maybe<Agreement>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new citation of an existing fact. */
export type AddCitationInput = {
  /** The words, copied verbatim; DUPLICATE when the fact already cites them. */
  excerpt: Scalars['String']['input'];
  /** The source the words are from. */
  sourceId: Scalars['ID']['input'];
  /** Where the excerpt begins, to pick one of several occurrences. */
  start?: InputMaybe<Scalars['Int']['input']>;
  /** The fact the excerpt supports: any fact but a Source or a Citation. */
  subjectId: Scalars['ID']['input'];
};

/** The result of addCitation. */
export type AddCitationPayload = {
  __typename?: 'AddCitationPayload';
  /** The citation added; null when there are userErrors. */
  citation?: Maybe<Citation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new delegation. */
export type AddDelegationInput = {
  /** At least one excerpt that states the delegation. */
  citations: Array<CitationInput>;
  /** Who leads it. */
  headId?: InputMaybe<Scalars['ID']['input']>;
  /** The people on it, added with it. */
  members?: InputMaybe<Array<DelegationMemberFields>>;
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** The organization the delegation represents. */
  partyId: Scalars['ID']['input'];
  /** Omit for a delegation to the whole negotiation. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new member of an existing delegation. */
export type AddDelegationMemberInput = {
  /** At least one excerpt that puts the person on the delegation. */
  citations: Array<CitationInput>;
  /** The delegation. */
  delegationId: Scalars['ID']['input'];
  /** The person joining it. */
  personId: Scalars['ID']['input'];
  /** Their role on the delegation. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** The result of addDelegationMember. */
export type AddDelegationMemberPayload = {
  __typename?: 'AddDelegationMemberPayload';
  /** The member added; null when there are userErrors. */
  delegationMember?: Maybe<DelegationMember>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of addDelegation. */
export type AddDelegationPayload = {
  __typename?: 'AddDelegationPayload';
  /** The delegation added, members included; null when there are userErrors. */
  delegation?: Maybe<Delegation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new figure: a number a source states, and what it is about. */
export type AddFigureInput = {
  /** The agreement the number is about. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The period the number holds for. */
  asOf?: InputMaybe<DateSpanInput>;
  /** At least one excerpt that states the number. */
  citations: Array<CitationInput>;
  /** What the number measures (U.S. soldiers stationed in South Korea). */
  label: Scalars['String']['input'];
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** The organization the number is about (who pays, whose troops). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The round the number is about. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** What the number counts or is in: a currency code (USD) or a plural noun (troops). */
  unit: Scalars['String']['input'];
  /** The number in `unit`, written out (870000000, not 870): finite, and less than 10^15 in size. */
  value: Scalars['Float']['input'];
};

/** The result of addFigure. */
export type AddFigurePayload = {
  __typename?: 'AddFigurePayload';
  /** The figure added; null when there are userErrors. */
  figure?: Maybe<Figure>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new issue. */
export type AddIssueInput = {
  /** At least one excerpt that states the issue. */
  citations: Array<CitationInput>;
  /** What the issue is about, in a sentence. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A short name, unique among issues. */
  name: Scalars['String']['input'];
};

/** The result of addIssue. */
export type AddIssuePayload = {
  __typename?: 'AddIssuePayload';
  /** The issue added; null when there are userErrors. */
  issue?: Maybe<Issue>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new negotiation. */
export type AddNegotiationInput = {
  /** The agreement this negotiation renews or replaces. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** At least one excerpt that states the negotiation. */
  citations: Array<CitationInput>;
  /** The organizations negotiating. */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where the negotiation stands. */
  status: NegotiationStatus;
  /** The title, unique among negotiations. */
  title: Scalars['String']['input'];
};

/** The result of addNegotiation. */
export type AddNegotiationPayload = {
  __typename?: 'AddNegotiationPayload';
  /** The negotiation added; null when there are userErrors. */
  negotiation?: Maybe<Negotiation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new organization. */
export type AddOrganizationInput = {
  /** At least one excerpt that names the organization. */
  citations: Array<CitationInput>;
  /** What kind of body it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** The full name, unique among organizations. */
  name: Scalars['String']['input'];
  /** The organization this one is part of (a ministry's state). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The short name sources use (U.S.). */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** The result of addOrganization. */
export type AddOrganizationPayload = {
  __typename?: 'AddOrganizationPayload';
  /** The organization added; null when there are userErrors. */
  organization?: Maybe<Organization>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new person. */
export type AddPersonInput = {
  /** At least one excerpt that names the person. */
  citations: Array<CitationInput>;
  /** The name as sources write it, unique among people. */
  name: Scalars['String']['input'];
};

/** The result of addPerson. */
export type AddPersonPayload = {
  __typename?: 'AddPersonPayload';
  /** The person added; null when there are userErrors. */
  person?: Maybe<Person>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new round of a negotiation. */
export type AddRoundInput = {
  /** At least one excerpt that states the round. */
  citations: Array<CitationInput>;
  /** The source's words for the dates ("on Tuesday and Wednesday"). */
  dateWording?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the round; not before startDate. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Where it was held (Washington). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The negotiation the round belongs to. */
  negotiationId: Scalars['ID']['input'];
  /** 1, 2, ...; unique within the negotiation. */
  number: Scalars['Int']['input'];
  /** How the round ended, in a sentence or two. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** The first day of the round. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A new person at the table in a round. */
export type AddRoundParticipantInput = {
  /** At least one excerpt that puts the person at the table. */
  citations: Array<CitationInput>;
  /** The party this person spoke for. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** The person at the table. */
  personId: Scalars['ID']['input'];
  /** Their role in the round. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The round. */
  roundId: Scalars['ID']['input'];
};

/** The result of addRoundParticipant. */
export type AddRoundParticipantPayload = {
  __typename?: 'AddRoundParticipantPayload';
  /** The participant added; null when there are userErrors. */
  roundParticipant?: Maybe<RoundParticipant>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of addRound. */
export type AddRoundPayload = {
  __typename?: 'AddRoundPayload';
  /** The round added; null when there are userErrors. */
  round?: Maybe<Round>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A new source document. */
export type AddSourceInput = {
  /** What kind of document it is. */
  kind?: InputMaybe<SourceKind>;
  /** The publication date as the source gives it. */
  publishedAt: Scalars['Date']['input'];
  /** Who published it, e.g. Yonhap News Agency. */
  publisher: Scalars['String']['input'];
  /** The full text, exactly as published; trailing whitespace is dropped. */
  text: Scalars['String']['input'];
  /** The headline or title as published. */
  title: Scalars['String']['input'];
  /** Where it can be read: an http or https URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The result of addSource. */
export type AddSourcePayload = {
  __typename?: 'AddSourcePayload';
  /** The source added; null when there are userErrors. */
  source?: Maybe<Source>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A person's role in an organization. */
export type Affiliation = Cited & Editable & Node & {
  __typename?: 'Affiliation';
  /** The excerpts that state this role, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Where the role is held. */
  organization: Organization;
  /** Who holds the role. */
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The role as the source puts it (President, head of delegation). */
  role: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person's role in an organization. */
export type AffiliationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A treaty, deal or contract between parties, such as the Special Measures Agreement. */
export type Agreement = Cited & Editable & Node & {
  __typename?: 'Agreement';
  /** The excerpts that state this agreement and its dates, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** The first day in force; null when the sources do not say. */
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  /** The day its term ends or ended; null when the sources do not say. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The source's words for the effective period; null when it gives none. */
  effectiveWording?: Maybe<Scalars['String']['output']>;
  /** Numbers about this agreement (a payment under it), earliest asOf first, undated ones last. */
  figures: Array<Figure>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The full name, unique among agreements; a renewal is named apart, e.g. by its year. */
  name: Scalars['String']['output'];
  /** Negotiations to renew or replace this agreement, by title. */
  negotiations: Array<Negotiation>;
  /** The organizations party to it, by name. */
  parties: Array<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The short name sources use (SMA); null when none is recorded. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Where the agreement stands. */
  status: AgreementStatus;
  /** Agreements that replaced this one, by name. */
  supersededBy: Array<Agreement>;
  /** The agreement this one replaced; null when none. */
  supersedes?: Maybe<Agreement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A treaty, deal or contract between parties, such as the Special Measures Agreement. */
export type AgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The agreements of this page, each with its cursor. */
  edges: Array<AgreementEdge>;
  /** The agreements of this page, in order: edges without the cursors. */
  nodes: Array<Agreement>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many agreements match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A agreement of a page, with its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Pass as `after` to get the agreements after this one. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
};

/** Which agreements `agreements` returns. */
export type AgreementFilter = {
  /** Case-insensitive substring of the name or short name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements this organization is party to. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agreements with this status. */
  status?: InputMaybe<AgreementStatus>;
};

/** How `agreements` is ordered. */
export type AgreementOrder = {
  /** Default ASC. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: AgreementOrderField;
};

/** What `agreements` can be ordered by. */
export type AgreementOrderField =
  /** The first day in force; agreements without one count as earliest. */
  | 'EFFECTIVE_FROM'
  /** The end of the term; agreements without one count as latest (open-ended). */
  | 'EFFECTIVE_TO'
  /** The name, alphabetically. */
  | 'NAME';

/** Where an agreement stands. */
export type AgreementStatus =
  /** Its term ended ("expired at the end of last year"). */
  | 'EXPIRED'
  /** In force. */
  | 'IN_FORCE'
  /** Proposed or under negotiation; not signed. */
  | 'PROPOSED'
  /** Signed, not yet in force. */
  | 'SIGNED'
  /** Ended before its term, by a party or by all of them. */
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
  /** Whether the fact was added, changed or retracted. */
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

/** What a change did to a fact. */
export type ChangeAction =
  /** The fact was added (version 1). */
  | 'CREATE'
  /** The fact was retracted. */
  | 'RETRACT'
  /** Some of its fields (or its parties) changed; citations added are recorded in their own history. */
  | 'UPDATE';

/** A page of a fact's history, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** The changes of this page, in order: edges without the cursors. */
  nodes: Array<Change>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many changes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A change of a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass as `after` to get the changes after this one. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/**
 * The words of a source that state a fact. `source.text.slice(start, end) ===
 * excerpt`, with start and end JavaScript string indices (UTF-16 code units).
 */
export type Citation = Editable & Node & {
  __typename?: 'Citation';
  /** Index just past the excerpt's last character: start plus the excerpt's length. */
  end: Scalars['Int']['output'];
  /** The cited words, verbatim. */
  excerpt: Scalars['String']['output'];
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The source the words are from. */
  source: Source;
  /** Index in the source's text where the excerpt begins (UTF-16 code units, from 0). */
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

/** A page of a source's citations, in text order. */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  /** The citations of this page, each with its cursor. */
  edges: Array<CitationEdge>;
  /** The citations of this page, in order: edges without the cursors. */
  nodes: Array<Citation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many citations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A citation of a page, with its cursor. */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** Pass as `after` to get the citations after this one. */
  cursor: Scalars['String']['output'];
  /** The citation. */
  node: Citation;
};

/**
 * The words of a source that state a fact. The server finds `excerpt` in the
 * source's text (verbatim, same punctuation and spaces) and stores where it is;
 * when it occurs more than once, `start` (a JavaScript string index) picks one.
 */
export type CitationInput = {
  /**
   * The words, copied verbatim: EXCERPT_NOT_IN_SOURCE when they are not in the
   * text; INVALID when blank, or when they occur more than once and `start` is
   * not given (the message lists where).
   */
  excerpt: Scalars['String']['input'];
  /** The source the words are from; NOT_FOUND when it is missing or retracted. */
  sourceId: Scalars['ID']['input'];
  /** Where the excerpt begins (UTF-16 index from 0), to pick one of several occurrences; EXCERPT_NOT_IN_SOURCE when it does not begin there. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact that is backed by excerpts of sources. */
export type Cited = {
  /** The excerpts that state this fact: grouped by source (in the order sources were added), each in text order. */
  citations: Array<Citation>;
  /** Global ID. */
  id: Scalars['ID']['output'];
};

/**
 * When something happened, as precisely as the source says: start = end for an
 * exact day; a wider span for "over the weekend" or "in January". `wording` is
 * the source's own words ("on Monday"), when it gives any.
 */
export type DateSpan = {
  __typename?: 'DateSpan';
  /** The last day of the span: equal to start for a single day, never before it. */
  end: Scalars['Date']['output'];
  /** The first day of the span. */
  start: Scalars['Date']['output'];
  /** The source's own words for the date ("on Tuesday and Wednesday (U.S. time)"); null when it gives none. */
  wording?: Maybe<Scalars['String']['output']>;
};

/** When something happened: `end` defaults to `start` (one day); `wording` is the source's own words. */
export type DateSpanInput = {
  /** The last day of the span; left out or null for a single day; before start is INVALID. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** The first day of the span. */
  start: Scalars['Date']['input'];
  /** The source's own words for the date ("over the weekend"), if it gives any. */
  wording?: InputMaybe<Scalars['String']['input']>;
};

/** A party's team, for a round or for a whole negotiation. */
export type Delegation = Cited & Editable & Node & {
  __typename?: 'Delegation';
  /** The excerpts that state this delegation, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Who led it; null when the sources do not say. */
  head?: Maybe<Person>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The people on it, in the order recorded. */
  members: Array<DelegationMember>;
  /** The negotiation it was sent to. */
  negotiation: Negotiation;
  /** The organization it represents. */
  party: Organization;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The round it was sent to; null for a delegation to the whole negotiation. */
  round?: Maybe<Round>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A party's team, for a round or for a whole negotiation. */
export type DelegationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person on a delegation. */
export type DelegationMember = Cited & Editable & Node & {
  __typename?: 'DelegationMember';
  /** The excerpts that put this person on the delegation, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** The delegation. */
  delegation: Delegation;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The person on it. */
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** Their role on the delegation (head of delegation); null when the sources give none. */
  role?: Maybe<Scalars['String']['output']>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person on a delegation. */
export type DelegationMemberHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member of a delegation being added with it; without citations, the member cites the delegation's. */
export type DelegationMemberFields = {
  /** Excerpts that put this person on the delegation; left out, the delegation's citations are used. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The person; each person at most once in a delegation. */
  personId: Scalars['ID']['input'];
  /** Their role on the delegation (head of delegation). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A fact that can be edited: it carries a version for optimistic concurrency,
 * keeps every change in its history, and, once retracted, says when and why.
 */
export type Editable = {
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
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
  /** The agreement the number is about; null when none. */
  agreement?: Maybe<Agreement>;
  /** True when the source gives the number as approximate ("some 28,500"). */
  approximate: Scalars['Boolean']['output'];
  /** The period the number holds for; null when the source does not say. */
  asOf?: Maybe<DateSpan>;
  /** The excerpts that state this number, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What the number measures (U.S. soldiers stationed in South Korea). */
  label: Scalars['String']['output'];
  /** The negotiation the number is about; null when none. */
  negotiation?: Maybe<Negotiation>;
  /** The organization the number is about (who pays, whose troops); null when none. */
  organization?: Maybe<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The round the number is about (of `negotiation`); null when none. */
  round?: Maybe<Round>;
  /** What `value` counts or is in, as recorded: a currency code (USD) or a plural noun (troops). */
  unit: Scalars['String']['output'];
  /** The number, in `unit` (870000000 for US$870 million); a double, so exact up to 15 digits. */
  value: Scalars['Float']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A numeric fact: a contribution in USD, a troop count. */
export type FigureHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of figures. */
export type FigureConnection = {
  __typename?: 'FigureConnection';
  /** The figures of this page, each with its cursor. */
  edges: Array<FigureEdge>;
  /** The figures of this page, in order: edges without the cursors. */
  nodes: Array<Figure>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many figures match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A figure of a page, with its cursor. */
export type FigureEdge = {
  __typename?: 'FigureEdge';
  /** Pass as `after` to get the figures after this one. */
  cursor: Scalars['String']['output'];
  /** The figure. */
  node: Figure;
};

/** Which figures `figures` returns. */
export type FigureFilter = {
  /** Only figures about this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Figures whose asOf period ends on or after this date; undated figures do not match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only figures about this negotiation (its rounds' figures included). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Figures whose asOf period starts on or before this date; undated figures do not match. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only figures in exactly this unit (case-sensitive): USD, troops. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** How `figures` is ordered. */
export type FigureOrder = {
  /** Default DESC (latest, largest or Z first). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: FigureOrderField;
};

/** What `figures` can be ordered by. */
export type FigureOrderField =
  /** The first day of asOf; undated figures count as earliest. */
  | 'AS_OF'
  /** The label, alphabetically. */
  | 'LABEL'
  /** The number itself, whatever its unit (filter by unit to compare like with like). */
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
  /** The excerpts that state this issue, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** What the issue is about, in a sentence; null when none is recorded. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** A short name, unique among issues (Sharing the cost of stationing U.S. troops in South Korea). */
  name: Scalars['String']['output'];
  /** Positions taken on this issue, in any negotiation, in the order recorded. */
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

/** A page of issues. */
export type IssueConnection = {
  __typename?: 'IssueConnection';
  /** The issues of this page, each with its cursor. */
  edges: Array<IssueEdge>;
  /** The issues of this page, in order: edges without the cursors. */
  nodes: Array<Issue>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many issues match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A issue of a page, with its cursor. */
export type IssueEdge = {
  __typename?: 'IssueEdge';
  /** Pass as `after` to get the issues after this one. */
  cursor: Scalars['String']['output'];
  /** The issue. */
  node: Issue;
};

/** Which issues `issues` returns. */
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records a person's role in an organization. Natural key: person, organization and role. */
  addAffiliation?: Maybe<AddAffiliationPayload>;
  /** Adds an agreement with its parties. Natural key: the name. effectiveTo before effectiveFrom is INVALID. */
  addAgreement?: Maybe<AddAgreementPayload>;
  /** Adds an excerpt of a source as evidence for an existing fact. */
  addCitation?: Maybe<AddCitationPayload>;
  /** Adds a party's delegation, to a round or to a whole negotiation, with its members. Natural key: negotiation, round and party. */
  addDelegation?: Maybe<AddDelegationPayload>;
  /** Adds a person to a delegation. Natural key: the delegation and the person. */
  addDelegationMember?: Maybe<AddDelegationMemberPayload>;
  /** Adds a number a source states. Natural key: the label and the first day of asOf. */
  addFigure?: Maybe<AddFigurePayload>;
  /** Adds an issue. Natural key: the name. */
  addIssue?: Maybe<AddIssuePayload>;
  /** Adds a negotiation with its parties. Natural key: the title. */
  addNegotiation?: Maybe<AddNegotiationPayload>;
  /** Adds an organization. Natural key: the name. */
  addOrganization?: Maybe<AddOrganizationPayload>;
  /** Adds a person. Natural key: the name. */
  addPerson?: Maybe<AddPersonPayload>;
  /** Adds a round to a negotiation. Natural key: the negotiation and the number. endDate before startDate is INVALID. */
  addRound?: Maybe<AddRoundPayload>;
  /** Records a person at the table in a round. Natural key: the round and the person. */
  addRoundParticipant?: Maybe<AddRoundParticipantPayload>;
  /** Adds a source document. Natural key: publisher, publication date and title. */
  addSource?: Maybe<AddSourcePayload>;
  /** Records a party's position on an issue. Natural key: negotiation, round, party and issue. */
  recordPosition?: Maybe<RecordPositionPayload>;
  /** Records something said. Natural key: negotiation, speaker, text and the first day of statedOn. */
  recordStatement?: Maybe<RecordStatementPayload>;
  /**
   * Retracts any fact by its global ID: it leaves lists and search but stays
   * reachable through `node(id:)`, with its history and the reason. A fact's
   * citations are retracted with it. A fact's last live citation, and a source
   * that live citations still point into, cannot be retracted.
   */
  retract?: Maybe<RetractPayload>;
  /** Changes an affiliation's role, or adds citations. */
  updateAffiliation?: Maybe<UpdateAffiliationPayload>;
  /** Changes an agreement; `partyIds`, when given, replaces its parties. An agreement cannot supersede itself. */
  updateAgreement?: Maybe<UpdateAgreementPayload>;
  /** Moves a citation to other words (or another source); the excerpt is found again. */
  updateCitation?: Maybe<UpdateCitationPayload>;
  /** Changes a delegation's head, or adds citations. */
  updateDelegation?: Maybe<UpdateDelegationPayload>;
  /** Changes a delegation member's role, or adds citations. */
  updateDelegationMember?: Maybe<UpdateDelegationMemberPayload>;
  /** Changes a figure (not its negotiation or round), or adds citations. */
  updateFigure?: Maybe<UpdateFigurePayload>;
  /** Changes an issue, or adds citations. */
  updateIssue?: Maybe<UpdateIssuePayload>;
  /** Changes a negotiation; `partyIds`, when given, replaces its parties. */
  updateNegotiation?: Maybe<UpdateNegotiationPayload>;
  /** Changes an organization; a parent that is the organization itself or one of its own parts is INVALID. */
  updateOrganization?: Maybe<UpdateOrganizationPayload>;
  /** Changes a person's name, or adds citations. */
  updatePerson?: Maybe<UpdatePersonPayload>;
  /** Changes a position's summary, or adds citations. */
  updatePosition?: Maybe<UpdatePositionPayload>;
  /** Changes a round (not its negotiation), or adds citations. */
  updateRound?: Maybe<UpdateRoundPayload>;
  /** Changes a participant's party or role, or adds citations. */
  updateRoundParticipant?: Maybe<UpdateRoundParticipantPayload>;
  /** Changing the text is refused while a live citation would no longer match it. */
  updateSource?: Maybe<UpdateSourcePayload>;
  /** Changes a statement (not its negotiation), or adds citations; a DIRECT_QUOTE's text must stay in its excerpts. */
  updateStatement?: Maybe<UpdateStatementPayload>;
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
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
 *
 * Rules every input follows (each broken one is a userError with the path to
 * its field): names, titles, labels, roles, units, locations and wordings are
 * trimmed, must not be blank and have at most 1,000 characters; longer texts
 * (a statement's text, a summary, an outcome, a description, a reason) at most
 * 20,000. A field required when adding cannot be cleared by an update. An ID
 * must be of the type the field names (INVALID) and name a fact that exists
 * and is not retracted (NOT_FOUND); the fact an update or retraction edits
 * must exist (NOT_FOUND) and still stand (INVALID once retracted). Each add
 * mutation names the fact's natural key: adding a second fact with the same
 * key, even where the first was retracted, is a DUPLICATE.
 *
 * Every field's payload is nullable (as GitHub's API has it): a mutation
 * refused with an error (UNAUTHENTICATED, FORBIDDEN, ...) answers null with
 * its error, and the other mutations of the document still answer. Arguments
 * are checked before anything runs (cursors, NUL characters, page sizes), so
 * an error never hides a write: either the whole document is refused
 * before any mutation runs (HTTP 400), or each mutation answers for itself.
 */
export type MutationUpdateStatementArgs = {
  input: UpdateStatementInput;
};

/** How a list of named things (organizations, people, issues) is ordered. */
export type NameOrder = {
  /** Default ASC (A to Z). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by; NAME is the only choice. */
  field?: NameOrderField;
};

/** What a list ordered by name can be ordered by. */
export type NameOrderField =
  /** The name, alphabetically. */
  | 'NAME';

/** Talks between parties towards an agreement, held in numbered rounds. */
export type Negotiation = Cited & Editable & Node & {
  __typename?: 'Negotiation';
  /** The agreement this negotiation renews or replaces. */
  agreement?: Maybe<Agreement>;
  /** The excerpts that state this negotiation, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Delegations sent for the whole negotiation, in the order recorded (round delegations are on Round). */
  delegations: Array<Delegation>;
  /** Numbers about this negotiation or its rounds, earliest asOf first, undated ones last. */
  figures: Array<Figure>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The organizations negotiating, by name. */
  parties: Array<Organization>;
  /**
   * Every position taken in this negotiation: those tied to no round first,
   * then grouped by round (in the order the rounds were recorded), each group
   * in the order recorded.
   */
  positions: Array<Position>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The rounds held, by number. */
  rounds: RoundConnection;
  /** Everything said in this negotiation, newest first, undated ones last. */
  statements: StatementConnection;
  /** Where the negotiation stands. */
  status: NegotiationStatus;
  /** The title, unique among negotiations (South Korea-U.S. talks to renew the Special Measures Agreement). */
  title: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** Talks between parties towards an agreement, held in numbered rounds. */
export type NegotiationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between parties towards an agreement, held in numbered rounds. */
export type NegotiationRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Talks between parties towards an agreement, held in numbered rounds. */
export type NegotiationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of negotiations. */
export type NegotiationConnection = {
  __typename?: 'NegotiationConnection';
  /** The negotiations of this page, each with its cursor. */
  edges: Array<NegotiationEdge>;
  /** The negotiations of this page, in order: edges without the cursors. */
  nodes: Array<Negotiation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many negotiations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A negotiation of a page, with its cursor. */
export type NegotiationEdge = {
  __typename?: 'NegotiationEdge';
  /** Pass as `after` to get the negotiations after this one. */
  cursor: Scalars['String']['output'];
  /** The negotiation. */
  node: Negotiation;
};

/** Which negotiations `negotiations` returns. */
export type NegotiationFilter = {
  /** Only negotiations to renew or replace this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only negotiations this organization is a party to. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only negotiations with this status. */
  status?: InputMaybe<NegotiationStatus>;
  /** Case-insensitive substring of the title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** How `negotiations` is ordered. */
export type NegotiationOrder = {
  /** Default ASC (A to Z). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: NegotiationOrderField;
};

/** What `negotiations` can be ordered by. */
export type NegotiationOrderField =
  /** The title, alphabetically. */
  | 'TITLE';

/** Where a negotiation stands. */
export type NegotiationStatus =
  /** Ended without a deal. */
  | 'ABANDONED'
  /** Ended with a deal. */
  | 'CONCLUDED'
  /** Under way. */
  | 'ONGOING'
  /** Announced; no round held yet. */
  | 'PLANNED'
  /** Paused, expected to resume. */
  | 'SUSPENDED';

/** An object with a global ID. */
export type Node = {
  /** The object's global ID: opaque, stable, accepted by `node(id:)`. */
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

/** The direction of an ordering. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** A state, ministry, agency or other body. */
export type Organization = Actor & Cited & Editable & Node & {
  __typename?: 'Organization';
  /** Organizations that are part of this one, by name. */
  children: Array<Organization>;
  /** The excerpts that state this organization exists, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** People and their roles in this organization, in the order they were recorded. */
  members: Array<Affiliation>;
  /** The full name, unique among organizations (South Korean Foreign Ministry). */
  name: Scalars['String']['output'];
  /** The organization it is part of (a ministry's state); null for a top-level one. */
  parent?: Maybe<Organization>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The short name sources use (U.S., SMA); null when none is recorded. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** What this organization said (official statements included), newest first, undated ones last. */
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

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page, in order: edges without the cursors. */
  nodes: Array<Organization>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many organizations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A organization of a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Pass as `after` to get the organizations after this one. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Which organizations `organizations` returns. */
export type OrganizationFilter = {
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body an organization is. */
export type OrganizationKind =
  /** A government agency or office that is not a ministry. */
  | 'AGENCY'
  /** A company or business group. */
  | 'COMPANY'
  /** An organization of states (the UN, the WTO, NATO). */
  | 'INTERNATIONAL_ORGANIZATION'
  /** Armed forces, a command or a military unit. */
  | 'MILITARY'
  /** A government ministry or department (a foreign ministry). */
  | 'MINISTRY'
  /** Anything else (the default). */
  | 'OTHER'
  /** A political party. */
  | 'PARTY'
  /** A country, as a party to talks (South Korea). */
  | 'STATE'
  /** A trade union or labour federation. */
  | 'UNION';

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after` (paging is forward only). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the page's first item; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person named by a source: a negotiator, an official, a head of state. */
export type Person = Actor & Cited & Editable & Node & {
  __typename?: 'Person';
  /** The person's roles in organizations, in the order they were recorded. */
  affiliations: Array<Affiliation>;
  /** The excerpts that name this person, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Delegations this person sat on, in the order they were recorded. */
  delegations: Array<DelegationMember>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The name as sources write it (Jeong Eun-bo), unique among people. */
  name: Scalars['String']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** What this person said, newest first, undated ones last. */
  statements: StatementConnection;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person named by a source: a negotiator, an official, a head of state. */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named by a source: a negotiator, an official, a head of state. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The people of this page, in order: edges without the cursors. */
  nodes: Array<Person>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many people match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person of a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Pass as `after` to get the people after this one. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Which people `people` returns. */
export type PersonFilter = {
  /** Case-insensitive substring of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only people affiliated with this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a party wants on an issue, in a negotiation or one of its rounds. */
export type Position = Cited & Editable & Node & {
  __typename?: 'Position';
  /** The excerpts that state this position, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What the position is about. */
  issue: Issue;
  /** The negotiation the position was taken in. */
  negotiation: Negotiation;
  /** The organization taking the position. */
  party: Organization;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The round it was taken in; null when the source ties it to no round. */
  round?: Maybe<Round>;
  /** The position in a sentence or two, close to the source's words. */
  summary: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** What a party wants on an issue, in a negotiation or one of its rounds. */
export type PositionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of positions. */
export type PositionConnection = {
  __typename?: 'PositionConnection';
  /** The positions of this page, each with its cursor. */
  edges: Array<PositionEdge>;
  /** The positions of this page, in order: edges without the cursors. */
  nodes: Array<Position>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many positions match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A position of a page, with its cursor. */
export type PositionEdge = {
  __typename?: 'PositionEdge';
  /** Pass as `after` to get the positions after this one. */
  cursor: Scalars['String']['output'];
  /** The position. */
  node: Position;
};

/** Which positions `positions` returns. */
export type PositionFilter = {
  /** Only positions on this issue. */
  issueId?: InputMaybe<Scalars['ID']['input']>;
  /** Only positions taken in this negotiation. */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only positions of this organization. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only positions taken in this round. */
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

/** How `positions` is ordered. */
export type PositionOrder = {
  /** Default ASC (first recorded first). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: PositionOrderField;
};

/** What `positions` can be ordered by. */
export type PositionOrderField =
  /** When the position was recorded in the knowledge base (not when it was taken). */
  | 'CREATED';

/** The entry points for reading. Every list here leaves retracted facts out. */
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
  /** Agreements; by default by name, A to Z. */
  agreements: AgreementConnection;
  /**
   * Dated numeric facts as points, one series per label (a contribution in
   * USD, a troop count), sorted by time, series, then ID. A figure is placed at
   * local midnight of the first day of the period it holds for; undated figures
   * are left out.
   */
  figureSeries: Array<FigurePoint>;
  /** Figures; by default latest first by the start of their asOf period, undated ones last. */
  figures: FigureConnection;
  /** Issues; by default by name, A to Z. */
  issues: IssueConnection;
  /** Negotiations; by default by title, A to Z. */
  negotiations: NegotiationConnection;
  /** Any object by its global ID, retracted or not; null when no such object exists. INVALID_ID when `id` is not an ID this API issued. */
  node?: Maybe<Node>;
  /** Objects by global IDs, in the order given, retracted or not; null for each ID that is malformed or names nothing. */
  nodes: Array<Maybe<Node>>;
  /**
   * Choices for dashboard variables (a drop-down of negotiations or parties),
   * sorted by label (rounds by negotiation, then number).
   */
  options: Array<Option>;
  /** Organizations; by default by name, A to Z. */
  organizations: OrganizationConnection;
  /** People; by default by name, A to Z. */
  people: PersonConnection;
  /**
   * Who holds which position on which issue, round by round, for one
   * negotiation: sorted by party name, issue name, then round number (positions
   * on the whole negotiation first). An unknown negotiation is BAD_USER_INPUT (HTTP 400).
   */
  positionMatrix: Array<PositionMatrixRow>;
  /** Positions; by default in the order they were recorded. */
  positions: PositionConnection;
  /** Rounds of all negotiations; by default earliest start date first, rounds without a start date last. */
  rounds: RoundConnection;
  /**
   * Full-text search (English stemming) over statements, positions and sources,
   * best match first. Accepts web-search syntax: quoted phrases, `or`, `-word`.
   */
  search: SearchResultConnection;
  /** Sources; by default newest publication first. */
  sources: SourceConnection;
  /** Statements; by default newest first by when they were said, undated ones last. */
  statements: StatementConnection;
  /**
   * Rounds and dated statements overlapping a window, sorted by start time (a
   * round before the statements starting with it), then by ID. Field names are
   * Grafana's annotation columns.
   */
  timeline: Array<TimelineEvent>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryActivityArgs = {
  filter?: InputMaybe<ActivityFilter>;
  groupBy?: ActivityGroupBy;
  of?: ActivityOf;
  window: BucketedTimeWindow;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryFigureSeriesArgs = {
  filter?: InputMaybe<FigureSeriesFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FigureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FigureOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryNegotiationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NegotiationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NegotiationOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryOptionsArgs = {
  filter?: InputMaybe<OptionFilter>;
  kind: OptionKind;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NameOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryPositionMatrixArgs = {
  negotiationId: Scalars['ID']['input'];
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PositionOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RoundOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchableType>>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};


/** The entry points for reading. Every list here leaves retracted facts out. */
export type QueryTimelineArgs = {
  filter?: InputMaybe<TimelineFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  window: TimeWindow;
};

/** A party's position on an issue, to record. */
export type RecordPositionInput = {
  /** At least one excerpt that states the position. */
  citations: Array<CitationInput>;
  /** What the position is about. */
  issueId: Scalars['ID']['input'];
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** The Organization taking the position. */
  partyId: Scalars['ID']['input'];
  /** Omit when the source does not tie the position to a round. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** The position in a sentence or two, close to the source's words. */
  summary: Scalars['String']['input'];
};

/** The result of recordPosition. */
export type RecordPositionPayload = {
  __typename?: 'RecordPositionPayload';
  /** The position recorded; null when there are userErrors. */
  position?: Maybe<Position>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Something said, to record. */
export type RecordStatementInput = {
  /** At least one excerpt that reports the statement. */
  citations: Array<CitationInput>;
  /** Whether `text` is a quote, a paraphrase or an official statement. */
  kind: StatementKind;
  /** Optional when roundId is given (the round's negotiation). */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** The round it was said in or about; must belong to negotiationId when both are given. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** A Person or an Organization. */
  speakerId: Scalars['ID']['input'];
  /** When it was said; leave it out when the source does not say. */
  statedOn?: InputMaybe<DateSpanInput>;
  /** For a DIRECT_QUOTE, the quoted words exactly: they must occur in one of the excerpts. */
  text: Scalars['String']['input'];
};

/** The result of recordStatement. */
export type RecordStatementPayload = {
  __typename?: 'RecordStatementPayload';
  /** The statement recorded; null when there are userErrors. */
  statement?: Maybe<Statement>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A fact to retract, and why. */
export type RetractInput = {
  /** Any fact's global ID. */
  id: Scalars['ID']['input'];
  /** Why; kept with the fact and shown in its history. */
  reason: Scalars['String']['input'];
  /** The version this retraction is based on; CONFLICT when the fact has changed since, INVALID when it is retracted already. */
  version: Scalars['Int']['input'];
};

/** The result of retract. */
export type RetractPayload = {
  __typename?: 'RetractPayload';
  /** The fact as it is now: retracted, with its reason. */
  retracted?: Maybe<Editable>;
  /** The global ID of the fact retracted; null when there are userErrors. */
  retractedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** One numbered meeting of a negotiation (the sixth round, held in Washington). */
export type Round = Cited & Editable & Node & {
  __typename?: 'Round';
  /** The excerpts that state this round, its dates, place and outcome, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** The dates as a span with the source's wording; null unless both startDate and endDate are known. */
  dates?: Maybe<DateSpan>;
  /** The parties' delegations to this round, in the order recorded. */
  delegations: Array<Delegation>;
  /** The last day of the round (startDate for a one-day round); null when the sources do not say. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Where it was held, as the source names it (Washington); null when not stated. */
  location?: Maybe<Scalars['String']['output']>;
  /** The negotiation this round belongs to. */
  negotiation: Negotiation;
  /** 1 for the first round, unique within its negotiation. */
  number: Scalars['Int']['output'];
  /** How the round ended, in a sentence or two from the sources; null when not stated. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The people at the table, in the order recorded. */
  participants: Array<RoundParticipant>;
  /** Positions the parties took in this round, in the order recorded. */
  positions: Array<Position>;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The first day of the round; null when the sources do not say. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** What was said in this round, in the order it was said (by date), undated ones last. */
  statements: Array<Statement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** One numbered meeting of a negotiation (the sixth round, held in Washington). */
export type RoundHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of rounds. */
export type RoundConnection = {
  __typename?: 'RoundConnection';
  /** The rounds of this page, each with its cursor. */
  edges: Array<RoundEdge>;
  /** The rounds of this page, in order: edges without the cursors. */
  nodes: Array<Round>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many rounds match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A round of a page, with its cursor. */
export type RoundEdge = {
  __typename?: 'RoundEdge';
  /** Pass as `after` to get the rounds after this one. */
  cursor: Scalars['String']['output'];
  /** The round. */
  node: Round;
};

/** Which rounds `rounds` returns. */
export type RoundFilter = {
  /** Rounds that end on or after this date; a round without an end date does not match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive substring of the location. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Only rounds of this negotiation. */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rounds with this number (in any negotiation, unless negotiationId is given too). */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Rounds that start on or before this date; a round without a start date does not match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How `rounds` is ordered. */
export type RoundOrder = {
  /** Default ASC (earliest or lowest first). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: RoundOrderField;
};

/** What `rounds` can be ordered by. */
export type RoundOrderField =
  /** The round's number (rounds of several negotiations interleave). */
  | 'NUMBER'
  /** The first day; rounds without one count as latest. */
  | 'START_DATE';

/** A person at the table in a round. */
export type RoundParticipant = Cited & Editable & Node & {
  __typename?: 'RoundParticipant';
  /** The excerpts that put this person at the table, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The party this person spoke for; null when the sources do not say. */
  party?: Maybe<Organization>;
  /** The person at the table. */
  person: Person;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** Their role in the round (head of delegation); null when the sources give none. */
  role?: Maybe<Scalars['String']['output']>;
  /** The round. */
  round: Round;
  /** What this person said in this round, in the order it was said (by date), undated ones last. */
  statements: Array<Statement>;
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** A person at the table in a round. */
export type RoundParticipantHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A search hit: a statement, a position or a source. */
export type SearchResult = Position | Source | Statement;

/** A page of search results, best match first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The results of this page, each with its cursor and rank. */
  edges: Array<SearchResultEdge>;
  /** The results of this page, in order: edges without cursors and ranks. */
  nodes: Array<SearchResult>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many results match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A search result, with its rank and cursor. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Pass as `after`, with the same query and types, to get the results after this one. */
  cursor: Scalars['String']['output'];
  /** The statement, position or source found. */
  node: SearchResult;
  /**
   * How well this result matches (PostgreSQL ts_rank_cd divided by the
   * document's length, so a sentence that says it beats an article that
   * mentions it); higher is better, comparable within one search.
   */
  rank: Scalars['Float']['output'];
};

/** What `search` can look in. */
export type SearchableType =
  /** Positions' summaries. */
  | 'POSITION'
  /** Sources' titles and full texts (a match in the title ranks higher). */
  | 'SOURCE'
  /** Statements' text. */
  | 'STATEMENT';

/** A document facts are taken from. */
export type Source = Editable & Node & {
  __typename?: 'Source';
  /** Every excerpt cited from this source, in text order. */
  citations: CitationConnection;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** The publication date as the source gives it; seed files read relative wordings in its text ("on Monday") against it. */
  publishedAt: Scalars['Date']['output'];
  /** Who published it, e.g. Yonhap News Agency. */
  publisher: Scalars['String']['output'];
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The full text; every citation's start/end index into it. */
  text: Scalars['String']['output'];
  /** The headline or title as published. */
  title: Scalars['String']['output'];
  /** Where it can be read (http or https); null when not recorded. */
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

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** The sources of this page, in order: edges without the cursors. */
  nodes: Array<Source>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many sources match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source of a page, with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Pass as `after` to get the sources after this one. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** Which sources `sources` returns. */
export type SourceFilter = {
  /** Published on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only sources of this kind. */
  kind?: InputMaybe<SourceKind>;
  /** Case-insensitive substring of the publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A news report (the default). */
  | 'NEWS_ARTICLE'
  /** A document issued by a state or an organization: an agreement's text, a fact sheet, a communiqué. */
  | 'OFFICIAL_DOCUMENT'
  /** Anything else. */
  | 'OTHER'
  /** A statement a government, organization or company issued to the press. */
  | 'PRESS_RELEASE'
  /** An analysis or study by a research body, agency or organization. */
  | 'REPORT'
  /** A record of spoken words: a briefing, an interview, a hearing. */
  | 'TRANSCRIPT';

/** How `sources` is ordered. */
export type SourceOrder = {
  /** Default DESC. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: SourceOrderField;
};

/** What `sources` can be ordered by. */
export type SourceOrderField =
  /** The publication date. */
  | 'PUBLISHED_AT'
  /** The title, alphabetically. */
  | 'TITLE';

/** Something a person or an organization said, as a source reports it. */
export type Statement = Cited & Editable & Node & {
  __typename?: 'Statement';
  /** The excerpts that report this statement, grouped by source, each in text order. */
  citations: Array<Citation>;
  /** Every change of this fact, newest first. */
  history: ChangeConnection;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether `text` is a quote, a paraphrase or an official statement. */
  kind: StatementKind;
  /** The negotiation it was said about. */
  negotiation: Negotiation;
  /** When this fact was retracted; null while it stands. */
  retractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was retracted. */
  retractionReason?: Maybe<Scalars['String']['output']>;
  /** The round it was said in or about; null when the source ties it to no round. */
  round?: Maybe<Round>;
  /** Who said it: a Person, or an Organization (a ministry's statement). */
  speaker: Actor;
  /** When it was said; null when the source does not say. */
  statedOn?: Maybe<DateSpan>;
  /** What was said: the exact quoted words for a DIRECT_QUOTE, otherwise the source's rendering. */
  text: Scalars['String']['output'];
  /** Starts at 1; every change adds 1. Updates and retractions name the version they are based on. */
  version: Scalars['Int']['output'];
};


/** Something a person or an organization said, as a source reports it. */
export type StatementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** The statements of this page, in order: edges without the cursors. */
  nodes: Array<Statement>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many statements match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statement of a page, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as `after` to get the statements after this one. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** Which statements `statements` returns. */
export type StatementFilter = {
  /** Said on or after this date (the span ends on or after it); undated statements do not match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements of this kind. */
  kind?: InputMaybe<StatementKind>;
  /** Only statements in this negotiation. */
  negotiationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements in this round. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements by this Person or Organization. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Said on or before this date (the span starts on or before it); undated statements do not match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How a statement renders what was said. */
export type StatementKind =
  /** The speaker's words, quoted. */
  | 'DIRECT_QUOTE'
  /** A statement issued by an organization. */
  | 'OFFICIAL_STATEMENT'
  /** The source's rendering of what was said. */
  | 'PARAPHRASE';

/** How `statements` is ordered. */
export type StatementOrder = {
  /** Default DESC (newest first). */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: StatementOrderField;
};

/** What `statements` can be ordered by. */
export type StatementOrderField =
  /** The first day of statedOn; undated statements count as earliest. */
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

/** Changes to an affiliation; fields left out stay as they are. */
export type UpdateAffiliationInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The affiliation to change. */
  id: Scalars['ID']['input'];
  /** The role as the source puts it. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the affiliation has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateAffiliation. */
export type UpdateAffiliationPayload = {
  __typename?: 'UpdateAffiliationPayload';
  /** The affiliation as it is now; null when there are userErrors. */
  affiliation?: Maybe<Affiliation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to an agreement; fields left out stay as they are. */
export type UpdateAgreementInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The first day in force; null clears it. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The day its term ends or ended; null clears it. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** The source's words for the effective period; null clears them. */
  effectiveWording?: InputMaybe<Scalars['String']['input']>;
  /** The agreement to change. */
  id: Scalars['ID']['input'];
  /** The full name, unique among agreements. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The parties, all of them: replaces the current set (null or [] removes them all). */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The short name; null clears it. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Where the agreement stands. */
  status?: InputMaybe<AgreementStatus>;
  /** The agreement this one replaced; null clears it. */
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
  /** The version this change is based on; CONFLICT when the agreement has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateAgreement. */
export type UpdateAgreementPayload = {
  __typename?: 'UpdateAgreementPayload';
  /** The agreement as it is now; null when there are userErrors. */
  agreement?: Maybe<Agreement>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a citation moves; fields left out stay as they are. */
export type UpdateCitationInput = {
  /** Other words to cite, copied verbatim. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** The citation to move. */
  id: Scalars['ID']['input'];
  /** Another source to cite; the excerpt is then found in its text. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the excerpt begins, to pick one of several occurrences. */
  start?: InputMaybe<Scalars['Int']['input']>;
  /** The version this change is based on; CONFLICT when the citation has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateCitation. */
export type UpdateCitationPayload = {
  __typename?: 'UpdateCitationPayload';
  /** The citation as it is now; null when there are userErrors. */
  citation?: Maybe<Citation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a delegation; fields left out stay as they are. */
export type UpdateDelegationInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Who leads it; null clears it. */
  headId?: InputMaybe<Scalars['ID']['input']>;
  /** The delegation to change. */
  id: Scalars['ID']['input'];
  /** The version this change is based on; CONFLICT when the delegation has changed since. */
  version: Scalars['Int']['input'];
};

/** Changes to a delegation member; fields left out stay as they are. */
export type UpdateDelegationMemberInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The member to change. */
  id: Scalars['ID']['input'];
  /** Their role on the delegation; null clears it. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the member has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateDelegationMember. */
export type UpdateDelegationMemberPayload = {
  __typename?: 'UpdateDelegationMemberPayload';
  /** The member as it is now; null when there are userErrors. */
  delegationMember?: Maybe<DelegationMember>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of updateDelegation. */
export type UpdateDelegationPayload = {
  __typename?: 'UpdateDelegationPayload';
  /** The delegation as it is now; null when there are userErrors. */
  delegation?: Maybe<Delegation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a figure; fields left out stay as they are. */
export type UpdateFigureInput = {
  /** The agreement the number is about; null clears it. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** True when the source gives the number as approximate. */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The period the number holds for; null makes it undated. */
  asOf?: InputMaybe<DateSpanInput>;
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The figure to change. */
  id: Scalars['ID']['input'];
  /** What the number measures. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The organization the number is about; null clears it. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** What the number counts or is in. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The number in `unit`: finite, and less than 10^15 in size. */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** The version this change is based on; CONFLICT when the figure has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateFigure. */
export type UpdateFigurePayload = {
  __typename?: 'UpdateFigurePayload';
  /** The figure as it is now; null when there are userErrors. */
  figure?: Maybe<Figure>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to an issue; fields left out stay as they are. */
export type UpdateIssueInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** What the issue is about; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The issue to change. */
  id: Scalars['ID']['input'];
  /** A short name, unique among issues. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the issue has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateIssue. */
export type UpdateIssuePayload = {
  __typename?: 'UpdateIssuePayload';
  /** The issue as it is now; null when there are userErrors. */
  issue?: Maybe<Issue>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a negotiation; fields left out stay as they are. */
export type UpdateNegotiationInput = {
  /** The agreement it renews or replaces; null clears it. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The negotiation to change. */
  id: Scalars['ID']['input'];
  /** The parties, all of them: replaces the current set (null or [] removes them all). */
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where the negotiation stands. */
  status?: InputMaybe<NegotiationStatus>;
  /** The title, unique among negotiations. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the negotiation has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateNegotiation. */
export type UpdateNegotiationPayload = {
  __typename?: 'UpdateNegotiationPayload';
  /** The negotiation as it is now; null when there are userErrors. */
  negotiation?: Maybe<Negotiation>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to an organization; fields left out stay as they are. */
export type UpdateOrganizationInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The organization to change. */
  id: Scalars['ID']['input'];
  /** What kind of body it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** The full name, unique among organizations. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization this one is part of; null makes it top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The short name; null clears it. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the organization has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateOrganization. */
export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  /** The organization as it is now; null when there are userErrors. */
  organization?: Maybe<Organization>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a person; fields left out stay as they are. */
export type UpdatePersonInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The person to change. */
  id: Scalars['ID']['input'];
  /** The name, unique among people. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the person has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updatePerson. */
export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  /** The person as they are now; null when there are userErrors. */
  person?: Maybe<Person>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a position; fields left out stay as they are. */
export type UpdatePositionInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The position to change. */
  id: Scalars['ID']['input'];
  /** The position in a sentence or two. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the position has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updatePosition. */
export type UpdatePositionPayload = {
  __typename?: 'UpdatePositionPayload';
  /** The position as it is now; null when there are userErrors. */
  position?: Maybe<Position>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a round; fields left out stay as they are. */
export type UpdateRoundInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The source's words for the dates; null clears them. */
  dateWording?: InputMaybe<Scalars['String']['input']>;
  /** The last day, not before the first; null clears it. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The round to change. */
  id: Scalars['ID']['input'];
  /** Where it was held; null clears it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The round's number, from 1, unique within its negotiation. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** How it ended; null clears it. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** The first day; null clears it. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The version this change is based on; CONFLICT when the round has changed since. */
  version: Scalars['Int']['input'];
};

/** Changes to a round participant; fields left out stay as they are. */
export type UpdateRoundParticipantInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The participant to change. */
  id: Scalars['ID']['input'];
  /** The party this person spoke for; null clears it. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Their role in the round; null clears it. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the participant has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateRoundParticipant. */
export type UpdateRoundParticipantPayload = {
  __typename?: 'UpdateRoundParticipantPayload';
  /** The participant as it is now; null when there are userErrors. */
  roundParticipant?: Maybe<RoundParticipant>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of updateRound. */
export type UpdateRoundPayload = {
  __typename?: 'UpdateRoundPayload';
  /** The round as it is now; null when there are userErrors. */
  round?: Maybe<Round>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a source; fields left out stay as they are. */
export type UpdateSourceInput = {
  /** The source to change. */
  id: Scalars['ID']['input'];
  /** What kind of document it is. */
  kind?: InputMaybe<SourceKind>;
  /** The publication date. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /**
   * The corrected full text (trailing whitespace dropped); INVALID while a live
   * citation's words would no longer be at its offsets (move or retract those first).
   */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The headline or title as published. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http or https URL; null clears it. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the source has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateSource. */
export type UpdateSourcePayload = {
  __typename?: 'UpdateSourcePayload';
  /** The source as it is now; null when there are userErrors. */
  source?: Maybe<Source>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a statement; fields left out stay as they are. */
export type UpdateStatementInput = {
  /** Excerpts to add to its citations. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** The statement to change. */
  id: Scalars['ID']['input'];
  /** Whether `text` is a quote, a paraphrase or an official statement. */
  kind?: InputMaybe<StatementKind>;
  /** A round of the statement's negotiation; null detaches the statement from any round. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  /** A Person or an Organization. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** When it was said; null makes it undated. */
  statedOn?: InputMaybe<DateSpanInput>;
  /** What was said; for a DIRECT_QUOTE, words that occur in one of its excerpts. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The version this change is based on; CONFLICT when the statement has changed since. */
  version: Scalars['Int']['input'];
};

/** The result of updateStatement. */
export type UpdateStatementPayload = {
  __typename?: 'UpdateStatementPayload';
  /** The statement as it is now; null when there are userErrors. */
  statement?: Maybe<Statement>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A failure the caller can fix. When a payload has any, nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  /** The kind of failure, to act on without reading the message. */
  code: UserErrorCode;
  /** The path into the input, e.g. ["input", "citations", 0, "excerpt"]. */
  field: Array<Scalars['PathSegment']['output']>;
  /** What was expected and what arrived. */
  message: Scalars['String']['output'];
};

/** The kind of a failure the caller can fix. */
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
  addAffiliation?: Resolver<Maybe<ResolversTypes['AddAffiliationPayload']>, ParentType, ContextType, RequireFields<MutationAddAffiliationArgs, 'input'>>;
  addAgreement?: Resolver<Maybe<ResolversTypes['AddAgreementPayload']>, ParentType, ContextType, RequireFields<MutationAddAgreementArgs, 'input'>>;
  addCitation?: Resolver<Maybe<ResolversTypes['AddCitationPayload']>, ParentType, ContextType, RequireFields<MutationAddCitationArgs, 'input'>>;
  addDelegation?: Resolver<Maybe<ResolversTypes['AddDelegationPayload']>, ParentType, ContextType, RequireFields<MutationAddDelegationArgs, 'input'>>;
  addDelegationMember?: Resolver<Maybe<ResolversTypes['AddDelegationMemberPayload']>, ParentType, ContextType, RequireFields<MutationAddDelegationMemberArgs, 'input'>>;
  addFigure?: Resolver<Maybe<ResolversTypes['AddFigurePayload']>, ParentType, ContextType, RequireFields<MutationAddFigureArgs, 'input'>>;
  addIssue?: Resolver<Maybe<ResolversTypes['AddIssuePayload']>, ParentType, ContextType, RequireFields<MutationAddIssueArgs, 'input'>>;
  addNegotiation?: Resolver<Maybe<ResolversTypes['AddNegotiationPayload']>, ParentType, ContextType, RequireFields<MutationAddNegotiationArgs, 'input'>>;
  addOrganization?: Resolver<Maybe<ResolversTypes['AddOrganizationPayload']>, ParentType, ContextType, RequireFields<MutationAddOrganizationArgs, 'input'>>;
  addPerson?: Resolver<Maybe<ResolversTypes['AddPersonPayload']>, ParentType, ContextType, RequireFields<MutationAddPersonArgs, 'input'>>;
  addRound?: Resolver<Maybe<ResolversTypes['AddRoundPayload']>, ParentType, ContextType, RequireFields<MutationAddRoundArgs, 'input'>>;
  addRoundParticipant?: Resolver<Maybe<ResolversTypes['AddRoundParticipantPayload']>, ParentType, ContextType, RequireFields<MutationAddRoundParticipantArgs, 'input'>>;
  addSource?: Resolver<Maybe<ResolversTypes['AddSourcePayload']>, ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  recordPosition?: Resolver<Maybe<ResolversTypes['RecordPositionPayload']>, ParentType, ContextType, RequireFields<MutationRecordPositionArgs, 'input'>>;
  recordStatement?: Resolver<Maybe<ResolversTypes['RecordStatementPayload']>, ParentType, ContextType, RequireFields<MutationRecordStatementArgs, 'input'>>;
  retract?: Resolver<Maybe<ResolversTypes['RetractPayload']>, ParentType, ContextType, RequireFields<MutationRetractArgs, 'input'>>;
  updateAffiliation?: Resolver<Maybe<ResolversTypes['UpdateAffiliationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateAffiliationArgs, 'input'>>;
  updateAgreement?: Resolver<Maybe<ResolversTypes['UpdateAgreementPayload']>, ParentType, ContextType, RequireFields<MutationUpdateAgreementArgs, 'input'>>;
  updateCitation?: Resolver<Maybe<ResolversTypes['UpdateCitationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateCitationArgs, 'input'>>;
  updateDelegation?: Resolver<Maybe<ResolversTypes['UpdateDelegationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateDelegationArgs, 'input'>>;
  updateDelegationMember?: Resolver<Maybe<ResolversTypes['UpdateDelegationMemberPayload']>, ParentType, ContextType, RequireFields<MutationUpdateDelegationMemberArgs, 'input'>>;
  updateFigure?: Resolver<Maybe<ResolversTypes['UpdateFigurePayload']>, ParentType, ContextType, RequireFields<MutationUpdateFigureArgs, 'input'>>;
  updateIssue?: Resolver<Maybe<ResolversTypes['UpdateIssuePayload']>, ParentType, ContextType, RequireFields<MutationUpdateIssueArgs, 'input'>>;
  updateNegotiation?: Resolver<Maybe<ResolversTypes['UpdateNegotiationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateNegotiationArgs, 'input'>>;
  updateOrganization?: Resolver<Maybe<ResolversTypes['UpdateOrganizationPayload']>, ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updatePerson?: Resolver<Maybe<ResolversTypes['UpdatePersonPayload']>, ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  updatePosition?: Resolver<Maybe<ResolversTypes['UpdatePositionPayload']>, ParentType, ContextType, RequireFields<MutationUpdatePositionArgs, 'input'>>;
  updateRound?: Resolver<Maybe<ResolversTypes['UpdateRoundPayload']>, ParentType, ContextType, RequireFields<MutationUpdateRoundArgs, 'input'>>;
  updateRoundParticipant?: Resolver<Maybe<ResolversTypes['UpdateRoundParticipantPayload']>, ParentType, ContextType, RequireFields<MutationUpdateRoundParticipantArgs, 'input'>>;
  updateSource?: Resolver<Maybe<ResolversTypes['UpdateSourcePayload']>, ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'input'>>;
  updateStatement?: Resolver<Maybe<ResolversTypes['UpdateStatementPayload']>, ParentType, ContextType, RequireFields<MutationUpdateStatementArgs, 'input'>>;
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
