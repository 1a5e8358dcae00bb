import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Round } from './Round.js';

/**
 * A party's team, for a whole negotiation (`roundId` null) or one round of it.
 * The composite key (round_id, negotiation_id) keeps the round inside the negotiation.
 */
@Entity()
@Index('uq_delegation_negotiation_party', ['negotiationId', 'partyId'], { unique: true, where: '"round_id" IS NULL' })
@Index('uq_delegation_round_party', ['roundId', 'partyId'], { unique: true, where: '"round_id" IS NOT NULL' })
@Index('idx_delegation_party_id', ['partyId'])
@Index('idx_delegation_head_id', ['headId'])
@Index('idx_delegation_round_id_negotiation_id', ['roundId', 'negotiationId'])
export class Delegation extends FactBase {
  @Column({ type: 'int' })
  negotiationId: number;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @Column({ type: 'int', nullable: true })
  roundId: number | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'id' },
    { name: 'negotiation_id', referencedColumnName: 'negotiationId' },
  ])
  round?: Round;

  @Column({ type: 'int' })
  partyId: number;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: Organization;

  @Column({ type: 'int', nullable: true })
  headId: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'head_id' })
  head?: Person;
}
