import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';

/** A person's role in an organization ("President" of the United States). */
@Entity()
@Index('uq_affiliation_person_organization_role', ['personId', 'organizationId', 'role'], { unique: true })
@Index('idx_affiliation_organization_id', ['organizationId'])
export class Affiliation extends FactBase {
  @Column({ type: 'int' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'int' })
  organizationId: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  role: string;
}
