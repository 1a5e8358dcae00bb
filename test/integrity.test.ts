import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDirectory } from '../src/services/seeds/loadSeeds.js';
import { ROOT } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * Runs `work` in a transaction that is always rolled back; resolves to the
 * error PostgreSQL raised inside it (as `code: message`), or null.
 */
async function errorInside(ds: DataSource, work: (q: (sql: string, p?: unknown[]) => Promise<any>) => Promise<void>): Promise<string | null> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await work((sql, p) => runner.query(sql, p));
    return null;
  } catch (error) {
    const e = error as { code?: string; driverError?: { code?: string }; message: string };
    return `${e.driverError?.code ?? e.code}: ${e.message}`;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('the database keeps round-level facts in their round’s negotiation', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let round6: { id: number; negotiation_id: number };
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.dataSource;
    await loadSeedDirectory(ds, join(ROOT, 'seeds'));
    [round6] = await ds.query(`SELECT id, negotiation_id FROM round WHERE number = 6`);
  });
  afterAll(async () => db?.drop());

  /** Inserts a second negotiation (rolled back with the transaction) and returns its id. */
  async function otherNegotiation(q: (sql: string, p?: unknown[]) => Promise<any>): Promise<number> {
    const [{ id }] = await q(`INSERT INTO negotiation (title, status) VALUES ('Another negotiation', 'ONGOING') RETURNING id`);
    return id;
  }

  it('refuses a figure whose round belongs to another negotiation', async () => {
    const error = await errorInside(ds, async (q) => {
      const other = await otherNegotiation(q);
      await q(`INSERT INTO figure (label, value, unit, negotiation_id, round_id) VALUES ('Troops', 1, 'troops', $1, $2)`, [other, round6.id]);
    });
    expect(error).toMatch(/^23503: .*fk_figure_round_id_negotiation_id/);
  });

  it('refuses moving a figure to another negotiation while it keeps its round', async () => {
    const error = await errorInside(ds, async (q) => {
      const other = await otherNegotiation(q);
      await q(`INSERT INTO figure (label, value, unit, negotiation_id, round_id) VALUES ('Troops', 1, 'troops', $1, $2)`, [round6.negotiation_id, round6.id]);
      await q(`UPDATE figure SET negotiation_id = $1 WHERE label = 'Troops' AND value = 1`, [other]);
    });
    expect(error).toMatch(/^23503: .*fk_figure_round_id_negotiation_id/);
  });

  it('refuses a figure with a round but no negotiation, which a composite key alone would let through', async () => {
    const error = await errorInside(ds, (q) => q(`INSERT INTO figure (label, value, unit, round_id) VALUES ('Troops', 1, 'troops', $1)`, [round6.id]));
    expect(error).toMatch(/^23514: .*chk_figure_round_has_negotiation/);
  });

  it('accepts a figure of a round in the round’s negotiation, and one of a negotiation alone', async () => {
    const error = await errorInside(ds, async (q) => {
      await q(`INSERT INTO figure (label, value, unit, negotiation_id, round_id) VALUES ('Troops', 1, 'troops', $1, $2)`, [round6.negotiation_id, round6.id]);
      await q(`INSERT INTO figure (label, value, unit, negotiation_id) VALUES ('Troops in another count', 2, 'troops', $1)`, [round6.negotiation_id]);
    });
    expect(error).toBeNull();
  });

  it.each(['statement', 'position', 'delegation'])('refuses a %s whose round belongs to another negotiation', async (table) => {
    const error = await errorInside(ds, async (q) => {
      const other = await otherNegotiation(q);
      const [row] = await q(`SELECT id FROM "${table}" WHERE round_id = $1 LIMIT 1`, [round6.id]);
      await q(`UPDATE "${table}" SET negotiation_id = $1 WHERE id = $2`, [other, row.id]);
    });
    expect(error).toMatch(new RegExp(`^23503: .*fk_${table}_round_id_negotiation_id`));
  });
});
