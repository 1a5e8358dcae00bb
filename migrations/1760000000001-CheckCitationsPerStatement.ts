import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table holding facts, with the citation column that points at it. */
const FACT_TABLES = [
  'organization', 'person', 'affiliation', 'agreement', 'negotiation', 'round', 'delegation',
  'delegation_member', 'round_participant', 'statement', 'issue', 'position', 'figure',
];

/**
 * The same rule as before, checked per statement instead of per row: a fact
 * row that still exists at commit must have a citation. The first migration
 * checked it with one deferred trigger per inserted row, one dynamic query
 * each; a bulk load (COPY of thousands of rows) paid that per row. Now an
 * AFTER INSERT statement trigger on each fact table queues the ids the
 * statement inserted (its transition table) as one "fact_citation_check"
 * row, and a deferred constraint trigger on that queue checks them all with
 * one query at commit (or at SET CONSTRAINTS ... IMMEDIATE), then removes the
 * queue row. The refusal and its message are unchanged.
 */
export class CheckCitationsPerStatement1760000000001 implements MigrationInterface {
  name = 'CheckCitationsPerStatement1760000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES) await queryRunner.query(`DROP TRIGGER "trg_${table}_cited" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "kb_require_citation"()`);
    // Rows live only inside the transaction that inserted facts: written by a statement, removed at its commit.
    await queryRunner.query(
      `CREATE TABLE "fact_citation_check" ("id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "fact_table" text NOT NULL, "citation_column" text NOT NULL, "ids" integer[] NOT NULL)`,
    );
    await queryRunner.query(`CREATE FUNCTION "kb_queue_citation_check"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "fact_citation_check" ("fact_table", "citation_column", "ids")
          SELECT TG_TABLE_NAME, TG_ARGV[0], array_agg("id") FROM "inserted" HAVING count(*) > 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "kb_require_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE uncited integer;
      BEGIN
        EXECUTE format(
          'SELECT min("i") FROM unnest($1) AS "i" WHERE EXISTS (SELECT 1 FROM %I WHERE "id" = "i") AND NOT EXISTS (SELECT 1 FROM "citation" WHERE %I = "i")',
          NEW."fact_table", NEW."citation_column") INTO uncited USING NEW."ids";
        DELETE FROM "fact_citation_check" WHERE "id" = NEW."id";
        IF uncited IS NOT NULL THEN
          RAISE EXCEPTION '% % has no citation', NEW."fact_table", uncited
            USING ERRCODE = 'check_violation', HINT = 'Every fact must cite an excerpt of a source.';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "trg_fact_citation_check" AFTER INSERT ON "fact_citation_check" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "kb_require_citations"()`,
    );
    for (const table of FACT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_cited" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS "inserted" FOR EACH STATEMENT EXECUTE FUNCTION "kb_queue_citation_check"('${table}_id')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES) await queryRunner.query(`DROP TRIGGER "trg_${table}_cited" ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER "trg_fact_citation_check" ON "fact_citation_check"`);
    await queryRunner.query(`DROP FUNCTION "kb_require_citations"()`);
    await queryRunner.query(`DROP FUNCTION "kb_queue_citation_check"()`);
    await queryRunner.query(`DROP TABLE "fact_citation_check"`);
    await queryRunner.query(`CREATE FUNCTION "kb_require_citation"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE uncited boolean;
      BEGIN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE "id" = $1) AND NOT EXISTS (SELECT 1 FROM "citation" WHERE %I = $1)', TG_TABLE_NAME, TG_ARGV[0])
          INTO uncited USING NEW."id";
        IF uncited THEN
          RAISE EXCEPTION '% % has no citation', TG_TABLE_NAME, NEW."id"
            USING ERRCODE = 'check_violation', HINT = 'Every fact must cite an excerpt of a source.';
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of FACT_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "trg_${table}_cited" AFTER INSERT ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "kb_require_citation"('${table}_id')`,
      );
    }
  }
}
