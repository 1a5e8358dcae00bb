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

  it('go up, down to an empty schema, and up again', async () => {
    await db.dataSource.runMigrations();
    const afterUp = await tableNames();
    expect(afterUp).toEqual(expect.arrayContaining(['source', 'citation', 'round', 'statement', 'delegation', 'position', 'figure']));
    for (let i = 0; i < db.dataSource.migrations.length; i++) await db.dataSource.undoLastMigration();
    expect(await tableNames()).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tableNames()).toEqual(afterUp);
  });

  it('leave no drift between the entities and the migrated schema', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
