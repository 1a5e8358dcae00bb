import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CHANGE_ACTIONS = ['CREATE', 'UPDATE', 'RETRACT'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/**
 * One recorded change of a fact, written in the transaction that made it:
 * which fact (`subjectType` is its GraphQL type name), the version the change
 * produced, who made it, when, and what changed (`changes` maps each field to
 * `{ before, after }`). A fact's history is its changes by version, newest
 * first; there is exactly one change per version of a fact.
 */
@Entity()
@Check('chk_change_changes_object', `jsonb_typeof("changes") = 'object'`)
@Check('chk_change_version_positive', `"version" > 0`)
@Index('uq_change_subject_type_subject_id_version', ['subjectType', 'subjectId', 'version'], { unique: true })
export class Change {
  @PrimaryGeneratedColumn('identity', { type: 'int', generatedIdentity: 'BY DEFAULT' })
  id: number;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: CHANGE_ACTIONS, enumName: 'change_action' })
  action: ChangeAction;

  /** The API token's name, or "seed", "ingest", "generator" for command-line writes. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;
}
