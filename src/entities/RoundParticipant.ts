import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Round } from './Round.js';

/** A person at the table in a round, for a party, in a role. */
@Entity()
@Index('uq_round_participant_round_person', ['roundId', 'personId'], { unique: true })
@Index('idx_round_participant_person_id', ['personId'])
@Index('idx_round_participant_party_id', ['partyId'])
export class RoundParticipant extends FactBase {
  @Column({ type: 'int' })
  roundId: number;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @Column({ type: 'int' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'int', nullable: true })
  partyId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: Organization;

  @Column({ type: 'text', nullable: true })
  role: string | null;
}
