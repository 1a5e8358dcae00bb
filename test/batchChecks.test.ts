import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { createDataSource } from '../src/db/dataSource.js';
import { checkBatch, planBatchChecks, type BatchChecks } from '../src/services/generator/batchChecks.js';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const WRITTEN = [
  'source', 'organization', 'person', 'affiliation', 'agreement', 'agreement_party', 'negotiation', 'negotiation_party', 'round',
  'delegation', 'delegation_member', 'round_participant', 'position', 'statement', 'figure', 'issue', 'citation',
];

/** Every row of the content tables, without ids and timestamps (they differ between databases). */
async function content(db: TestDatabase): Promise<unknown[]> {
  return db.dataSource.query(
    `SELECT n.title, r.number, s.kind::text, s.text, s.stated_start, s.stated_wording, p.name AS speaker,
            (SELECT o.name FROM organization o WHERE o.id = s.party_organization_id) AS party,
            (SELECT array_agg(c.excerpt || '@' || c.start_offset ORDER BY c.start_offset) FROM citation c WHERE c.statement_id = s.id) AS cited,
            (SELECT array_agg(m.role || ':' || pm.name ORDER BY pm.name) FROM delegation_member m JOIN person pm ON pm.id = m.person_id
               JOIN delegation d ON d.id = m.delegation_id WHERE d.round_id = r.id) AS members
     FROM statement s JOIN negotiation n ON n.id = s.negotiation_id JOIN round r ON r.id = s.round_id LEFT JOIN person p ON p.id = s.speaker_person_id
     ORDER BY n.title, s.text, s.stated_start, speaker`,
  );
}

