import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { FactBase } from './FactBase.js';

export const SOURCE_KINDS = ['NEWS_ARTICLE', 'PRESS_RELEASE', 'OFFICIAL_DOCUMENT', 'TRANSCRIPT', 'REPORT', 'OTHER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A document facts are taken from; its full text is what citations point into. */
@Entity()
// Created by migrations/1760000000000-IndexEveryListOrder.ts (partial, expression and trigram indexes).
@Index('idx_source_list_published_at', { synchronize: false })
@Index('idx_source_list_title', { synchronize: false })
@Index('idx_source_list_kind', { synchronize: false })
@Index('idx_source_title_trgm', { synchronize: false })
@Index('idx_source_publisher_trgm', { synchronize: false })
@Unique(['publisher', 'publishedAt', 'title'])
@Check('chk_source_title_not_blank', `btrim("title") <> ''`)
@Index('idx_source_search', { synchronize: false })
@Index('idx_source_published_at', ['publishedAt'])
export class Source extends FactBase {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  publisher: string;

  @Column({ type: 'date' })
  publishedAt: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'enum', enum: SOURCE_KINDS, enumName: 'source_kind', default: 'NEWS_ARTICLE' })
  kind: SourceKind;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "text"), 'B')`,
    select: false,
    insert: false,
    update: false,
  })
  search: string;
}
