import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Source } from './Source.js';
import { Affiliation } from './Affiliation.js';
import { Agreement } from './Agreement.js';
import { Delegation } from './Delegation.js';
import { DelegationMember } from './DelegationMember.js';
import { Figure } from './Figure.js';
import { Issue } from './Issue.js';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Position } from './Position.js';
import { Round } from './Round.js';
import { RoundParticipant } from './RoundParticipant.js';
import { Statement } from './Statement.js';

/** The columns that name what a citation supports; exactly one is set. */
export const CITATION_SUBJECT_COLUMNS = ['organizationId', 'personId', 'affiliationId', 'agreementId', 'negotiationId', 'roundId', 'delegationId', 'delegationMemberId', 'roundParticipantId', 'statementId', 'issueId', 'positionId', 'figureId'] as const;
export type CitationSubjectColumn = (typeof CITATION_SUBJECT_COLUMNS)[number];

/**
 * The link from a fact to the words of a source that state it:
 * `source.text.slice(startOffset, endOffset) === excerpt`, offsets in
 * JavaScript string indices (UTF-16 code units), computed by the server.
 */
@Entity()
@Check('chk_citation_offsets', `"start_offset" >= 0 AND "end_offset" > "start_offset"`)
@Check('chk_citation_one_subject', `num_nonnulls("organization_id", "person_id", "affiliation_id", "agreement_id", "negotiation_id", "round_id", "delegation_id", "delegation_member_id", "round_participant_id", "statement_id", "issue_id", "position_id", "figure_id") = 1`)
@Index('uq_citation_natural_key', { synchronize: false })
@Index('idx_citation_source_id_start_offset', ['sourceId', 'startOffset'])
@Index('idx_citation_organization_id', ['organizationId'], { where: '"organization_id" IS NOT NULL' })
@Index('idx_citation_person_id', ['personId'], { where: '"person_id" IS NOT NULL' })
@Index('idx_citation_affiliation_id', ['affiliationId'], { where: '"affiliation_id" IS NOT NULL' })
@Index('idx_citation_agreement_id', ['agreementId'], { where: '"agreement_id" IS NOT NULL' })
@Index('idx_citation_negotiation_id', ['negotiationId'], { where: '"negotiation_id" IS NOT NULL' })
@Index('idx_citation_round_id', ['roundId'], { where: '"round_id" IS NOT NULL' })
@Index('idx_citation_delegation_id', ['delegationId'], { where: '"delegation_id" IS NOT NULL' })
@Index('idx_citation_delegation_member_id', ['delegationMemberId'], { where: '"delegation_member_id" IS NOT NULL' })
@Index('idx_citation_round_participant_id', ['roundParticipantId'], { where: '"round_participant_id" IS NOT NULL' })
@Index('idx_citation_statement_id', ['statementId'], { where: '"statement_id" IS NOT NULL' })
@Index('idx_citation_issue_id', ['issueId'], { where: '"issue_id" IS NOT NULL' })
@Index('idx_citation_position_id', ['positionId'], { where: '"position_id" IS NOT NULL' })
@Index('idx_citation_figure_id', ['figureId'], { where: '"figure_id" IS NOT NULL' })
export class Citation extends FactBase {
  @Column({ type: 'int' })
  sourceId: number;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;

  @Column({ type: 'text' })
  excerpt: string;

  @Column({ type: 'int' })
  startOffset: number;

  @Column({ type: 'int' })
  endOffset: number;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'int', nullable: true })
  personId: number | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'int', nullable: true })
  affiliationId: number | null;

  @ManyToOne(() => Affiliation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'affiliation_id' })
  affiliation?: Affiliation;

  @Column({ type: 'int', nullable: true })
  agreementId: number | null;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Agreement;

  @Column({ type: 'int', nullable: true })
  negotiationId: number | null;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @Column({ type: 'int', nullable: true })
  roundId: number | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ type: 'int', nullable: true })
  delegationId: number | null;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;

  @Column({ type: 'int', nullable: true })
  delegationMemberId: number | null;

  @ManyToOne(() => DelegationMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_member_id' })
  delegationMember?: DelegationMember;

  @Column({ type: 'int', nullable: true })
  roundParticipantId: number | null;

  @ManyToOne(() => RoundParticipant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_participant_id' })
  roundParticipant?: RoundParticipant;

  @Column({ type: 'int', nullable: true })
  statementId: number | null;

  @ManyToOne(() => Statement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id' })
  statement?: Statement;

  @Column({ type: 'int', nullable: true })
  issueId: number | null;

  @ManyToOne(() => Issue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Issue;

  @Column({ type: 'int', nullable: true })
  positionId: number | null;

  @ManyToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id' })
  position?: Position;

  @Column({ type: 'int', nullable: true })
  figureId: number | null;

  @ManyToOne(() => Figure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'figure_id' })
  figure?: Figure;
}