describe('checks once per batch', () => {
  let db: TestDatabase;
  let runner: QueryRunner;
  let checks: BatchChecks;

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateSyntheticData(db.dataSource, { scale: 1, seed: 3 });
    runner = db.dataSource.createQueryRunner();
    await runner.connect();
    checks = (await planBatchChecks(runner, WRITTEN))!;
  });
  afterAll(async () => {
    await runner?.release();
    await db?.drop();
  });

  /** Runs `write` in a transaction that skips triggers, as a batch does, then `checkBatch`; always rolls back. */
  async function checkWrite(write: () => Promise<Map<string, { column: string; ranges: [number, number][] }>>, added: Record<string, number>): Promise<void> {
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL session_replication_role = replica`);
      await checkBatch(runner, checks, await write(), added);
    } finally {
      await runner.rollbackTransaction();
    }
  }

  it('stand in for every foreign key, citation trigger and row count of the tables a batch writes', () => {
    expect(checks.foreignKeys.filter((k) => k.table === 'statement').map((k) => k.name).sort()).toEqual([
      'fk_statement_negotiation_id', 'fk_statement_round_id_negotiation_id', 'fk_statement_speaker_organization_id', 'fk_statement_speaker_person_id',
    ]);
    expect(checks.cited.map((c) => `${c.table}.${c.column}`).sort()).toContain('statement.statement_id');
    expect(checks.cited).toHaveLength(13);
    expect(checks.counted.sort()).toEqual(['agreement', 'figure', 'issue', 'negotiation', 'organization', 'person', 'position', 'round', 'source', 'statement']);
    expect(checks.statementParty).toBe(true);
    expect(checks.partyFollowers.sort()).toEqual(['affiliation', 'delegation_member', 'round_participant']);
  });

  it('find again the party of the earlier statements of a person the batch names, as the party triggers would', async () => {
    const [before] = await runner.query(
      `SELECT s.id AS statement, rp.id AS participant, rp.round_id AS round, rp.person_id AS person, rp.party_id AS party,
              (SELECT np.organization_id FROM negotiation_party np WHERE np.negotiation_id = s.negotiation_id AND np.organization_id <> rp.party_id LIMIT 1) AS other
       FROM statement s JOIN round_participant rp ON rp.round_id = s.round_id AND rp.person_id = s.speaker_person_id
       WHERE s.speaker_organization_id IS NULL ORDER BY s.id LIMIT 1`,
    );
    expect(before.other).not.toBeNull();
    let after: { party: number }[] = [];
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL session_replication_role = replica`);
      // The person now takes part in the round for the other party (a fictional change).
      await runner.query(`DELETE FROM round_participant WHERE id = $1`, [before.participant]);
      const [{ id }] = await runner.query(`INSERT INTO round_participant (round_id, person_id, party_id) VALUES ($1, $2, $3) RETURNING id`, [before.round, before.person, before.other]);
      await runner.query(`INSERT INTO citation (source_id, excerpt, start_offset, end_offset, round_participant_id) SELECT id, left(text, 5), 0, 5, $1 FROM source LIMIT 1`, [id]);
      await checkBatch(runner, checks, new Map([['round_participant', { column: 'id', ranges: [[id, id]] }]]), { round_participant: 1 });
      after = await runner.query(`SELECT party_organization_id AS party FROM statement WHERE id = $1`, [before.statement]);
    } finally {
      await runner.rollbackTransaction();
    }
    expect(after).toEqual([{ party: before.other }]);
  });

  it('refuse a row whose reference does not resolve, naming the constraint', async () => {
    const write = async () => {
      const [{ id }] = await runner.query(
        `INSERT INTO statement (speaker_person_id, negotiation_id, round_id, kind, text) SELECT 999999, negotiation_id, id, 'PARAPHRASE', 'A fictional dangling statement.' FROM round LIMIT 1 RETURNING id`,
      );
      await runner.query(`INSERT INTO citation (source_id, excerpt, start_offset, end_offset, statement_id) SELECT id, left(text, 5), 0, 5, $1 FROM source LIMIT 1`, [id]);
      return new Map([['statement', { column: 'id', ranges: [[id, id] as [number, number]] }]]);
    };
    await expect(checkWrite(write, { statement: 1 })).rejects.toThrow(/violates foreign key constraint "fk_statement_speaker_person_id"/);
  });

  it('refuse a fact without a citation, naming the row', async () => {
    let added = 0;
    const write = async () => {
      [{ id: added }] = await runner.query(`INSERT INTO person (name) VALUES ('An uncited person (fictional)') RETURNING id`);
      return new Map([['person', { column: 'id', ranges: [[added, added] as [number, number]] }]]);
    };
    await expect(checkWrite(write, { person: 1 })).rejects.toThrow(new RegExp(`^person \\d+ has no citation`));
  });

  it('lock a referenced row the batch did not create, so it cannot be deleted before the batch commits', async () => {
    const other = createDataSource({ url: db.url });
    await other.initialize();
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL session_replication_role = replica`);
      // A position for the whole negotiation (no round) on an issue that other negotiations share.
      const [{ id, issue }] = await runner.query(
        `INSERT INTO position (negotiation_id, party_id, issue_id, summary)
         SELECT negotiation_id, party_id, issue_id, 'A fictional overall position.' FROM position LIMIT 1 RETURNING id, issue_id AS issue`,
      );
      await runner.query(`INSERT INTO citation (source_id, excerpt, start_offset, end_offset, position_id) SELECT id, left(text, 5), 0, 5, $1 FROM source LIMIT 1`, [id]);
      await checkBatch(runner, checks, new Map([['position', { column: 'id', ranges: [[id, id]] }]]), { position: 1 });
      const deleter = other.createQueryRunner();
      try {
        await deleter.query(`SET lock_timeout = '300ms'`);
        await expect(deleter.query(`DELETE FROM issue WHERE id = $1`, [issue])).rejects.toThrow(/lock timeout/);
      } finally {
        await deleter.release();
      }
    } finally {
      await runner.rollbackTransaction();
      await other.destroy();
    }
  });

  it('count the rows a batch adds in the list totals', async () => {
    const total = async () => Number((await runner.query(`SELECT sum(live) AS n FROM list_total WHERE fact_table = 'person'`))[0].n);
    const before = await total();
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL session_replication_role = replica`);
      await checkBatch(runner, checks, new Map(), { person: 3 });
      expect(await total()).toBe(before + 3);
    } finally {
      await runner.rollbackTransaction();
    }
  });

  it('are not used when a trigger they do not know fires on insert', async () => {
    await runner.query(`CREATE FUNCTION test_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
    await runner.query(`CREATE TRIGGER test_unknown AFTER INSERT ON statement FOR EACH STATEMENT EXECUTE FUNCTION test_noop()`);
    try {
      expect(await planBatchChecks(runner, WRITTEN)).toBeNull();
      const report = await generateSyntheticData(db.dataSource, { scale: 1, seed: 4 });
      expect(report).toMatchObject({ checks: 'row', statements: 200 });
    } finally {
      await runner.query(`DROP TRIGGER test_unknown ON statement`);
      await runner.query(`DROP FUNCTION test_noop()`);
    }
  });
});

describe('the synthetic data generator', () => {
  let batch: TestDatabase;
  let row: TestDatabase;
  const role = `kb_test_writer_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    [batch, row] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await batch?.dataSource.query(`DROP ROLE IF EXISTS ${role}`);
    await Promise.all([batch?.drop(), row?.drop()]);
  });

  it('writes the same content with checks per batch as with PostgreSQL checking row by row', async () => {
    const [a, b] = await Promise.all([
      generateSyntheticData(batch.dataSource, { scale: 2, seed: 11, batchSize: 1 }),
      generateSyntheticData(row.dataSource, { scale: 2, seed: 11, batchSize: 1, rowChecks: true }),
    ]);
    expect([a.checks, b.checks]).toEqual(['batch', 'row']);
    expect(a.rows).toEqual(b.rows);
    const written = await content(batch);
    expect(written).toEqual(await content(row));
    expect(written.filter((s) => (s as { party: string | null }).party === null)).toEqual([]);
  });

  it('leaves the checks to PostgreSQL for a role that may not skip triggers', async () => {
    await row.dataSource.query(`CREATE ROLE ${role} LOGIN PASSWORD 'fictional'`);
    await row.dataSource.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
    await row.dataSource.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // The party rule reads analytics.organizations.
    await row.dataSource.query(`GRANT USAGE ON SCHEMA analytics TO ${role}`);
    await row.dataSource.query(`GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO ${role}`);
    const url = new URL(row.url);
    url.username = role;
    url.password = 'fictional';
    const limited = createDataSource({ url: url.toString() });
    await limited.initialize();
    try {
      const report = await generateSyntheticData(limited, { scale: 1, seed: 12 });
      expect(report).toMatchObject({ checks: 'row', statements: 200 });
    } finally {
      await limited.destroy();
      await row.dataSource.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
      await row.dataSource.query(`DROP OWNED BY ${role}`);
    }
  });
});
