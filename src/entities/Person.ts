import { Column, Entity, Index } from 'typeorm';
import { FactBase } from './FactBase.js';

/** A person named in a source; `name` is the natural key. */
@Entity()
@Index('uq_person_name', ['name'], { unique: true })
@Index('idx_person_name_trgm', { synchronize: false })
export class Person extends FactBase {
  @Column({ type: 'text' })
  name: string;
}
