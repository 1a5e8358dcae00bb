import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData, SYNTHETIC_PUBLISHER, type GenerateReport } from '../src/services/generator/generate.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const FACT_TABLES = [
  'organization', 'person', 'affiliation', 'agreement', 'negotiation', 'round', 'delegation',
  'delegation_member', 'round_participant', 'statement', 'issue', 'position', 'figure',
] as const;

const ROUND_SHAPE = Array.from({ length: 10 }, (_, i) => ({
  number: i + 1, delegations: 2, members: [5, 5], headsAreMembers: true, participants: 10, statements: 20,
}));

describe('generateSyntheticData', () => {
  let db: TestDatabase;
  let first: GenerateReport;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await generateSyntheticData(db.dataSource, { scale: 2, seed: 42, batchSize: 1, onProgress: (done, total) => progress.push([done, total]) });
  });
  afterAll(async () => db?.drop());

  async function count(table: string): Promise<number> {
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return n;
  }

  async function roundShape(negotiationId: number): Promise<unknown[]> {
    return db.dataSource.query(
      `SELECT r.number,
         (SELECT count(*)::int FROM delegation d WHERE d.round_id = r.id) AS delegations,
         (SELECT array_agg(c ORDER BY c) FROM (
            SELECT count(*)::int AS c FROM delegation d JOIN delegation_member m ON m.delegation_id = d.id
            WHERE d.round_id = r.id GROUP BY d.id) AS per_delegation) AS members,
         (SELECT bool_and(EXISTS (SELECT 1 FROM delegation_member m WHERE m.delegation_id = d.id AND m.person_id = d.head_id))
            FROM delegation d WHERE d.round_id = r.id) AS "headsAreMembers",
         (SELECT count(*)::int FROM round_participant p WHERE p.round_id = r.id) AS participants,
         (SELECT count(*)::int FROM statement s WHERE s.round_id = r.id) AS statements
       FROM round r WHERE r.negotiation_id = $1 ORDER BY r.number`,
      [negotiationId],
    );
  }

  it('adds exactly `scale` negotiations of 10 rounds, each with 2 delegations of 5 and 20 statements', async () => {
    const negotiations: { id: number; parties: number }[] = await db.dataSource.query(
      `SELECT n.id, (SELECT count(*)::int FROM negotiation_party np WHERE np.negotiation_id = n.id) AS parties
       FROM negotiation n ORDER BY n.id`,
    );
    expect(negotiations.map((n) => n.parties)).toEqual([2, 2]);
    for (const n of negotiations) expect(await roundShape(n.id)).toEqual(ROUND_SHAPE);
    expect(first).toMatchObject({ seed: 42, firstOrdinal: 1, negotiations: 2, rounds: 20, statements: 400, sources: 22 });
    expect(first.citations).toBe(await count('citation'));
    expect(progress).toEqual([[0, 2], [1, 2], [2, 2]]);
  });

  it('records one history change per batch, naming the seed, the ordinals and the id ranges it created', async () => {
    const changes: { subject_type: string; actor: string; action: string; changes: any }[] = await db.dataSource.query(
      `SELECT subject_type, actor, action::text, changes FROM change ORDER BY id`,
    );
    expect(changes.map((c) => [c.subject_type, c.actor, c.action])).toEqual([
      ['GeneratedBatch', 'generator', 'CREATE'],
      ['GeneratedBatch', 'generator', 'CREATE'],
    ]);
    expect(changes.map((c) => c.changes.ordinals).sort()).toEqual([[1, 1], [2, 2]]);
    const [{ ids }] = await db.dataSource.query(`SELECT array_agg(id ORDER BY id) AS ids FROM statement`);
    const ranges: [number, number][] = changes.flatMap((c) => c.changes.created.Statement);
    const covered = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).sort((a, b) => a - b);
    expect(covered).toEqual(ids);
    expect(changes.every((c) => c.changes.seed === 42 && c.changes.rows.statement === 200)).toBe(true);
  });

  it('writes batches over several connections with the same content as one', async () => {
    const other = await createTestDatabase();
    try {
      await generateSyntheticData(other.dataSource, { scale: 3, seed: 42, batchSize: 1, writers: 3 });
      const texts = (d: TestDatabase) => d.dataSource.query(`SELECT n.title, s.text FROM statement s JOIN negotiation n ON n.id = s.negotiation_id WHERE n.title ~ '\\(synthetic 000[12]\\)' ORDER BY n.title, s.text`);
      expect(await texts(other)).toHaveLength(400);
      expect(await texts(other)).toEqual(await texts(db));
    } finally {
      await other.drop();
    }
  });

  it('creates new issues in name order, so a writer creating the same issues in that order waits for it and never deadlocks with it', async () => {
    // The issues of negotiation 0001 (seed 42), which a fresh database's first batch creates again.
    const names: string[] = (await db.dataSource.query(
      `SELECT DISTINCT i.name COLLATE "C" AS name FROM citation c JOIN issue i ON i.id = c.issue_id
       WHERE c.excerpt LIKE 'The agenda of the ' || (SELECT title FROM negotiation WHERE title ~ '\\(synthetic 0001\\)') || '%'
       ORDER BY 1`,
    )).map((r: { name: string }) => r.name);
    expect(names.length).toBeGreaterThan(1);
    const other = await createTestDatabase();
    const writer = new pg.Client({ connectionString: other.url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      // Another generator: it checks its batch's citations itself, as this one does.
      await writer.query('SET LOCAL session_replication_role = replica');
      await writer.query(`INSERT INTO issue (name, description) VALUES ($1, 'Created by another writer.')`, [names[0]]);
      const generating = generateSyntheticData(other.dataSource, { scale: 1, seed: 42, writers: 1 });
      generating.catch(() => {});
      // The generator waits for the first name; in name order it holds none of the others meanwhile.
      await expect.poll(async () => (await writer.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 10_000 }).toBe(1);
      await writer.query(`INSERT INTO issue (name, description) VALUES ($1, 'Created by another writer.')`, [names.at(-1)]);
      await writer.query('COMMIT');
      const report = await generating;
      expect(report.negotiations).toBe(1);
      expect(report.rows.issue).toBe(names.length - 2);
    } finally {
      await writer.end();
      await other.drop();
    }
  });

  it('links each negotiation to the agreement it renews, with both parties and a figure', async () => {
    const rows = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM agreement_party ap WHERE ap.agreement_id = a.id) AS parties,
              (SELECT count(*)::int FROM figure f WHERE f.agreement_id = a.id) AS figures,
              a.effective_from <= a.effective_to AS "periodOrdered"
       FROM negotiation n JOIN agreement a ON a.id = n.agreement_id ORDER BY n.id`,
    );
    expect(rows).toEqual([{ parties: 2, figures: 1, periodOrdered: true }, { parties: 2, figures: 1, periodOrdered: true }]);
  });

  it('cites every fact to an excerpt that is exactly the source text at its offsets', async () => {
    const citations: { excerpt: string; start_offset: number; end_offset: number; text: string; publisher: string }[] =
      await db.dataSource.query(
        `SELECT c.excerpt, c.start_offset, c.end_offset, s.text, s.publisher FROM citation c JOIN source s ON s.id = c.source_id`,
      );
    expect(citations.length).toBe(first.citations);
    const mismatches = citations.filter((c) => c.text.slice(c.start_offset, c.end_offset) !== c.excerpt);
    expect(mismatches).toEqual([]);
    expect(new Set(citations.map((c) => c.publisher))).toEqual(new Set([SYNTHETIC_PUBLISHER]));
  });

  it('leaves no fact row without a citation', async () => {
    const uncited: Record<string, number> = {};
    for (const table of FACT_TABLES) {
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c."${table}_id" = t.id)`,
      );
      uncited[table] = n;
    }
    expect(uncited).toEqual(Object.fromEntries(FACT_TABLES.map((t) => [t, 0])));
  });

  it('marks its sources as synthetic', async () => {
    const sources: { title: string; kind: string }[] = await db.dataSource.query(`SELECT title, kind::text FROM source`);
    expect(sources.every((s) => /^Synthetic /.test(s.title) && /\(synthetic \d{4}\)$/.test(s.title))).toBe(true);
    expect(new Set(sources.map((s) => s.kind))).toEqual(new Set(['REPORT', 'OTHER']));
  });

  it('mixes statement kinds and gives every statement a dated span with wording', async () => {
    const kinds: { kind: string; undated: number }[] = await db.dataSource.query(
      `SELECT kind::text, count(*) FILTER (WHERE stated_start IS NULL OR stated_wording IS NULL)::int AS undated
       FROM statement GROUP BY kind ORDER BY kind`,
    );
    expect(kinds).toEqual([
      { kind: 'DIRECT_QUOTE', undated: 0 },
      { kind: 'OFFICIAL_STATEMENT', undated: 0 },
      { kind: 'PARAPHRASE', undated: 0 },
    ]);
  });

  it('adds another `scale` negotiations when run again, leaving existing rows alone, and repeats content for the same seed', async () => {
    const before = await db.dataSource.query(`SELECT id, title, updated_at FROM negotiation ORDER BY id`);
    const beforeCounts = Object.fromEntries(await Promise.all(FACT_TABLES.map(async (t) => [t, await count(t)])));

    const second = await generateSyntheticData(db.dataSource, { scale: 2, seed: 42 });

    expect(second).toMatchObject({ firstOrdinal: 3, negotiations: 2, rounds: 20, statements: 400 });
    const after = await db.dataSource.query(`SELECT id, title, updated_at FROM negotiation ORDER BY id`);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after).toHaveLength(4);
    for (const table of FACT_TABLES) {
      expect(await count(table), table).toBe(beforeCounts[table] + (second.rows[table] ?? 0));
    }
    // Same seed, same stream per position in the run: only the ordinals in names differ.
    const statements = async (negotiationId: number) =>
      db.dataSource.query(
        `SELECT s.kind::text, s.text, s.stated_start, s.stated_end, r.number FROM statement s JOIN round r ON r.id = s.round_id
         WHERE s.negotiation_id = $1 ORDER BY s.id`,
        [negotiationId],
      );
    expect(await statements(after[2].id)).toEqual(await statements(after[0].id));
  });

  it('rejects a scale that is not a positive integer', async () => {
    for (const scale of [0, -1, 1.5, Number.NaN]) {
      await expect(generateSyntheticData(db.dataSource, { scale })).rejects.toThrow(/^scale must be an integer from 1 to \d+, but got: /);
    }
  });

  it('refuses to run while another generator writes to the same database', async () => {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock($1)`, [0x6b626765]);
      await expect(generateSyntheticData(db.dataSource, { scale: 1 })).rejects.toThrow(/another synthetic data generator/);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock_all()`);
      await runner.release();
    }
  });
});

