import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';

const CORE = readFileSync(join(CONTRACT_DIR, 'core.graphql'), 'utf8');

async function factRows(api: TestApi): Promise<number> {
  const [row] = await api.db.dataSource.query(`SELECT
    (SELECT count(*) FROM "statement") + (SELECT count(*) FROM "citation") + (SELECT count(*) FROM "round")
    + (SELECT count(*) FROM "delegation_member") + (SELECT count(*) FROM "round_participant") + (SELECT count(*) FROM "person") AS n`);
  return Number(row.n);
}

describe('SQL statements per request depend on the query, not the data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('issues as many statements for RoundParticipants on the seed as on 5 and on 25 generated negotiations', async () => {
    const onSeed = await api.execute(CORE, { number: 6 }, 'RoundParticipants');
    expect(onSeed.errors).toBeUndefined();
    expect(onSeed.data.rounds.nodes).toHaveLength(1);
    const seedRows = await factRows(api);

    await generateSyntheticData(api.db.dataSource, { scale: 5, seed: 7 });
    const onFive = await api.execute(CORE, { number: 6 }, 'RoundParticipants');
    expect(onFive.errors).toBeUndefined();
    expect(onFive.data.rounds.totalCount).toBe(6);
    expect(onFive.statements).toBe(onSeed.statements);

    await generateSyntheticData(api.db.dataSource, { scale: 20, seed: 8 });
    const bigRows = await factRows(api);
    expect(bigRows).toBeGreaterThanOrEqual(100 * seedRows);

    const onBig = await api.execute(CORE, { number: 6 }, 'RoundParticipants');
    expect(onBig.errors).toBeUndefined();
    expect(onBig.data.rounds.totalCount).toBe(26);
    expect(onBig.data.rounds.nodes).toHaveLength(10);
    const participants = onBig.data.rounds.nodes.flatMap((r: any) => r.participants);
    expect(participants.length).toBeGreaterThanOrEqual(10 * 10);
    expect(participants.flatMap((p: any) => p.statements).length).toBeGreaterThan(0);

    expect(onBig.statements).toBe(onSeed.statements);
    console.info(`RoundParticipants: ${onSeed.statements} SQL statements on the seed (${seedRows} rows), on 5 and on 25 generated negotiations (${bigRows} rows)`);
    // One statement per relation level, not per row: a handful, whatever the data.
    expect(onSeed.statements).toBeLessThanOrEqual(16);
  });

  it('issues as many statements for a deep page of people with their statements at any page size', async () => {
    const q = `query($first: Int!) { people(first: $first) { totalCount nodes { name affiliations { organization { name } } statements(first: 5) { totalCount nodes { text round { number negotiation { title } } citations { excerpt source { title } } } } } } }`;
    const small = await api.execute(q, { first: 2 });
    const large = await api.execute(q, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.data.people.nodes.length).toBe(100);
    expect(large.statements).toBe(small.statements);
  });
});
