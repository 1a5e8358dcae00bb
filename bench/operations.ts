/**
 * The operations `npm run bench` measures: the core contract's hot queries
 * and every operation of the dashboards contract. To measure another one,
 * add an entry: its document (a contract file and operation name, or inline
 * text), how to pick its variables from the data, and, when
 * bench/reference.ts answers it too, `reference: true`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { encodeCursor } from '../src/lib/cursor.js';
import { toGlobalId } from '../src/lib/globalId.js';

/** Values picked from the database once, before anything is measured. */
export interface Fixtures {
  /** A round's row id (its global ID goes to `node(id:)`). */
  roundId: number;
  /** The cursor of the 10,000th statement newest first (or of the middle one on a smaller data set), and its position. */
  statementsAfter: { cursor: string; position: number };
  /** A word of the generator's vocabulary for search, with how many statements, positions and sources match it. */
  searchTerm: string;
  /** A synthetic negotiation in the middle of the data set: its global ID and its rounds' span (first day, the day after the last, YYYY-MM-DD). */
  negotiation: { id: string; from: string; to: string };
}

export interface BenchOperation {
  /** Short key used in the table and in --only (Q1, Q3, ...). */
  key: string;
  /** What it is, for the table. */
  title: string;
  document: string;
  operationName?: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  /** bench/reference.ts answers it with one SQL statement; the answers must be equal. */
  reference?: boolean;
  /** A sanity check of the API's answer beyond "no errors"; returns a problem or null. */
  check?: (data: any) => string | null;
}

const contract = (root: string, file: string) => readFileSync(join(root, 'contract', file), 'utf8');

/** Search, best match first, top 20 (contract `Search` asks for 10). */
const SEARCH = `query Search20($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    nodes { __typename ... on Statement { id text } ... on Position { id summary } ... on Source { id title } }
  }
}`;

/** The measured operations, in the order of the table. */
export function benchOperations(root: string): BenchOperation[] {
  const core = contract(root, 'core.graphql');
  const dashboards = contract(root, 'dashboards.graphql');
  return [
    {
      key: 'Q1', title: 'a round by node(id:) (contract Node)', document: core, operationName: 'Node', reference: true,
      variables: (f) => ({ id: toGlobalId('Round', f.roundId) }),
      check: (d) => (d.node?.__typename === 'Round' ? null : 'node is not the round'),
    },
    {
      key: 'Q3', title: 'contract RoundParticipants {number: 6}', document: core, operationName: 'RoundParticipants', reference: true,
      variables: () => ({ number: 6 }),
      check: (d) => (d.rounds.nodes.length > 0 ? null : 'no round numbered 6'),
    },
    {
      key: 'Q5', title: 'contract Statements newest first, page 1', document: core, operationName: 'Statements', reference: true,
      variables: () => ({ first: 20 }),
      check: (d) => (d.statements.edges.length === 20 ? null : 'page 1 is not 20 statements'),
    },
    {
      key: 'Q5b', title: 'contract Statements after item 10,000', document: core, operationName: 'Statements', reference: true,
      variables: (f) => ({ first: 20, after: f.statementsAfter.cursor }),
      check: (d) => (d.statements.edges.length > 0 ? null : 'the page after the cursor is empty'),
    },
    {
      key: 'Q4', title: 'search top 20', document: SEARCH, operationName: 'Search20',
      variables: (f) => ({ query: f.searchTerm }),
      check: (d) => (d.search.nodes.length > 0 ? null : 'search found nothing'),
    },
    {
      key: 'D1', title: 'dashboards Activity, all negotiations, MONTH, one year', document: dashboards, operationName: 'Activity',
      // The calendar year of that negotiation's first round.
      variables: (f) => {
        const year = Number(f.negotiation.from.slice(0, 4));
        return { from: `${year}-01-01`, to: `${year + 1}-01-01`, bucket: 'MONTH', timeZone: 'UTC' };
      },
      check: (d) => (d.activity.total > 0 ? null : 'no statement in the year'),
    },
    {
      key: 'D1n', title: 'dashboards Activity, one negotiation, WEEK, Asia/Seoul', document: dashboards, operationName: 'Activity',
      variables: (f) => ({ from: f.negotiation.from, to: f.negotiation.to, bucket: 'WEEK', timeZone: 'Asia/Seoul', negotiationId: f.negotiation.id }),
      check: (d) => (d.activity.total > 0 ? null : 'no statement of the negotiation in its rounds\' span'),
    },
    {
      key: 'D2', title: 'dashboards Timeline, one negotiation', document: dashboards, operationName: 'Timeline',
      variables: (f) => ({ from: f.negotiation.from, to: f.negotiation.to, timeZone: 'Europe/Berlin', negotiationId: f.negotiation.id }),
      check: (d) => (d.timeline.some((e: { subject: { __typename: string } }) => e.subject.__typename === 'Round') ? null : 'the timeline has no round'),
    },
    {
      key: 'D3', title: 'dashboards PositionMatrix, one negotiation', document: dashboards, operationName: 'PositionMatrix',
      variables: (f) => ({ negotiationId: f.negotiation.id }),
      check: (d) => (d.positionMatrix.length > 0 ? null : 'the matrix is empty'),
    },
    {
      key: 'D4', title: 'dashboards FigureSeries, all figures', document: dashboards, operationName: 'FigureSeries',
      variables: () => ({}),
      check: (d) => (d.figureSeries.length > 0 ? null : 'no figure'),
    },
    {
      key: 'D5', title: 'dashboards Options, NEGOTIATION', document: dashboards, operationName: 'Options',
      variables: () => ({ kind: 'NEGOTIATION' }),
      check: (d) => (d.options.length > 1 ? null : 'fewer than 2 negotiations to choose from'),
    },
  ];
}

