import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VIEWS } from './1770000000000-AnalyticsViews.js';

/**
 * The rule of the party a statement speaks for (docs/dashboards.md,
 * "Parties"), before the organization's parent chain is followed: the
 * speaker organization; else the person's party at the statement's round;
 * else the party of their delegation in the negotiation (that round's first,
 * then the whole negotiation's, then any round's); else the organization of
 * their affiliation whose top-level organization is a state first. Null when
 * none applies. Exactly the rule analytics.statements evaluated per row until
 * this migration.
 */
const PARTY_RULE = `
  SELECT COALESCE(
    $1,
    (SELECT "rp"."party_id" FROM "public"."round_participant" "rp"
      WHERE "rp"."round_id" = $3 AND "rp"."person_id" = $2 AND "rp"."retracted_at" IS NULL),
    (SELECT "d"."party_id" FROM "public"."delegation_member" "m" JOIN "public"."delegation" "d" ON "d"."id" = "m"."delegation_id"
      WHERE "m"."person_id" = $2 AND "d"."negotiation_id" = $4 AND "m"."retracted_at" IS NULL AND "d"."retracted_at" IS NULL
      ORDER BY "d"."round_id" IS NOT DISTINCT FROM $3 DESC, "d"."round_id" IS NULL DESC, "d"."id" LIMIT 1),
    (SELECT "a"."organization_id" FROM "public"."affiliation" "a" JOIN "analytics"."organizations" "ao" ON "ao"."id" = "a"."organization_id"
      WHERE "a"."person_id" = $2 AND "a"."retracted_at" IS NULL
      ORDER BY "ao"."top_level_kind" = 'STATE' DESC, "a"."id" LIMIT 1))`;

const PARTY_OF = (s: string) =>
  `"kb_statement_party_organization"(${s}."speaker_organization_id", ${s}."speaker_person_id", ${s}."round_id", ${s}."negotiation_id")`;

/** analytics.statements reading the kept column instead of evaluating the rule per row; same columns, same rows. */
const STATEMENTS_VIEW = `SELECT "s"."id", "s"."negotiation_id", "n"."title" AS "negotiation", "s"."round_id", "r"."number" AS "round_number",
            "s"."kind"::text AS "kind", "s"."text", "s"."stated_start", "s"."stated_end", "s"."stated_wording",
            CASE WHEN "s"."speaker_person_id" IS NOT NULL THEN 'Person' ELSE 'Organization' END AS "speaker_type",
            COALESCE("s"."speaker_person_id", "s"."speaker_organization_id") AS "speaker_id",
            COALESCE("sp"."name", "so"."name") AS "speaker",
            "party"."top_level_id" AS "party_id", "party"."top_level" AS "party"
     FROM "public"."statement" "s"
     LEFT JOIN "public"."negotiation" "n" ON "n"."id" = "s"."negotiation_id"
     LEFT JOIN "public"."round" "r" ON "r"."id" = "s"."round_id"
     LEFT JOIN "public"."person" "sp" ON "sp"."id" = "s"."speaker_person_id"
     LEFT JOIN "public"."organization" "so" ON "so"."id" = "s"."speaker_organization_id"
     LEFT JOIN "analytics"."organizations" "party" ON "party"."id" = "s"."party_organization_id"
     WHERE "s"."retracted_at" IS NULL`;

/**
 * The tables the rule reads, and the statements after which their triggers re-evaluate it: rows naming a person
 * (participants, members, affiliations) on every change; delegations and organizations on updates only (see
 * kb_follow_statement_parties). TRUNCATE re-evaluates every statement of a person.
 */
