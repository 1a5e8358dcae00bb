import type { MigrationInterface, QueryRunner } from 'typeorm';

const SUBJECT_COLUMNS = [
  'organization_id', 'person_id', 'affiliation_id', 'agreement_id', 'negotiation_id', 'round_id', 'delegation_id',
  'delegation_member_id', 'round_participant_id', 'statement_id', 'issue_id', 'position_id', 'figure_id',
];

/**
 * Closes the other half of "every fact is cited": the first migration refuses
 * a fact inserted without a citation; this refuses, at commit, deleting,
 * re-pointing or retracting the last live citation of a live fact. Deleting
 * the fact itself (which cascades to its citations) stays allowed.
 */
export class KeepFactsCited1730000000000 implements MigrationInterface {
  name = 'KeepFactsCited1730000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "kb_keep_cited"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := to_jsonb(OLD);
        new_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(NEW) END;
        col text;
        subject int;
        uncited boolean;
      BEGIN
        FOREACH col IN ARRAY ARRAY[${SUBJECT_COLUMNS.map((c) => `'${c}'`).join(', ')}] LOOP
          subject := (old_row ->> col)::int;
          EXIT WHEN subject IS NOT NULL;
        END LOOP;
        IF subject IS NULL THEN RETURN NULL; END IF;
        IF TG_OP = 'UPDATE' AND (new_row ->> col)::int IS NOT DISTINCT FROM subject
           AND (new_row ->> 'retracted_at') IS NOT DISTINCT FROM (old_row ->> 'retracted_at') THEN
          RETURN NULL;
        END IF;
        EXECUTE format(
          'SELECT EXISTS (SELECT 1 FROM %I WHERE "id" = $1 AND "retracted_at" IS NULL)
             AND NOT EXISTS (SELECT 1 FROM "citation" WHERE %I = $1 AND "retracted_at" IS NULL)',
          left(col, -3), col) INTO uncited USING subject;
        IF uncited THEN
          RAISE EXCEPTION '% % would be left without a citation', left(col, -3), subject
            USING ERRCODE = 'check_violation', HINT = 'Every fact must cite an excerpt of a source; retract the fact instead.';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "trg_citation_keeps_subject_cited" AFTER DELETE OR UPDATE ON "citation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "kb_keep_cited"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_citation_keeps_subject_cited" ON "citation"`);
    await queryRunner.query(`DROP FUNCTION "kb_keep_cited"()`);
  }
}
