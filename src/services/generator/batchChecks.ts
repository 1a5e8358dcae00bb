import type { QueryRunner } from 'typeorm';

/**
 * The database's rules for inserted rows, checked once per batch of a bulk
 * load instead of row by row.
 *
 * Row by row, PostgreSQL checks each foreign key of each inserted row with
 * its own query and row lock, and this schema's triggers queue every fact
 * for the citation check and count live rows per list. A batch that runs
 * with `session_replication_role = replica` (which only a superuser or a
 * role granted SET on it may use) skips those triggers for its own session;
 * `checkBatch` then applies the same rules to the batch's rows with a few
 * set-based queries before commit: every foreign key resolves (and rows the
 * batch did not create are locked FOR KEY SHARE, as PostgreSQL's own check
 * does, so they cannot be deleted before the batch commits), every fact has
 * a citation, the list totals grow by the rows added, and statements
 * speak for the party the rule of migration 1785000000000 finds (the
 * statements of the batch, and those of people the batch's participants,
 * members and affiliations name). Unique indexes, CHECK and NOT NULL
 * constraints apply as always.
 *
 * `planBatchChecks` derives the rules from the catalog (every foreign key of
 * the tables written) and refuses (returns null) when any trigger on them
 * that fires on INSERT is not one it knows how to stand in for, so a rule
 * added later is never skipped silently.
 */
export interface BatchChecks {
  foreignKeys: ForeignKey[];
  /** Fact tables and the citation column that must point at each of their rows. */
  cited: { table: string; column: string }[];
  /** Tables whose live rows are counted in "list_total". */
  counted: string[];
  /** Whether inserted statements get their party organization (trg_statement_party). */
  statementParty: boolean;
  /** Tables whose inserted rows name people whose statements' party is found again (kb_follow_statement_parties). */
  partyFollowers: string[];
}

interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
}

/** How a batch's rows of one table are found: `column` BETWEEN each of `ranges` (ids, [first, last]). */
export interface BatchRows {
  column: string;
  ranges: [number, number][];
}

const QUEUE_CITATION_CHECK = 'kb_queue_citation_check';
const COUNT_LIVE_ROWS = 'kb_count_live_rows';
const SET_STATEMENT_PARTY = 'kb_set_statement_party';
const FOLLOW_STATEMENT_PARTIES = 'kb_follow_statement_parties';
const PARTY_OF = `"kb_statement_party_organization"("s"."speaker_organization_id", "s"."speaker_person_id", "s"."round_id", "s"."negotiation_id")`;
/** pg_trigger.tgtype bit of triggers that fire on INSERT. */
const TRIGGER_ON_INSERT = 1 << 2;

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The checks for batches written to `tables` (in the current schema), or
 * null when this session may not skip triggers or a trigger on one of the
 * tables is not one `checkBatch` stands in for.
 */
export async function planBatchChecks(runner: QueryRunner, tables: string[]): Promise<BatchChecks | null> {
  const [{ allowed }] = await runner.query(`SELECT has_parameter_privilege('session_replication_role', 'SET') AS allowed`);
  if (!allowed) return null;
  const triggers: { table: string; fn: string; enabled: string; type: number; args: Buffer }[] = await runner.query(
    `SELECT c.relname AS "table", p.proname AS fn, t.tgenabled AS enabled, t.tgtype::int AS type, t.tgargs AS args
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])`,
    [tables],
  );
  const cited: BatchChecks['cited'] = [];
  const counted: string[] = [];
  let statementParty = false;
  const partyFollowers: string[] = [];
  for (const t of triggers.filter((t) => (t.type & TRIGGER_ON_INSERT) !== 0)) {
    // 'O' fires unless the session is a replica; 'A' (always) would fire anyway and count twice.
    if (t.enabled !== 'O') return null;
    if (t.fn === QUEUE_CITATION_CHECK) cited.push({ table: t.table, column: t.args.toString('utf8').split('\0')[0] });
    else if (t.fn === COUNT_LIVE_ROWS) counted.push(t.table);
    else if (t.fn === SET_STATEMENT_PARTY && t.table === 'statement') statementParty = true;
    // The follower tables that name a person by "person_id" on insert (delegations and organizations follow updates only).
    else if (t.fn === FOLLOW_STATEMENT_PARTIES && ['round_participant', 'delegation_member', 'affiliation'].includes(t.table)) partyFollowers.push(t.table);
    else return null;
  }
  const foreignKeys: (ForeignKey & { match: string; types: string[] })[] = await runner.query(
    `SELECT k.conname AS name, c.relname AS "table", pc.relname AS parent, k.confmatchtype AS match,
       array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS n(num, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = n.num ORDER BY n.i) AS columns,
       array(SELECT a.atttypid::regtype::text FROM unnest(k.conkey) WITH ORDINALITY AS n(num, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = n.num ORDER BY n.i) AS types,
       array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS n(num, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = n.num ORDER BY n.i) AS "parentColumns"
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1::text[])
     ORDER BY c.relname, k.conname`,
    [tables],
  );
  // MATCH SIMPLE on integer keys is what the checks below implement.
  if (foreignKeys.some((k) => k.match !== 's' || k.types.some((t) => t !== 'integer'))) return null;
  return {
    foreignKeys: foreignKeys.map(({ name, table, columns, parent, parentColumns }) => ({ name, table, columns, parent, parentColumns })),
    cited,
    counted,
    statementParty,
    partyFollowers,
  };
}