const FOLLOWED: [table: string, events: string[]][] = [
  ['round_participant', ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']],
  ['delegation_member', ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']],
  ['affiliation', ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']],
  ['delegation', ['UPDATE', 'TRUNCATE']],
  ['organization', ['UPDATE']],
];

/** [name, definition] of the indexes the dashboards' date filters use (declared on the Statement entity). */
export const STATEMENT_DATE_INDEXES: [name: string, definition: string][] = [
  // Activity: the statements of a window by first day, with what their party is found from (index-only).
  ['idx_statement_stated_start_party', `("stated_start", "party_organization_id") WHERE "retracted_at" IS NULL`],
  // Timeline: the statements whose span overlaps a window.
  ['idx_statement_stated_span', `USING gist (daterange("stated_start", "stated_end", '[]')) WHERE "retracted_at" IS NULL AND "stated_start" IS NOT NULL`],
];

/**
 * Party resolution without walking the tables per row at query time: each
 * statement keeps in "party_organization_id" the organization the rule
 * finds (its top-level organization, followed at query time through
 * analytics.organizations' thousand-odd rows, is the party). Triggers keep it
 * equal to the rule under every edit: a statement's own speaker, round or
 * negotiation (before the row is written), and, after each statement on
 * them, round participants, delegations, delegation members, affiliations
 * (the statements of the people they name) and organizations whose parent,
 * kind or retraction changes (the statements of people affiliated with them
 * or with the organizations below them, whose top-level organization may
 * have changed). A hand-written value is overwritten. Plus the indexes the
 * dashboards' date filters use.
 */
export class StatementPartyAndSpans1785000000000 implements MigrationInterface {
  name = 'StatementPartyAndSpans1785000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statement" ADD "party_organization_id" integer`);
    await queryRunner.query(`CREATE FUNCTION "kb_statement_party_organization"(integer, integer, integer, integer) RETURNS integer
      LANGUAGE sql STABLE PARALLEL SAFE
      BEGIN ATOMIC ${PARTY_RULE}; END`);
    await queryRunner.query(
      `COMMENT ON FUNCTION "kb_statement_party_organization"(integer, integer, integer, integer) IS 'The organization a statement (speaker organization, speaker person, round, negotiation) speaks for, before its parent chain is followed; null when none is known.'`,
    );
    await queryRunner.query(`UPDATE "statement" AS "s" SET "party_organization_id" = ${PARTY_OF('"s"')}`);

    await queryRunner.query(`CREATE FUNCTION "kb_set_statement_party"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW."party_organization_id" := ${PARTY_OF('NEW')};
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "trg_statement_party" BEFORE INSERT OR UPDATE OF "speaker_person_id", "speaker_organization_id", "round_id", "negotiation_id", "party_organization_id"
      ON "statement" FOR EACH ROW EXECUTE FUNCTION "kb_set_statement_party"()`);

    // After a statement on a table the rule reads: the people whose statements may now speak for another organization.
    await queryRunner.query(`CREATE FUNCTION "kb_follow_statement_parties"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        persons int[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          SELECT array_agg(DISTINCT "speaker_person_id") INTO persons FROM "statement" WHERE "speaker_person_id" IS NOT NULL;
        ELSIF TG_TABLE_NAME = 'organization' THEN
          -- Updates only: an organization is inserted before anything names it, and deleting one sets its
          -- children's parent (an update) and deletes its affiliations (their own trigger).
          WITH RECURSIVE "changed" AS (
            SELECT "n"."id" FROM "new_rows" "n" JOIN "old_rows" "o" ON "o"."id" = "n"."id"
            WHERE "n"."parent_id" IS DISTINCT FROM "o"."parent_id" OR "n"."kind" IS DISTINCT FROM "o"."kind"
               OR ("n"."retracted_at" IS NULL) <> ("o"."retracted_at" IS NULL)
          ), "below" ("id", "depth") AS (
            SELECT "id", 0 FROM "changed"
            UNION
            SELECT "c"."id", "b"."depth" + 1 FROM "below" "b" JOIN "organization" "c" ON "c"."parent_id" = "b"."id" WHERE "b"."depth" < 5
          )
          SELECT array_agg(DISTINCT "a"."person_id") INTO persons FROM "affiliation" "a" WHERE "a"."organization_id" IN (SELECT "id" FROM "below");
        ELSIF TG_TABLE_NAME = 'delegation' THEN
          -- Updates only: a delegation has no members when it is inserted, and deleting one deletes its members
          -- (their own trigger).
          SELECT array_agg(DISTINCT "m"."person_id") INTO persons FROM "delegation_member" "m"
          WHERE "m"."delegation_id" IN (SELECT "id" FROM "new_rows" UNION SELECT "id" FROM "old_rows");
        ELSIF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT "person_id") INTO persons FROM "new_rows";
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT "person_id") INTO persons FROM "old_rows";
        ELSE
          SELECT array_agg(DISTINCT "person_id") INTO persons FROM (SELECT "person_id" FROM "new_rows" UNION SELECT "person_id" FROM "old_rows") "p";
        END IF;
        IF persons IS NOT NULL THEN
          UPDATE "statement" AS "s" SET "party_organization_id" = ${PARTY_OF('"s"')}
          WHERE "s"."speaker_person_id" = ANY (persons) AND "s"."party_organization_id" IS DISTINCT FROM ${PARTY_OF('"s"')};
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, events] of FOLLOWED) await this.follow(queryRunner, table, events);

    await queryRunner.query(`CREATE OR REPLACE VIEW "analytics"."statements" AS ${STATEMENTS_VIEW}`);
    for (const [name, definition] of STATEMENT_DATE_INDEXES) await queryRunner.query(`CREATE INDEX "${name}" ON "statement" ${definition}`);
  }

  /** The triggers of `table` that run kb_follow_statement_parties after each statement of the given kinds. */
  private async follow(queryRunner: QueryRunner, table: string, events: string[]): Promise<void> {
    for (const event of events) {
      const referencing = { INSERT: 'REFERENCING NEW TABLE AS "new_rows"', UPDATE: 'REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"', DELETE: 'REFERENCING OLD TABLE AS "old_rows"', TRUNCATE: '' }[event];
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_statement_parties_${event.toLowerCase()}" AFTER ${event} ON "${table}" ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION "kb_follow_statement_parties"()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...STATEMENT_DATE_INDEXES].reverse()) await queryRunner.query(`DROP INDEX "public"."${name}"`);
    const [, previous] = VIEWS.find(([name]) => name === 'statements')!;
    await queryRunner.query(`CREATE OR REPLACE VIEW "analytics"."statements" AS ${previous}`);
    for (const [table, events] of FOLLOWED) {
      for (const event of events) await queryRunner.query(`DROP TRIGGER "trg_${table}_statement_parties_${event.toLowerCase()}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "kb_follow_statement_parties"()`);
    await queryRunner.query(`DROP TRIGGER "trg_statement_party" ON "statement"`);
    await queryRunner.query(`DROP FUNCTION "kb_set_statement_party"()`);
    await queryRunner.query(`ALTER TABLE "statement" DROP COLUMN "party_organization_id"`);
    await queryRunner.query(`DROP FUNCTION "kb_statement_party_organization"(integer, integer, integer, integer)`);
  }
}
