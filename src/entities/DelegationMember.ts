import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Delegation } from './Delegation.js';
import { FactBase } from './FactBase.js';
import { Person } from './Person.js';

/** A person on a delegation, with the role the source gives. */
@Entity()
@Index('uq_delegation_member_delegation_person', ['delegationId', 'personId'], { unique: true })
@Index('idx_delegation_member_person_id', ['personId'])
export class DelegationMember extends FactBase {
  @Column({ type: 'int' })
  delegationId: number;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;

  @Column({ type: 'int' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'text', nullable: true })
  role: string | null;
}
