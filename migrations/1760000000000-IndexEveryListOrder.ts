import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for every order and equality filter a top-level list offers
 * (src/services/read/lists.ts), so a first page and every keyset page are an
 * index range scan that stops after `first + 1` rows, never a sort of the
 * whole table. Each index matches the list's ORDER BY exactly (the same
 * COALESCE expression, then "id"; one index serves both directions, scanned
 * backwards for DESC) and is partial on "retracted_at" IS NULL, the
 * condition every list has. An equality filter leads the index of the
 * list's default order. Substring filters get trigram indexes.
 * test/listIndexes.test.ts fails when a list's order or filter has none.
 */
export const LIST_INDEXES: [name: string, table: string, definition: string][] = [
  ['idx_source_list_published_at', 'source', `("published_at", "id")`],
  ['idx_source_list_title', 'source', `("title", "id")`],
  ['idx_source_list_kind', 'source', `("kind", "published_at", "id")`],
  ['idx_organization_list_name', 'organization', `("name", "id")`],
  ['idx_organization_list_kind', 'organization', `("kind", "name", "id")`],
  ['idx_person_list_name', 'person', `("name", "id")`],
  ['idx_agreement_list_name', 'agreement', `("name", "id")`],
  ['idx_agreement_list_effective_from', 'agreement', `((COALESCE("effective_from", '-infinity'::date)), "id")`],
  ['idx_agreement_list_effective_to', 'agreement', `((COALESCE("effective_to", 'infinity'::date)), "id")`],
  ['idx_agreement_list_status', 'agreement', `("status", "name", "id")`],
  ['idx_negotiation_list_title', 'negotiation', `("title", "id")`],
  ['idx_negotiation_list_status', 'negotiation', `("status", "title", "id")`],
  ['idx_negotiation_list_agreement', 'negotiation', `("agreement_id", "title", "id")`],
  ['idx_round_list_start_date', 'round', `((COALESCE("start_date", 'infinity'::date)), "id")`],
  ['idx_round_list_number', 'round', `("number", "id")`],
  ['idx_round_list_number_start_date', 'round', `("number", (COALESCE("start_date", 'infinity'::date)), "id")`],
  ['idx_round_list_negotiation', 'round', `("negotiation_id", (COALESCE("start_date", 'infinity'::date)), "id")`],
  ['idx_statement_list_stated_on', 'statement', `((COALESCE("stated_start", '-infinity'::date)), "id")`],
  ['idx_statement_list_kind', 'statement', `("kind", (COALESCE("stated_start", '-infinity'::date)), "id")`],
  ['idx_issue_list_name', 'issue', `("name", "id")`],
  ['idx_position_list_created', 'position', `("created_at", "id")`],
  ['idx_position_list_negotiation', 'position', `("negotiation_id", "created_at", "id")`],
  ['idx_position_list_round', 'position', `("round_id", "created_at", "id")`],
  ['idx_position_list_party', 'position', `("party_id", "created_at", "id")`],
  ['idx_position_list_issue', 'position', `("issue_id", "created_at", "id")`],
  ['idx_figure_list_as_of', 'figure', `((COALESCE("as_of_start", '-infinity'::date)), "id")`],
  ['idx_figure_list_value', 'figure', `("value", "id")`],
  ['idx_figure_list_label', 'figure', `("label", "id")`],
  ['idx_figure_list_unit', 'figure', `("unit", (COALESCE("as_of_start", '-infinity'::date)), "id")`],
  ['idx_figure_list_agreement', 'figure', `("agreement_id", (COALESCE("as_of_start", '-infinity'::date)), "id")`],
  ['idx_figure_list_negotiation', 'figure', `("negotiation_id", (COALESCE("as_of_start", '-infinity'::date)), "id")`],
];

const STATED_ON = `(COALESCE("stated_start", '-infinity'::date))`;

/**
 * Statements, the largest table: the plain indexes of its foreign keys gain
 * the list's order and stay whole (not partial), so one index serves the
 * foreign key's checks, the filter with its order (retracted rows are
 * skipped by a Filter), and the nested statement pages of people,
 * organizations and negotiations. Each row written updates fewer indexes.
 * [name, previous columns, new definition]
 */
export const STATEMENT_KEY_INDEXES: [name: string, previous: string, definition: string][] = [
  ['idx_statement_speaker_person_id', '("speaker_person_id")', `("speaker_person_id", ${STATED_ON}, "id")`],
  ['idx_statement_speaker_organization_id', '("speaker_organization_id")', `("speaker_organization_id", ${STATED_ON}, "id")`],
  ['idx_statement_negotiation_id', '("negotiation_id")', `("negotiation_id", ${STATED_ON}, "id")`],
  ['idx_statement_round_id_negotiation_id', '("round_id", "negotiation_id")', `("round_id", ${STATED_ON}, "id")`],
];

/** Plain indexes the list indexes make redundant: [name, table, columns]. */
const SUPERSEDED: [name: string, table: string, columns: string][] = [
  ['idx_statement_kind', 'statement', '("kind")'],
  ['idx_statement_stated_start', 'statement', '("stated_start")'],
];

/** Substring (ILIKE '%...%') filters that had no trigram index yet. */
export const TRIGRAM_INDEXES: [name: string, table: string, column: string][] = [
  ['idx_source_title_trgm', 'source', 'title'],
  ['idx_source_publisher_trgm', 'source', 'publisher'],
  ['idx_agreement_short_name_trgm', 'agreement', 'short_name'],
  ['idx_round_location_trgm', 'round', 'location'],
];

export class IndexEveryListOrder1760000000000 implements MigrationInterface {
  name = 'IndexEveryListOrder1760000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of SUPERSEDED) await queryRunner.query(`DROP INDEX "public"."${name}"`);
    for (const [name, , definition] of STATEMENT_KEY_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "statement" ${definition}`);
    }
    for (const [name, table, definition] of LIST_INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" ${definition} WHERE "retracted_at" IS NULL`);
    }
    for (const [name, table, column] of TRIGRAM_INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING gin ("${column}" gin_trgm_ops)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...TRIGRAM_INDEXES, ...LIST_INDEXES].reverse()) await queryRunner.query(`DROP INDEX "public"."${name}"`);
    for (const [name, previous] of STATEMENT_KEY_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "statement" ${previous}`);
    }
    for (const [name, table, columns] of SUPERSEDED) await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" ${columns}`);
  }
}
