import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Agreement } from './Agreement.js';
import { FactBase } from './FactBase.js';

export const NEGOTIATION_STATUSES = ['PLANNED', 'ONGOING', 'SUSPENDED', 'CONCLUDED', 'ABANDONED'] as const;
export type NegotiationStatus = (typeof NEGOTIATION_STATUSES)[number];

/** A negotiation process; `agreementId` is the agreement it renews or replaces. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_negotiation_list_title', { synchronize: false })
@Index('idx_negotiation_list_status', { synchronize: false })
@Index('idx_negotiation_list_agreement', { synchronize: false })
@Index('uq_negotiation_title', ['title'], { unique: true })
@Index('idx_negotiation_title_trgm', { synchronize: false })
@Index('idx_negotiation_agreement_id', ['agreementId'])
@Index('idx_negotiation_status', ['status'])
export class Negotiation extends FactBase {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: NEGOTIATION_STATUSES, enumName: 'negotiation_status' })
  status: NegotiationStatus;

  @Column({ type: 'int', nullable: true })
  agreementId: number | null;

  @ManyToOne(() => Agreement, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Agreement;
}
