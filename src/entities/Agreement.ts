import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';

export const AGREEMENT_STATUSES = ['PROPOSED', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** A treaty, deal or contract; `name` is the natural key. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_agreement_list_name', { synchronize: false })
@Index('idx_agreement_list_effective_from', { synchronize: false })
@Index('idx_agreement_list_effective_to', { synchronize: false })
@Index('idx_agreement_list_status', { synchronize: false })
@Index('idx_agreement_short_name_trgm', { synchronize: false })
@Index('uq_agreement_name', ['name'], { unique: true })
@Index('idx_agreement_name_trgm', { synchronize: false })
@Index('idx_agreement_supersedes_id', ['supersedesId'])
@Check('chk_agreement_effective_period', `"effective_to" IS NULL OR "effective_from" IS NULL OR "effective_to" >= "effective_from"`)
export class Agreement extends FactBase {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'enum', enum: AGREEMENT_STATUSES, enumName: 'agreement_status' })
  status: AgreementStatus;

  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  /** The source's words for the effective period ("expired at the end of last year"). */
  @Column({ type: 'text', nullable: true })
  effectiveWording: string | null;

  @Column({ type: 'int', nullable: true })
  supersedesId: number | null;

  @ManyToOne(() => Agreement, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: Agreement;
}
