import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Agreement } from './Agreement.js';
import { FactBase } from './FactBase.js';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';
import { Round } from './Round.js';

/**
 * A numeric fact (a contribution in USD, a troop count) with its unit, whether
 * the source gives it as approximate ("some 28,500"), and the span it holds for.
 */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_figure_list_as_of', { synchronize: false })
@Index('idx_figure_list_value', { synchronize: false })
@Index('idx_figure_list_label', { synchronize: false })
@Index('idx_figure_list_unit', { synchronize: false })
@Index('idx_figure_list_agreement', { synchronize: false })
@Index('idx_figure_list_negotiation', { synchronize: false })
@Check('chk_figure_as_of_span', `("as_of_start" IS NULL) = ("as_of_end" IS NULL) AND ("as_of_end" IS NULL OR "as_of_end" >= "as_of_start")`)
@Check('chk_figure_label_not_blank', `btrim("label") <> ''`)
@Check('chk_figure_round_has_negotiation', `"round_id" IS NULL OR "negotiation_id" IS NOT NULL`)
@Index('uq_figure_natural_key', { synchronize: false })
@Index('idx_figure_agreement_id', ['agreementId'])
@Index('idx_figure_negotiation_id', ['negotiationId'])
@Index('idx_figure_round_id_negotiation_id', ['roundId', 'negotiationId'])
@Index('idx_figure_organization_id', ['organizationId'])
@Index('idx_figure_as_of_start', ['asOfStart'])
export class Figure extends FactBase {
  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'numeric' })
  value: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'boolean', default: false })
  approximate: boolean;

  @Column({ type: 'date', nullable: true })
  asOfStart: string | null;

  @Column({ type: 'date', nullable: true })
  asOfEnd: string | null;

  @Column({ type: 'text', nullable: true })
  asOfWording: string | null;

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

  /** A figure of a round belongs to that round's negotiation (a composite key, as for statements). */
  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'id' },
    { name: 'negotiation_id', referencedColumnName: 'negotiationId' },
  ])
  round?: Round;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
