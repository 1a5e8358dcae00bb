import { Column, Entity, Index } from 'typeorm';
import { FactBase } from './FactBase.js';

/** A topic parties take positions on; `name` is the natural key. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_issue_list_name', { synchronize: false })
@Index('uq_issue_name', ['name'], { unique: true })
@Index('idx_issue_name_trgm', { synchronize: false })
export class Issue extends FactBase {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
