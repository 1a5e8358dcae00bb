import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Round } from './Round.js';

export const STATEMENT_KINDS = ['DIRECT_QUOTE', 'PARAPHRASE', 'OFFICIAL_STATEMENT'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/**
 * Something a person or an organization said in a negotiation (and, when
 * known, in one round of it). Exactly one speaker column is set.
 */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_statement_list_stated_on', { synchronize: false })
@Index('idx_statement_list_kind', { synchronize: false })
@Check('chk_statement_one_speaker', `num_nonnulls("speaker_person_id", "speaker_organization_id") = 1`)
@Check('chk_statement_stated_span', `("stated_start" IS NULL) = ("stated_end" IS NULL) AND ("stated_end" IS NULL OR "stated_end" >= "stated_start")`)
@Check('chk_statement_text_not_blank', `btrim("text") <> ''`)
@Index('uq_statement_natural_key', { synchronize: false })
@Index('idx_statement_search', { synchronize: false })
// Foreign-key indexes extended by the list order (same migration).
@Index('idx_statement_speaker_person_id', { synchronize: false })
@Index('idx_statement_speaker_organization_id', { synchronize: false })
@Index('idx_statement_negotiation_id', { synchronize: false })
@Index('idx_statement_round_id_negotiation_id', { synchronize: false })
// Created by migrations/1785000000000-StatementPartyAndSpans.ts (partial, expression and GiST indexes for the dashboards).
@Index('idx_statement_stated_start_party', { synchronize: false })
@Index('idx_statement_stated_span', { synchronize: false })
export class Statement extends FactBase {
  @Column({ type: 'int', nullable: true })
  speakerPersonId: number | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_person_id' })
  speakerPerson?: Person;

  @Column({ type: 'int', nullable: true })
  speakerOrganizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_organization_id' })
  speakerOrganization?: Organization;

  @Column({ type: 'int' })
  negotiationId: number;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @Column({ type: 'int', nullable: true })
  roundId: number | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'id' },
    { name: 'negotiation_id', referencedColumnName: 'negotiationId' },
  ])
  round?: Round;

  @Column({ type: 'enum', enum: STATEMENT_KINDS, enumName: 'statement_kind' })
  kind: StatementKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'date', nullable: true })
  statedStart: string | null;

  @Column({ type: 'date', nullable: true })
  statedEnd: string | null;

  @Column({ type: 'text', nullable: true })
  statedWording: string | null;

  /**
   * The organization whose top-level organization is the party the statement
   * speaks for (docs/dashboards.md, "Parties"); null when none is known. Kept
   * by database triggers (migrations/1785000000000-StatementPartyAndSpans.ts),
   * never written by the application.
   */
  @Column({ type: 'int', nullable: true, select: false, insert: false, update: false })
  partyOrganizationId: number | null;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english'::regconfig, "text")`,
    select: false,
    insert: false,
    update: false,
  })
  search: string;
}
