import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Negotiation } from './Negotiation.js';

/**
 * One round of a negotiation; `number` is unique within it. Dates are the
 * resolved span, `dateWording` the source's own words for it.
 */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_round_list_start_date', { synchronize: false })
@Index('idx_round_list_number', { synchronize: false })
@Index('idx_round_list_number_start_date', { synchronize: false })
@Index('idx_round_list_negotiation', { synchronize: false })
@Index('idx_round_location_trgm', { synchronize: false })
@Unique(['negotiationId', 'number'])
@Unique(['id', 'negotiationId'])
@Check('chk_round_number_positive', `"number" > 0`)
@Check('chk_round_dates', `"start_date" IS NULL OR "end_date" IS NULL OR "end_date" >= "start_date"`)
@Index('idx_round_number', ['number'])
@Index('idx_round_start_date', ['startDate'])
export class Round extends FactBase {
  @Column({ type: 'int' })
  negotiationId: number;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  dateWording: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}
