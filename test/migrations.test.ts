import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => db?.drop());

  async function tableNames(): Promise<string[]> {
    const rows: { tablename: string }[] = await db.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
    );
    return rows.map((r) => r.tablename);
  }

  async function analyticsViews(): Promise<string[]> {
    const rows: { name: string }[] = await db.dataSource.query(`SELECT table_name AS "name" FROM information_schema.views WHERE table_schema = 'analytics' ORDER BY 1`);
    return rows.map((r) => r.name);
  }

  it('go up, down to an empty schema, and up again', async () => {
    await db.dataSource.runMigrations();
    const afterUp = await tableNames();
    expect(afterUp).toEqual(expect.arrayContaining(['source', 'citation', 'round', 'statement', 'delegation', 'position', 'figure']));
    const viewsAfterUp = await analyticsViews();
    expect(viewsAfterUp).toEqual(expect.arrayContaining(['statements', 'rounds', 'positions', 'figures', 'citations']));
    for (let i = 0; i < db.dataSource.migrations.length; i++) await db.dataSource.undoLastMigration();
    expect(await tableNames()).toEqual([]);
    expect(await db.dataSource.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'analytics'`)).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tableNames()).toEqual(afterUp);
    expect(await analyticsViews()).toEqual(viewsAfterUp);
  });

  it('leave no drift between the entities and the migrated schema', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
