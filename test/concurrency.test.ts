import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factCatalog } from '../src/services/editing/factCatalog.js';
import { FactStore } from '../src/services/editing/factStore.js';
import { sqlOn } from '../src/services/editing/sql.js';
import { fromGlobalId } from '../src/lib/globalId.js';
import { startTestApi, type TestApi } from './support/api.js';
import { EDITING, EXAMPLE_SOURCE, makeToken, postGraphQL } from './support/editing.js';

const TALKS = 'South Korea-U.S. talks to renew the Special Measures Agreement';

describe('concurrent edits over HTTP', () => {
  let api: TestApi;
  let url: string;
  let token: string;
  let negotiationId: string;
  let sourceId: string;

  const post = (operationName: string, variables: Record<string, unknown>) => postGraphQL(url, { query: EDITING, operationName, variables }, token);

  beforeAll(async () => {
    api = await startTestApi();
    url = await api.listen();
    ({ token } = await makeToken(api.db.dataSource, 'editor', 'concurrent-editor'));
    const { body } = await postGraphQL(url, { query: `query($title: String) { negotiations(filter: { title: $title }) { nodes { id } } }`, variables: { title: TALKS } });
    negotiationId = body.data.negotiations.nodes[0].id;
    sourceId = (await post('AddSource', { input: EXAMPLE_SOURCE })).body.data.addSource.source.id;
  });
  afterAll(async () => api?.stop());

  async function addRound(number: number): Promise<string> {
    const { body } = await post('AddRound', { input: { negotiationId, number, citations: [{ sourceId, excerpt: 'The seventh round of the talks' }] } });
    expect(body.data.addRound.userErrors).toEqual([]);
    return body.data.addRound.round.id;
  }

  it('20 simultaneous updates of one round from the same version: exactly one wins, 19 get CONFLICT, history shows one update', async () => {
    const roundId = await addRound(7);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post('UpdateRound', { input: { id: roundId, version: 1, outcome: `Outcome from editor ${i}` } })),
    );
    for (const r of responses) {
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    }
    const payloads = responses.map((r) => r.body.data.updateRound);
    const winners = payloads.filter((p) => p.userErrors.length === 0);
    const losers = payloads.filter((p) => p.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(winners[0].round).toMatchObject({ id: roundId, version: 2, outcome: expect.stringMatching(/^Outcome from editor \d+$/) });
    expect(losers).toHaveLength(19);
    for (const p of losers) {
      expect(p.round).toBeNull();
      expect(p.userErrors).toEqual([{ field: ['input', 'version'], code: 'CONFLICT', message: expect.stringContaining('is at version 2, but this change is based on version 1') }]);
    }

    const { body } = await post('History', { id: roundId });
    expect(body.data.node.version).toBe(2);
    expect(body.data.node.history.totalCount).toBe(2);
    expect(body.data.node.history.nodes.map((c: any) => c.action)).toEqual(['UPDATE', 'CREATE']);
    expect(body.data.node.history.nodes[0].changes).toEqual({ outcome: { before: null, after: winners[0].round.outcome } });
  });

  it('20 simultaneous additions of the same round: one is added, 19 get DUPLICATE, none is half-written', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post('AddRound', { input: { negotiationId, number: 8, citations: [{ sourceId, excerpt: 'The seventh round of the talks' }] } })),
    );
    const payloads = responses.map((r) => r.body.data.addRound);
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    for (const p of payloads.filter((q) => q.userErrors.length > 0)) expect(p.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
    const [{ rounds, citations, changes }] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM "round" WHERE "number" = 8) AS rounds,
              (SELECT count(*)::int FROM "citation" c JOIN "round" r ON r."id" = c."round_id" WHERE r."number" = 8) AS citations,
              (SELECT count(*)::int FROM "change" ch JOIN "round" r ON ch."subject_type" = 'Round' AND ch."subject_id" = r."id" WHERE r."number" = 8) AS changes`,
    );
    expect({ rounds, citations, changes }).toEqual({ rounds: 1, citations: 1, changes: 1 });
  });

  it("two simultaneous retractions of a fact's last two citations: one succeeds, the other is refused, the fact stays cited", async () => {
    const roundId = await addRound(9);
    const added = await postGraphQL(url, {
      query: `mutation($input: AddCitationInput!) { addCitation(input: $input) { citation { id } userErrors { code } } }`,
      variables: { input: { subjectId: roundId, sourceId, excerpt: 'ended on Thursday in Los Angeles' } },
    }, token);
    expect(added.body.data.addCitation.userErrors).toEqual([]);
    const { body } = await postGraphQL(url, { query: `query($id: ID!) { node(id: $id) { ... on Round { citations { id version } } } }`, variables: { id: roundId } }, token);
    const results = await Promise.all(
      body.data.node.citations.map((c: { id: string; version: number }) => post('Retract', { input: { id: c.id, version: c.version, reason: 'testing' } })),
    );
    const codes = results.map((r) => r.body.data.retract.userErrors.map((e: { code: string }) => e.code).join() || 'OK').sort();
    expect(codes).toEqual(['INVALID', 'OK']);
    const after = await postGraphQL(url, { query: `query($id: ID!) { node(id: $id) { ... on Round { citations { id } } } }`, variables: { id: roundId } }, token);
    expect(after.body.data.node.citations).toHaveLength(1);
  });

  it('checks the version in the UPDATE itself: a transaction that read version 1 before another committed version 2 writes nothing', async () => {
    const roundId = fromGlobalId(await addRound(10))!.id;
    const [first, second] = [api.db.dataSource.createQueryRunner(), api.db.dataSource.createQueryRunner()];
    try {
      const stores = [first, second].map((runner, i) => new FactStore(sqlOn(runner), factCatalog(api.db.dataSource), `writer-${i}`));
      for (const runner of [first, second]) await runner.startTransaction();
      // Both read version 1 before either writes.
      const [seenByFirst, seenBySecond] = await Promise.all(stores.map((store) => store.load('Round', roundId)));
      expect([seenByFirst!.version, seenBySecond!.version]).toEqual([1, 1]);

      const firstUpdate = await stores[0].update('Round', seenByFirst!, { outcome: 'first' });
      expect(firstUpdate!.version).toBe(2);
      // The second UPDATE waits for the first transaction's row lock, then finds version 2 and matches nothing.
      const secondUpdate = stores[1].update('Round', seenBySecond!, { outcome: 'second' });
      await first.commitTransaction();
      expect(await secondUpdate).toBeNull();
      await second.rollbackTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const [row] = await api.db.dataSource.query(`SELECT "outcome", "version" FROM "round" WHERE "id" = $1`, [roundId]);
    expect(row).toEqual({ outcome: 'first', version: 2 });
    const changes = await api.db.dataSource.query(`SELECT "action", "actor" FROM "change" WHERE "subject_type" = 'Round' AND "subject_id" = $1 ORDER BY "version"`, [roundId]);
    expect(changes).toEqual([{ action: 'CREATE', actor: 'concurrent-editor' }, { action: 'UPDATE', actor: 'writer-0' }]);
  });
});
