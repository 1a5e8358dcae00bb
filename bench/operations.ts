/**
 * The operations `npm run bench` measures. To measure another one (the
 * dashboards operations of contract/dashboards.graphql, say), add an entry:
 * its document (a contract file and operation name, or inline text), how to
 * pick its variables from the data, and, when bench/reference.ts answers it
 * too, `reference: true`.
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
  if (!round || !after) throw new Error('the database has no round numbered 6 or no statements: generate data first (--scale)');
  return { roundId: round.id, statementsAfter: { cursor: encodeCursor('statements:STATED_ON:DESC', [after.sort, after.id]), position }, searchTerm: SEARCH_TERM };
}
