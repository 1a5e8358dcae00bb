/** The values resolvers receive for each GraphQL type (codegen `mappers`). */
import type * as E from '../entities/index.js';
import type { Connection, Edge } from '../loaders/connection.js';
import type { ChangeRow } from '../loaders/createLoaders.js';
import type { Row } from '../loaders/tables.js';

export type { DateSpanValue } from '../lib/dateSpan.js';

export type SourceRow = Row<E.Source>;
export type CitationRow = Row<E.Citation>;
export type OrganizationRow = Row<E.Organization>;
export type PersonRow = Row<E.Person>;
export type AffiliationRow = Row<E.Affiliation>;
export type AgreementRow = Row<E.Agreement>;
export type NegotiationRow = Row<E.Negotiation>;
export type RoundRow = Row<E.Round>;
export type DelegationRow = Row<E.Delegation>;
export type DelegationMemberRow = Row<E.DelegationMember>;
export type RoundParticipantRow = Row<E.RoundParticipant>;
export type StatementRow = Row<E.Statement>;
export type IssueRow = Row<E.Issue>;
export type PositionRow = Row<E.Position>;
export type FigureRow = Row<E.Figure>;

export type SourceConnectionValue = Connection<SourceRow>;
export type CitationConnectionValue = Connection<CitationRow>;
export type OrganizationConnectionValue = Connection<OrganizationRow>;
export type PersonConnectionValue = Connection<PersonRow>;
export type AgreementConnectionValue = Connection<AgreementRow>;
export type NegotiationConnectionValue = Connection<NegotiationRow>;
export type RoundConnectionValue = Connection<RoundRow>;
export type StatementConnectionValue = Connection<StatementRow>;
export type IssueConnectionValue = Connection<IssueRow>;
export type PositionConnectionValue = Connection<PositionRow>;
export type FigureConnectionValue = Connection<FigureRow>;

/** One recorded change of a fact, as the history loader reads it. */
export type { ChangeRow };
export type ChangeConnectionValue = Connection<ChangeRow>;

/** A search match: a statement, position or source row. */
export type SearchHit = StatementRow | PositionRow | SourceRow;
export type SearchResultConnectionValue = Connection<SearchHit>;
export type SearchResultEdgeValue = Edge<SearchHit>;

/** Any row with a global ID. */
export type NodeRow =
  | SourceRow | CitationRow | OrganizationRow | PersonRow | AffiliationRow | AgreementRow | NegotiationRow | RoundRow
  | DelegationRow | DelegationMemberRow | RoundParticipantRow | StatementRow | IssueRow | PositionRow | FigureRow;

/** Dashboards: what the analytics service answers. */
export type { ActivityValue } from '../services/analytics/activity.js';
export type { TimelineEvent as TimelineEventValue } from '../services/analytics/timeline.js';
export type { PositionMatrixRow as PositionMatrixRowValue } from '../services/analytics/positionMatrix.js';
export type { FigurePoint as FigurePointValue } from '../services/analytics/figureSeries.js';
