import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agreement } from './Agreement.js';
import { Organization } from './Organization.js';

/** A party to an agreement. */
@Entity()
@Index('idx_agreement_party_organization_id', ['organizationId'])
export class AgreementParty {
  @PrimaryColumn({ type: 'int' })
  agreementId: number;

  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Agreement;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