/**
 * Applies `checks` to the rows this transaction added: `rows` says where
 * each table's new rows are, `added` how many each table got. Throws, so
 * that the batch rolls back, when a foreign key does not resolve or a fact
 * has no citation; locks the referenced rows the batch did not create.
 */
export async function checkBatch(runner: QueryRunner, checks: BatchChecks, rows: Map<string, BatchRows>, added: Record<string, number>): Promise<void> {
  for (const [table, where] of rows) {
    const keys = checks.foreignKeys.filter((k) => k.table === table);
    if (keys.length === 0 || where.ranges.length === 0) continue;
    await checkForeignKeys(runner, table, keys, where);
  }

  const cited = checks.cited.filter((c) => (rows.get(c.table)?.ranges.length ?? 0) > 0);
  if (cited.length > 0) {
    const params: unknown[] = [];
    const parts = cited.map(({ table, column }) => {
      const where = rows.get(table)!;
      params.push(where.ranges.map((r) => r[0]), where.ranges.map((r) => r[1]));
      // A subquery per row (an index probe), never a join over every citation.
      return `SELECT ${params.length / 2 - 1} AS "check", min("t"."id") AS "uncited"
              FROM unnest($${params.length - 1}::int[], $${params.length}::int[]) AS "r"("lo", "hi")
              JOIN ${q(table)} "t" ON "t".${q(where.column)} BETWEEN "r"."lo" AND "r"."hi"
              WHERE (SELECT true FROM "citation" "c" WHERE "c".${q(column)} = "t"."id" LIMIT 1) IS NULL`;
    });
    const results: { check: number; uncited: number | null }[] = await runner.query(parts.join(' UNION ALL '), params);
    const failed = results.find((r) => r.uncited !== null);
    if (failed) throw new Error(`${cited[failed.check].table} ${failed.uncited} has no citation; every fact must cite an excerpt of a source`);
  }

  await setStatementParties(runner, checks, rows);

  const counted = checks.counted.filter((t) => (added[t] ?? 0) > 0);
  if (counted.length > 0) {
    // The rows a batch adds are live (not retracted): each adds its count, as the row-count trigger would.
    await runner.query(`INSERT INTO "list_total" ("fact_table", "live") SELECT * FROM unnest($1::text[], $2::bigint[])`, [counted, counted.map((t) => added[t])]);
  }
}

/** One pass over the batch's rows of `table`: for each key, the rows whose reference is missing and the referenced rows older than this transaction. */
async function checkForeignKeys(runner: QueryRunner, table: string, keys: ForeignKey[], where: BatchRows): Promise<void> {
  const probes = keys.map((k, i) => {
    const match = k.parentColumns.map((c, j) => `"p".${q(c)} = "t".${q(k.columns[j])}`).join(' AND ');
    const present = k.columns.map((c) => `"t".${q(c)} IS NOT NULL`).join(' AND ');
    // Probed only when the reference is set (MATCH SIMPLE): one index lookup per row and key.
    return `CASE WHEN ${present} THEN (SELECT "p"."xmin" FROM ${q(k.parent)} "p" WHERE ${match}) END AS "x${i}"`;
  });
  const columns = [...new Set(keys.flatMap((k) => k.columns))];
  const figures = keys.map((k, i) => {
    const present = k.columns.map((c) => `${q(c)} IS NOT NULL`).join(' AND ');
    const tuple = `jsonb_build_array(${k.columns.map(q).join(', ')})`;
    return `count(*) FILTER (WHERE ${present} AND "x${i}" IS NULL)::int AS "missing${i}",
            jsonb_agg(DISTINCT ${tuple}) FILTER (WHERE "x${i}" <> pg_current_xact_id()::xid) AS "older${i}"`;
  });
  const [result]: Record<string, number | unknown[][] | null>[] = await runner.query(
    `SELECT ${figures.join(', ')} FROM (
       SELECT ${columns.map((c) => `"t".${q(c)}`).join(', ')}, ${probes.join(', ')}
       FROM unnest($1::int[], $2::int[]) AS "r"("lo", "hi") JOIN ${q(table)} "t" ON "t".${q(where.column)} BETWEEN "r"."lo" AND "r"."hi"
     ) AS "s"`,
    [where.ranges.map((r) => r[0]), where.ranges.map((r) => r[1])],
  );
  for (const [i, key] of keys.entries()) {
    if ((result[`missing${i}`] as number) > 0) throw foreignKeyViolation(key);
    const older = result[`older${i}`] as unknown[][] | null;
    if (!older) continue;
    // Rows other transactions can see: lock them as PostgreSQL's own check does, or fail if one went away meanwhile.
    const tuple = key.parentColumns.map((c) => `"p".${q(c)}`).join(', ');
    const elements = key.parentColumns.map((_, j) => `("e" ->> ${j})::int`).join(', ');
    const [{ locked }] = await runner.query(
      `SELECT count(*)::int AS locked FROM (
         SELECT 1 FROM ${q(key.parent)} "p" WHERE (${tuple}) IN (SELECT ${elements} FROM jsonb_array_elements($1::jsonb) AS "e") FOR KEY SHARE OF "p"
       ) AS "l"`,
      [JSON.stringify(older)],
    );
    if (locked !== older.length) throw foreignKeyViolation(key);
  }
}

