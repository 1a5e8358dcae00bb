import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a seed file last wrote for one of its facts: which row the file's
 * fact is (`factId` of `factType`, whatever edits did to its natural key
 * since) and the values the file stated when it was last loaded (`loaded`:
 * column name -> value, with `parties` and `citations` for a fact's party
 * links and excerpts). The loader compares these with the file now and with
 * the database to change only what the file itself changed (seeds/README.md).
 */
@Entity()
@Index('idx_seed_fact_fact_type_fact_id', ['factType', 'factId'])
export class SeedFact {
  /** The seed file's name (without its directory). */
  @PrimaryColumn({ type: 'text' })
  file: string;

  /** The GraphQL type name of the fact ("Round", "Statement", ...). */
  @PrimaryColumn({ type: 'text' })
  factType: string;

  /** The fact's natural key as the file states it (names, not ids), as JSON. */
  @PrimaryColumn({ type: 'text' })
  seedKey: string;

  @Column({ type: 'int' })
  factId: number;

  @Column({ type: 'jsonb' })
  loaded: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  loadedAt: Date;
}
