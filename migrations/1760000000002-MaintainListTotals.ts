import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of the top-level lists, whose unfiltered totalCount is kept up to date. */
export const COUNTED_TABLES = ['source', 'organization', 'person', 'agreement', 'negotiation', 'round', 'statement', 'issue', 'position', 'figure'];

/**
 * totalCount of an unfiltered list without counting a million rows: the
 * live (not retracted) rows of each list table are the sum of
 * "list_total"."live" for it. Statement-level triggers (transition tables,
 * so a COPY of thousands of rows adds one row) append the change of each
 * INSERT, UPDATE and DELETE as a new row: writers never update a shared
 * counter, so they never wait for each other. About one write in 32 also
 * folds a table's rows into one (under an advisory lock, skipped when
 * another transaction is folding), so the sum stays short. TRUNCATE starts
 * the table's total at zero. Filtered lists still count with their index.
 */
export class MaintainListTotals1760000000002 implements MigrationInterface {
  name = 'MaintainListTotals1760000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "list_total" ("fact_table" text NOT NULL, "live" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_list_total_fact_table" ON "list_total" ("fact_table")`);
    await queryRunner.query(`CREATE FUNCTION "kb_count_live_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE delta bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT count(*) INTO delta FROM "new_rows" WHERE "retracted_at" IS NULL;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT -count(*) INTO delta FROM "old_rows" WHERE "retracted_at" IS NULL;
        ELSE
          SELECT (SELECT count(*) FROM "new_rows" WHERE "retracted_at" IS NULL) - (SELECT count(*) FROM "old_rows" WHERE "retracted_at" IS NULL) INTO delta;
        END IF;
        IF delta <> 0 THEN
          INSERT INTO "list_total" ("fact_table", "live") VALUES (TG_TABLE_NAME, delta);
        END IF;
        IF random() < 1.0 / 32 AND pg_try_advisory_xact_lock(hashtext('kb_list_total:' || TG_TABLE_NAME)) THEN
          WITH "folded" AS (DELETE FROM "list_total" WHERE "fact_table" = TG_TABLE_NAME RETURNING "live")
          INSERT INTO "list_total" ("fact_table", "live") SELECT TG_TABLE_NAME, coalesce(sum("live"), 0) FROM "folded";
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "kb_reset_live_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM "list_total" WHERE "fact_table" = TG_TABLE_NAME;
        RETURN NULL;
      END $$`);
    for (const table of COUNTED_TABLES) {
      await queryRunner.query(`INSERT INTO "list_total" ("fact_table", "live") SELECT $1, count(*) FROM "${table}" WHERE "retracted_at" IS NULL`, [table]);
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_count_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "kb_count_live_rows"()`);
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_count_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "kb_count_live_rows"()`,
      );
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_count_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "kb_count_live_rows"()`);
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_count_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "kb_reset_live_rows"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of COUNTED_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER "trg_${table}_count_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "kb_reset_live_rows"()`);
    await queryRunner.query(`DROP FUNCTION "kb_count_live_rows"()`);
    await queryRunner.query(`DROP TABLE "list_total"`);
  }
}
