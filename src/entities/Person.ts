import { Column, Entity, Index } from 'typeorm';
import { FactBase } from './FactBase.js';

/** A person named in a source; `name` is the natural key. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_person_list_name', { synchronize: false })
@Index('uq_person_name', ['name'], { unique: true })
@Index('idx_person_name_trgm', { synchronize: false })
export class Person extends FactBase {
  @Column({ type: 'text' })
  name: string;
}
