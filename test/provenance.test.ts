import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../src/services/seeds/loadSeeds.js';
import { ROOT } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Runs `work` in a transaction; resolves to the error PostgreSQL raised at commit, or null. */
async function commitError(ds: DataSource, work: (q: (sql: string, p?: unknown[]) => Promise<any>) => Promise<void>): Promise<string | null> {
  try {
    await ds.transaction(async (em) => work((sql, p) => em.query(sql, p)));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the database keeps every fact cited', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let roundId: number;
  let citationIds: number[];
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.dataSource;
    await loadSeedDirectory(ds, join(ROOT, 'seeds'));
    [{ id: roundId }] = await ds.query(`SELECT id FROM round WHERE number = 6`);
    citationIds = (await ds.query(`SELECT id FROM citation WHERE round_id = $1 ORDER BY id`, [roundId])).map((r: any) => r.id);
    expect(citationIds.length).toBeGreaterThan(1);
  });
  afterAll(async () => db?.drop());

  it('refuses a fact inserted without a citation', async () => {
    const [{ id: negotiationId }] = await ds.query(`SELECT id FROM negotiation`);
    const error = await commitError(ds, (q) => q(`INSERT INTO round (negotiation_id, number) VALUES ($1, 99)`, [negotiationId]));
    expect(error).toMatch(/round \d+ has no citation/);
    expect(await ds.query(`SELECT count(*)::int AS n FROM round WHERE number = 99`)).toEqual([{ n: 0 }]);
  });

  it('lets one of several citations go', async () => {
    const error = await commitError(ds, (q) => q(`DELETE FROM citation WHERE id = $1`, [citationIds[0]]));
    expect(error).toBeNull();
  });

  it('refuses deleting the last citation of a fact', async () => {
    const error = await commitError(ds, (q) => q(`DELETE FROM citation WHERE round_id = $1`, [roundId]));
    expect(error).toMatch(new RegExp(`round ${roundId} would be left without a citation`));
    expect((await ds.query(`SELECT count(*)::int AS n FROM citation WHERE round_id = $1`, [roundId]))[0].n).toBe(citationIds.length - 1);
  });

  it('refuses retracting or re-pointing the last live citation of a live fact', async () => {
    const retract = await commitError(ds, (q) => q(`UPDATE citation SET retracted_at = now() WHERE round_id = $1`, [roundId]));
    expect(retract).toMatch(/would be left without a citation/);
    const [{ id: personId }] = await ds.query(`SELECT id FROM person LIMIT 1`);
    const repoint = await commitError(ds, (q) => q(`UPDATE citation SET round_id = NULL, person_id = $2 WHERE round_id = $1`, [roundId, personId]));
    expect(repoint).toMatch(/would be left without a citation/);
  });

  it('allows retracting a fact together with its citations', async () => {
    const error = await commitError(ds, async (q) => {
      await q(`UPDATE round SET retracted_at = now(), retraction_reason = 'test' WHERE id = $1`, [roundId]);
      await q(`UPDATE citation SET retracted_at = now() WHERE round_id = $1`, [roundId]);
    });
    expect(error).toBeNull();
  });
});
