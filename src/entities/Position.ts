import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Issue } from './Issue.js';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';
import { Round } from './Round.js';

/** Where a party stands on an issue in a negotiation (and, when known, a round). */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_position_list_created', { synchronize: false })
@Index('idx_position_list_negotiation', { synchronize: false })
@Index('idx_position_list_round', { synchronize: false })
@Index('idx_position_list_party', { synchronize: false })
@Index('idx_position_list_issue', { synchronize: false })
@Check('chk_position_summary_not_blank', `btrim("summary") <> ''`)
@Index('uq_position_negotiation_party_issue', ['negotiationId', 'partyId', 'issueId'], { unique: true, where: '"round_id" IS NULL' })
@Index('uq_position_round_party_issue', ['roundId', 'partyId', 'issueId'], { unique: true, where: '"round_id" IS NOT NULL' })
@Index('idx_position_search', { synchronize: false })
@Index('idx_position_party_id', ['partyId'])
@Index('idx_position_issue_id', ['issueId'])
@Index('idx_position_round_id_negotiation_id', ['roundId', 'negotiationId'])
export class Position extends FactBase {
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

  @Column({ type: 'int' })
  partyId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: Organization;

  @Column({ type: 'int' })
  issueId: number;

  @ManyToOne(() => Issue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Issue;

  @Column({ type: 'text' })
  summary: string;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english'::regconfig, "summary")`,
    select: false,
    insert: false,
    update: false,
  })
  search: string;
}
