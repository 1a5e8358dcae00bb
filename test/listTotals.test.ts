import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { startTestApi, type TestApi } from './support/api.js';

const TOTALS = `{
  sources { totalCount } organizations { totalCount } people { totalCount } agreements { totalCount }
  negotiations { totalCount } rounds { totalCount } statements { totalCount } issues { totalCount }
  positions { totalCount } figures { totalCount }
}`;

const TABLES: Record<string, string> = {
  sources: 'source', organizations: 'organization', people: 'person', agreements: 'agreement', negotiations: 'negotiation',
  rounds: 'round', statements: 'statement', issues: 'issue', positions: 'position', figures: 'figure',
};

describe('totalCount of an unfiltered list', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  /** Each list's totalCount as the API answers it, and the live rows counted in its table. */
  async function totals() {
    const { data, errors } = await api.execute(TOTALS);
    expect(errors).toBeUndefined();
    const answered = Object.fromEntries(Object.entries(data).map(([list, value]) => [list, (value as { totalCount: number }).totalCount]));
    const counted: Record<string, number> = {};
    for (const [list, table] of Object.entries(TABLES)) {
      counted[list] = (await api.db.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "retracted_at" IS NULL`))[0].n;
    }
    return { answered, counted };
  }

  it('equals the live rows after seeding, bulk generation, retraction, deletion and a rolled-back write, in one statement', async () => {
    let { answered, counted } = await totals();
    expect(answered).toEqual(counted);
    expect(answered.statements).toBeGreaterThan(0);

    await generateSyntheticData(api.db.dataSource, { scale: 3, seed: 5, batchSize: 2 });
    ({ answered, counted } = await totals());
    expect(answered).toEqual(counted);
    expect(answered.statements).toBe(counted.statements);

    await api.db.dataSource.query(`UPDATE "statement" SET "retracted_at" = now(), "retraction_reason" = 'test' WHERE "id" IN (SELECT "id" FROM "statement" ORDER BY "id" LIMIT 7)`);
    await api.db.dataSource.query(`DELETE FROM "negotiation" WHERE "id" = (SELECT max("id") FROM "negotiation")`);
    const runner = api.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`UPDATE "statement" SET "retracted_at" = now() WHERE "retracted_at" IS NULL`);
    await runner.rollbackTransaction();
    await runner.release();
    ({ answered, counted } = await totals());
    expect(answered).toEqual(counted);

    const { statements } = await api.execute(`{ statements(first: 1) { totalCount } }`);
    expect(statements).toBe(2);
  });
});