/**
 * What the party triggers would have left: the batch's statements, then the
 * other statements of the people the batch's participants, members and
 * affiliations name, speak for the party the rule finds now that every row
 * of the batch is in place.
 */
async function setStatementParties(runner: QueryRunner, checks: BatchChecks, rows: Map<string, BatchRows>): Promise<void> {
  const statements = rows.get('statement');
  const ranges = checks.statementParty ? (statements?.ranges ?? []) : [];
  const bounds = [ranges.map((r) => r[0]), ranges.map((r) => r[1])];
  if (ranges.length > 0) {
    const selection = `unnest($1::int[], $2::int[]) AS "r"("lo", "hi") JOIN "statement" "s" ON "s".${q(statements!.column)} BETWEEN "r"."lo" AND "r"."hi"`;
    await updateParties(runner, selection, 'true', bounds);
  }
  const followers = checks.partyFollowers.filter((t) => (rows.get(t)?.ranges.length ?? 0) > 0);
  if (followers.length === 0) return;
  const params: unknown[] = [];
  const named = followers.map((table) => {
    const where = rows.get(table)!;
    params.push(where.ranges.map((r) => r[0]), where.ranges.map((r) => r[1]));
    return `SELECT "t"."person_id" FROM unnest($${params.length - 1}::int[], $${params.length}::int[]) AS "r"("lo", "hi")
            JOIN ${q(table)} "t" ON "t".${q(where.column)} BETWEEN "r"."lo" AND "r"."hi"`;
  });
  const [{ persons }] = await runner.query(`SELECT coalesce(array_agg(DISTINCT "person_id"), '{}') AS "persons" FROM (${named.join(' UNION ALL ')}) AS "n"`, params);
  if (persons.length === 0) return;
  // Their statements outside the batch (those in it were set above), found by speaker: an index probe per person.
  await updateParties(
    runner,
    `"statement" "s"`,
    `"s"."speaker_person_id" = ANY ($3::int[])
       AND NOT EXISTS (SELECT 1 FROM unnest($1::int[], $2::int[]) AS "b"("lo", "hi") WHERE "s"."id" BETWEEN "b"."lo" AND "b"."hi")`,
    [...bounds, persons],
  );
}

/**
 * Sets the party of the statements `s` of `selection` (a FROM list) that
 * meet `condition`, where it differs from the rule's. The rule's first two
 * terms (the speaker organization, the person's party in the round) are
 * joined; the function runs only where both are missing.
 */
async function updateParties(runner: QueryRunner, selection: string, condition: string, params: unknown[]): Promise<void> {
  await runner.query(
    `WITH "f" AS MATERIALIZED (
       SELECT "s"."id", "s"."party_organization_id" AS "old", COALESCE("s"."speaker_organization_id", "rp"."party_id", ${PARTY_OF}) AS "party"
       FROM ${selection}
       LEFT JOIN "round_participant" "rp" ON "rp"."round_id" = "s"."round_id" AND "rp"."person_id" = "s"."speaker_person_id" AND "rp"."retracted_at" IS NULL
       WHERE ${condition}
     )
     UPDATE "statement" AS "u" SET "party_organization_id" = "f"."party" FROM "f" WHERE "u"."id" = "f"."id" AND "f"."old" IS DISTINCT FROM "f"."party"`,
    params,
  );
}

function foreignKeyViolation(key: ForeignKey): Error {
  return new Error(`insert into table "${key.table}" violates foreign key constraint "${key.name}": a row refers to a missing row of "${key.parent}"`);
}

/**
 * Folds each table's "list_total" rows into one, as the row-count trigger
 * does now and then (skipped for a table another transaction is folding).
 */
export async function foldListTotals(runner: QueryRunner, tables: string[]): Promise<void> {
  for (const table of tables) {
    await runner.query(
      `WITH "lock" AS (SELECT pg_try_advisory_xact_lock(hashtext('kb_list_total:' || $1::text)) AS "got"),
            "folded" AS (DELETE FROM "list_total" WHERE "fact_table" = $1 AND (SELECT "got" FROM "lock") RETURNING "live")
       INSERT INTO "list_total" ("fact_table", "live") SELECT $1, sum("live") FROM "folded" HAVING count(*) > 0`,
      [table],
    );
  }
}