/**
 * A word that occurs in few statements: a party's short name is in the
 * paraphrases of about 1 negotiation in 100 (the generator draws it from 216
 * invented names), like "rotational" in the data set.
 */
const SEARCH_TERM = 'Valdoria';

/** Picks the fixtures from the data in `dataSource`. */
export async function pickFixtures(dataSource: DataSource): Promise<Fixtures> {
  const [round] = await dataSource.query(`SELECT "id" FROM "round" WHERE "retracted_at" IS NULL AND "number" = 6 ORDER BY "id" DESC LIMIT 1`);
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "statement" WHERE "retracted_at" IS NULL`);
  const position = Math.min(10_000, Math.max(1, Math.floor(n / 2)));
  const [after] = await dataSource.query(
    `SELECT COALESCE("stated_start", '-infinity'::date)::text AS "sort", "id" FROM "statement" WHERE "retracted_at" IS NULL
     ORDER BY COALESCE("stated_start", '-infinity'::date) DESC, "id" DESC OFFSET $1 LIMIT 1`,
    [position - 1],
  );
  const [negotiation] = await dataSource.query(
    `SELECT n."id", min(r."start_date")::text AS "from", (max(COALESCE(r."end_date", r."start_date")) + 1)::text AS "to"
     FROM (SELECT "id" FROM "negotiation" WHERE "retracted_at" IS NULL AND "title" LIKE '%(synthetic %' ORDER BY "id"
           OFFSET (SELECT count(*) / 2 FROM "negotiation" WHERE "retracted_at" IS NULL AND "title" LIKE '%(synthetic %') LIMIT 1) n
     JOIN "round" r ON r."negotiation_id" = n."id" AND r."retracted_at" IS NULL AND r."start_date" IS NOT NULL
     GROUP BY n."id"`,
  );
  if (!round || !after || !negotiation) throw new Error('the database has no round numbered 6, no statements or no dated synthetic rounds: generate data first (--scale)');
  return {
    roundId: round.id,
    statementsAfter: { cursor: encodeCursor('statements:STATED_ON:DESC', [after.sort, after.id]), position },
    searchTerm: SEARCH_TERM,
    negotiation: { id: toGlobalId('Negotiation', negotiation.id), from: negotiation.from, to: negotiation.to },
  };
}
