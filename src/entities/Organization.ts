import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FactBase } from './FactBase.js';

export const ORGANIZATION_KINDS = ['STATE', 'MINISTRY', 'AGENCY', 'MILITARY', 'INTERNATIONAL_ORGANIZATION', 'PARTY', 'COMPANY', 'UNION', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A state, ministry, agency or other body; `name` is its natural key. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_organization_list_name', { synchronize: false })
@Index('idx_organization_list_kind', { synchronize: false })
@Index('uq_organization_name', ['name'], { unique: true })
@Index('idx_organization_name_trgm', { synchronize: false })
@Index('idx_organization_parent_id', ['parentId'])
export class Organization extends FactBase {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'enum', enum: ORGANIZATION_KINDS, enumName: 'organization_kind', default: 'OTHER' })
  kind: OrganizationKind;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization;
}