interface CliResult { code: number; stdout: string; stderr: string }

function runKb(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/kb.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(pattern)]);
}

describe('kb generate', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('rejects --scale 0, -1 and abc with one line and no stack trace', async () => {
    const results = await Promise.all([['0'], ['-1'], ['abc']].map((v) => runKb(['generate', '--scale', ...v], { DATABASE_URL: db.url })));
    for (const result of results) expectOneLineError(result, /^error: option '--scale <n>' argument '.*' is invalid\. Expected a whole number from 1 to/);
  });

  it('reports an unreachable database in one line', async () => {
    const result = await runKb(['generate', '--scale', '1'], { DATABASE_URL: 'postgres://kb:secret@127.0.0.1:1/kb' });
    expectOneLineError(result, /^error: cannot reach the database at postgres:\/\/kb:\*\*\*@127\.0\.0\.1:1\/kb/);
  });

  it('adds negotiations to the DATABASE_URL database and prints a summary', async () => {
    const result = await runKb(['generate', '--scale', '1', '--seed', '7'], { DATABASE_URL: db.url });
    expect(result.stderr).not.toContain('    at ');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added 1 negotiation, 10 rounds, 200 statements, \d+ citations in \d+\.\d s \(seed 7\)\n$/);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM negotiation`);
    expect(n).toBe(1);
  });
});
