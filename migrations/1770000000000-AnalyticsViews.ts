import type { MigrationInterface, QueryRunner } from 'typeorm';

/** [view, what it is, { column: meaning }]: the documented, stable columns of each view. */
type ViewDoc = [view: string, about: string, columns: Record<string, string>];

const FACT_COLUMNS = [
  'organization', 'person', 'affiliation', 'agreement', 'negotiation', 'round', 'delegation',
  'delegation_member', 'round_participant', 'statement', 'issue', 'position', 'figure',
];
const FACT_TYPES = [
  'Organization', 'Person', 'Affiliation', 'Agreement', 'Negotiation', 'Round', 'Delegation',
  'DelegationMember', 'RoundParticipant', 'Statement', 'Issue', 'Position', 'Figure',
];

// Joins to rows a NOT NULL foreign key guarantees are LEFT JOINs: the same rows, but PostgreSQL may
// leave them out of a query that reads none of their columns.
export const VIEWS: [name: string, sql: string][] = [
  [
    'organizations',
    // Every organization with the top of its parent chain (the state a ministry or agency belongs to),
    // followed up to five levels. Plain joins on primary keys, so a query that does not use these
    // columns does not pay for them: PostgreSQL removes the unused joins.
    `SELECT "o"."id", "o"."name", "o"."short_name", "o"."kind"::text AS "kind", "o"."parent_id",
            "top"."id" AS "top_level_id", "top"."name" AS "top_level", "top"."kind"::text AS "top_level_kind"
     FROM "public"."organization" "o"
     LEFT JOIN "public"."organization" "p1" ON "p1"."id" = "o"."parent_id"
     LEFT JOIN "public"."organization" "p2" ON "p2"."id" = "p1"."parent_id"
     LEFT JOIN "public"."organization" "p3" ON "p3"."id" = "p2"."parent_id"
     LEFT JOIN "public"."organization" "p4" ON "p4"."id" = "p3"."parent_id"
     LEFT JOIN "public"."organization" "p5" ON "p5"."id" = "p4"."parent_id"
     LEFT JOIN "public"."organization" "top" ON "top"."id" = COALESCE("p5"."id", "p4"."id", "p3"."id", "p2"."id", "p1"."id", "o"."id")
     WHERE "o"."retracted_at" IS NULL`,
  ],
  [
    'negotiations',
    `SELECT "n"."id", "n"."title", "n"."status"::text AS "status", "n"."agreement_id", "a"."name" AS "agreement",
            (SELECT string_agg("o"."name", ', ' ORDER BY "o"."name") FROM "public"."negotiation_party" "np"
               JOIN "public"."organization" "o" ON "o"."id" = "np"."organization_id" WHERE "np"."negotiation_id" = "n"."id") AS "parties"
     FROM "public"."negotiation" "n"
     LEFT JOIN "public"."agreement" "a" ON "a"."id" = "n"."agreement_id"
     WHERE "n"."retracted_at" IS NULL`,
  ],
  [
    'rounds',
    `SELECT "r"."id", "r"."negotiation_id", "n"."title" AS "negotiation", "r"."number", "r"."start_date", "r"."end_date",
            "r"."date_wording", "r"."location", "r"."outcome"
     FROM "public"."round" "r"
     LEFT JOIN "public"."negotiation" "n" ON "n"."id" = "r"."negotiation_id"
     WHERE "r"."retracted_at" IS NULL`,
  ],
  [
    'statements',
    // The party a statement speaks for: an organization speaker's top-level
    // organization; for a person, the party they sat for at the statement's
    // round, else the party of their delegation in the negotiation (that
    // round's first, then the whole negotiation's, then any round's), else the
    // top-level organization of their affiliation (states first). Each
    // fallback is a subquery PostgreSQL evaluates only when the ones before it
    // found nothing.
    `SELECT "s"."id", "s"."negotiation_id", "n"."title" AS "negotiation", "s"."round_id", "r"."number" AS "round_number",
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
     LEFT JOIN "public"."round_participant" "rp"
       ON "rp"."round_id" = "s"."round_id" AND "rp"."person_id" = "s"."speaker_person_id" AND "rp"."retracted_at" IS NULL
     LEFT JOIN "analytics"."organizations" "party" ON "party"."id" = COALESCE(
       "s"."speaker_organization_id",
       "rp"."party_id",
       (SELECT "d"."party_id" FROM "public"."delegation_member" "m" JOIN "public"."delegation" "d" ON "d"."id" = "m"."delegation_id"
         WHERE "m"."person_id" = "s"."speaker_person_id" AND "d"."negotiation_id" = "s"."negotiation_id"
           AND "m"."retracted_at" IS NULL AND "d"."retracted_at" IS NULL
         ORDER BY "d"."round_id" IS NOT DISTINCT FROM "s"."round_id" DESC, "d"."round_id" IS NULL DESC, "d"."id" LIMIT 1),
       (SELECT "a"."organization_id" FROM "public"."affiliation" "a" JOIN "analytics"."organizations" "ao" ON "ao"."id" = "a"."organization_id"
         WHERE "a"."person_id" = "s"."speaker_person_id" AND "a"."retracted_at" IS NULL
         ORDER BY "ao"."top_level_kind" = 'STATE' DESC, "a"."id" LIMIT 1))
     WHERE "s"."retracted_at" IS NULL`,
  ],
  [
    'positions',
    `SELECT "p"."id", "p"."negotiation_id", "n"."title" AS "negotiation", "p"."round_id", "r"."number" AS "round_number",
            "r"."start_date" AS "round_start_date", "p"."party_id", "o"."name" AS "party", "p"."issue_id", "i"."name" AS "issue", "p"."summary"
     FROM "public"."position" "p"
     LEFT JOIN "public"."negotiation" "n" ON "n"."id" = "p"."negotiation_id"
     LEFT JOIN "public"."organization" "o" ON "o"."id" = "p"."party_id"
     LEFT JOIN "public"."issue" "i" ON "i"."id" = "p"."issue_id"
     LEFT JOIN "public"."round" "r" ON "r"."id" = "p"."round_id"
     WHERE "p"."retracted_at" IS NULL`,
  ],
  [
    'figures',
    `SELECT "f"."id", "f"."label", "f"."value", "f"."unit", "f"."approximate", "f"."as_of_start", "f"."as_of_end", "f"."as_of_wording",
            "f"."agreement_id", "a"."name" AS "agreement", "f"."negotiation_id", "n"."title" AS "negotiation",
            "f"."round_id", "r"."number" AS "round_number", "f"."organization_id", "o"."name" AS "organization"
     FROM "public"."figure" "f"
     LEFT JOIN "public"."agreement" "a" ON "a"."id" = "f"."agreement_id"
     LEFT JOIN "public"."negotiation" "n" ON "n"."id" = "f"."negotiation_id"
     LEFT JOIN "public"."round" "r" ON "r"."id" = "f"."round_id"
     LEFT JOIN "public"."organization" "o" ON "o"."id" = "f"."organization_id"
     WHERE "f"."retracted_at" IS NULL`,
  ],
  [
    'citations',
    `SELECT "c"."id",
            CASE ${FACT_COLUMNS.map((column, i) => `WHEN "c"."${column}_id" IS NOT NULL THEN '${FACT_TYPES[i]}'`).join(' ')} END AS "fact_type",
            COALESCE(${FACT_COLUMNS.map((column) => `"c"."${column}_id"`).join(', ')}) AS "fact_id",
            "c"."excerpt", "c"."start_offset", "c"."end_offset",
            "c"."source_id", "src"."title" AS "source_title", "src"."publisher" AS "source_publisher",
            "src"."published_at" AS "source_published_at", "src"."url" AS "source_url", "src"."kind"::text AS "source_kind"
     FROM "public"."citation" "c"
     LEFT JOIN "public"."source" "src" ON "src"."id" = "c"."source_id"
     WHERE "c"."retracted_at" IS NULL`,
  ],
];

