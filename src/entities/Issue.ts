import { Column, Entity, Index } from 'typeorm';
import { FactBase } from './FactBase.js';

/** A topic parties take positions on; `name` is the natural key. */
@Entity()
@Index('uq_issue_name', ['name'], { unique: true })
@Index('idx_issue_name_trgm', { synchronize: false })
export class Issue extends FactBase {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
