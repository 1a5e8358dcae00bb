import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Negotiation } from './Negotiation.js';
import { Organization } from './Organization.js';

/** A party to a negotiation. */
@Entity()
@Index('idx_negotiation_party_organization_id', ['organizationId'])
export class NegotiationParty {
  @PrimaryColumn({ type: 'int' })
  negotiationId: number;

  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  @ManyToOne(() => Negotiation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'negotiation_id' })
  negotiation?: Negotiation;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