const DOCS: ViewDoc[] = [
  ['organizations', 'Live organizations with the top of their parent chain (the state a ministry belongs to), up to five levels up.', {
    id: 'Organization id (the API global ID encodes "Organization:<id>").',
    name: 'Name.', short_name: 'Short name, if any.', kind: 'STATE, MINISTRY, AGENCY, ...', parent_id: 'Parent organization id, if any.',
    top_level_id: 'Id of the top of the parent chain, followed up to five levels (the organization itself when it has no parent).',
    top_level: 'Name of the top of the parent chain.', top_level_kind: 'Kind of the top of the parent chain.',
  }],
  ['negotiations', 'Live negotiations.', {
    id: 'Negotiation id.', title: 'Title.', status: 'PLANNED, ONGOING, SUSPENDED, CONCLUDED or ABANDONED.',
    agreement_id: 'Id of the agreement it renews or replaces, if any.', agreement: 'Name of that agreement.',
    parties: 'Names of the parties, comma-separated, alphabetical.',
  }],
  ['rounds', 'Live rounds of negotiations. Dates are calendar dates as the source gives them.', {
    id: 'Round id.', negotiation_id: 'Negotiation id.', negotiation: 'Negotiation title.', number: 'Round number, 1, 2, ...',
    start_date: 'First day (calendar date), if known.', end_date: 'Last day (calendar date), if known.',
    date_wording: 'The source\'s words for the dates.', location: 'Where it was held.', outcome: 'How it ended, as the source says.',
  }],
  ['statements', 'Live statements, one row each, with speaker, the party spoken for, and dates.', {
    id: 'Statement id.', negotiation_id: 'Negotiation id.', negotiation: 'Negotiation title.',
    round_id: 'Round id, if the statement belongs to a round.', round_number: 'Round number.',
    kind: 'DIRECT_QUOTE, PARAPHRASE or OFFICIAL_STATEMENT.', text: 'What was said.',
    stated_start: 'First day it may have been said (calendar date); null when the source does not say.',
    stated_end: 'Last day it may have been said; equals stated_start for an exact day.', stated_wording: 'The source\'s words for the date.',
    speaker_type: 'Person or Organization.', speaker_id: 'Id of the person or organization.', speaker: 'Name of the speaker.',
    party_id: 'Id of the top-level organization the speaker speaks for (see the view comment); null when unknown.',
    party: 'Name of that organization; null when unknown ("Unattributed" in the API).',
  }],
  ['positions', 'Live positions: who holds which position on which issue, by round.', {
    id: 'Position id.', negotiation_id: 'Negotiation id.', negotiation: 'Negotiation title.',
    round_id: 'Round id; null for a position on the whole negotiation.', round_number: 'Round number.',
    round_start_date: 'First day of that round, if known.', party_id: 'Organization id of the party taking the position.',
    party: 'Name of the party.', issue_id: 'Issue id.', issue: 'Issue name.', summary: 'The position, summarized.',
  }],
  ['figures', 'Live numeric facts (a contribution in USD, a troop count).', {
    id: 'Figure id.', label: 'What the number is.', value: 'The number.', unit: 'Its unit (USD, troops, ...).',
    approximate: 'True when the source gives the number as approximate.', as_of_start: 'First day of the period it holds for.',
    as_of_end: 'Last day of that period.', as_of_wording: 'The source\'s words for the period.',
    agreement_id: 'Agreement it is about, if any.', agreement: 'Agreement name.', negotiation_id: 'Negotiation it is about, if any.',
    negotiation: 'Negotiation title.', round_id: 'Round it is about, if any.', round_number: 'Round number.',
    organization_id: 'Organization it is about, if any.', organization: 'Organization name.',
  }],
  ['citations', 'Live citations: the exact words of a source that state a fact.', {
    id: 'Citation id.', fact_type: 'Type of the fact cited (Statement, Round, ...), as in the API.', fact_id: 'Id of that fact.',
    excerpt: 'The verbatim excerpt.', start_offset: 'Where the excerpt starts in the source text (JavaScript string index).',
    end_offset: 'Where it ends (exclusive).', source_id: 'Source id.', source_title: 'Source title.', source_publisher: 'Publisher.',
    source_published_at: 'Publication date.', source_url: 'URL, if any.', source_kind: 'NEWS_ARTICLE, PRESS_RELEASE, ...',
  }],
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The `analytics` schema: documented, stable, read-only views for BI tools
 * (Metabase, Superset, psql) and the API's dashboards, one flat row per live
 * fact with the names a report needs. Retracted facts are left out. Every
 * view and column carries a COMMENT (`\d+ analytics.statements` shows them).
 * Reader roles (`kb reader create NAME`) get SELECT on these views only.
 */
export class AnalyticsViews1770000000000 implements MigrationInterface {
  name = 'AnalyticsViews1770000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA "analytics"`);
    await queryRunner.query(
      `COMMENT ON SCHEMA "analytics" IS ${literal('Read-only views of the live facts for BI tools and dashboards; stable column names, documented per column.')}`,
    );
    for (const [name, sql] of VIEWS) await queryRunner.query(`CREATE VIEW "analytics"."${name}" AS ${sql}`);
    for (const [view, about, columns] of DOCS) {
      await queryRunner.query(`COMMENT ON VIEW "analytics"."${view}" IS ${literal(about)}`);
      for (const [column, meaning] of Object.entries(columns)) {
        await queryRunner.query(`COMMENT ON COLUMN "analytics"."${view}"."${column}" IS ${literal(meaning)}`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...VIEWS].reverse()) await queryRunner.query(`DROP VIEW "analytics"."${name}"`);
    await queryRunner.query(`DROP SCHEMA "analytics"`);
  }
}
