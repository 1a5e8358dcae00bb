import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { loadSeedFiles } from '../src/services/seeds/index.js';
import { ROOT, startTestApi, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { makeToken, postGraphQL } from './support/editing.js';
import { spawnServer } from './support/spawnServer.js';

const SEEDS = join(ROOT, 'seeds');
const ARTICLE_YAML = join(SEEDS, 'yonhap-2020-01-16-sma-sixth-round.yaml');
const ARTICLE_TEXT = join(SEEDS, 'yonhap-2020-01-16-sma-sixth-round.txt');
const EDITED_OUTCOME = 'Edited by an editor.';

describe('edits made through the API survive a restart that loads the seeds (SEED_ON_START=true)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.drop());

  it('keeps a retracted seed statement retracted and an updated seed round as the editor left it', async () => {
    const env = { DATABASE_URL: db.url, SEED_ON_START: 'true' };
    const first = await spawnServer(env);
    let statementId: string;
    let roundVersion: number;
    try {
      const { token } = await makeToken(db.dataSource, 'editor');
      const read = await postGraphQL(first.url, { query: '{ rounds { nodes { id version } } statements(first: 1) { nodes { id version } } }' });
      const round = read.body.data.rounds.nodes[0];
      const statement = read.body.data.statements.nodes[0];
      statementId = statement.id;
      const updated = await postGraphQL(first.url, {
        query: 'mutation($i: UpdateRoundInput!) { updateRound(input: $i) { round { version } userErrors { code } } }',
        variables: { i: { id: round.id, version: round.version, outcome: EDITED_OUTCOME } },
      }, token);
      roundVersion = updated.body.data.updateRound.round.version;
      const retracted = await postGraphQL(first.url, {
        query: 'mutation($i: RetractInput!) { retract(input: $i) { userErrors { code } } }',
        variables: { i: { id: statement.id, version: statement.version, reason: 'EXAMPLE: retracted in a test.' } },
      }, token);
      expect(retracted.body.data.retract.userErrors).toEqual([]);
    } finally {
      expect((await first.stop('SIGTERM')).code).toBe(0);
    }

    const second = await spawnServer(env);
    try {
      const after = await postGraphQL(second.url, {
        query: 'query($s: ID!) { rounds { nodes { outcome version } } node(id: $s) { ... on Statement { retractedAt } } }',
        variables: { s: statementId },
      });
      expect(after.body.data.rounds.nodes).toEqual([{ outcome: EDITED_OUTCOME, version: roundVersion }]);
      expect(after.body.data.node.retractedAt).toEqual(expect.any(String));
      expect(second.output()).not.toMatch(/seed conflict/);
    } finally {
      await second.stop('SIGTERM');
    }
  });
});

describe('reloading a changed seed file', () => {
  let api: TestApi;
  let tmp: string;
  let file: string;
  let token: string;
  let articleYaml: string;

  /** Writes the seed file (same name, so the loader knows it) with `edit` applied to the original. */
  async function editFile(edit: (doc: Document) => void): Promise<void> {
    const doc = parseDocument(articleYaml);
    edit(doc);
    await writeFile(file, doc.toString());
  }

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.execute(query, variables, undefined, { token });
    expect(result.errors).toBeUndefined();
    return result.data;
  };

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    tmp = await mkdtemp(join(tmpdir(), 'kb-seed-edits-'));
    file = join(tmp, basename(ARTICLE_YAML));
    await copyFile(ARTICLE_TEXT, join(tmp, basename(ARTICLE_TEXT)));
    articleYaml = await readFile(ARTICLE_YAML, 'utf8');
    await writeFile(file, articleYaml);
    await loadSeedFiles(api.db.dataSource, [file]);
    ({ token } = await makeToken(api.db.dataSource, 'editor'));
  });
  afterAll(async () => {
    await api?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('applies what the file changed, leaves what editors changed, and reports where both changed the same field', async () => {
    const { rounds, figures } = await gql('{ rounds { nodes { id version outcome location } } figures { nodes { id label value } } }');
    const round = rounds.nodes[0];
    await gql('mutation($i: UpdateRoundInput!) { updateRound(input: $i) { userErrors { code } } }', { i: { id: round.id, version: round.version, outcome: EDITED_OUTCOME } });

    // The file changes the round's outcome (edited through the API too), its location (not edited) and a figure.
    const figureIndex = parseDocument(articleYaml).toJS().figures.findIndex((f: any) => f.label === figures.nodes[0].label);
    await editFile((doc) => {
      doc.setIn(['rounds', 0, 'outcome'], 'EXAMPLE: the file now says this.');
      doc.setIn(['rounds', 0, 'location'], 'EXAMPLE City');
      doc.setIn(['figures', figureIndex, 'value'], 12345);
    });
    const [report] = await loadSeedFiles(api.db.dataSource, [file]);
    expect(report.conflicts).toEqual([
      { file, path: 'rounds[0]', id: round.id, field: 'outcome', fileValue: 'EXAMPLE: the file now says this.', storedValue: EDITED_OUTCOME, reason: 'edited' },
    ]);
    expect(report.changed).toMatchObject({ round: 1, figure: 1 });
    const after = await gql('query($r: ID!, $f: ID!) { r: node(id: $r) { ... on Round { outcome location } } f: node(id: $f) { ... on Figure { value } } }', {
      r: round.id,
      f: figures.nodes[0].id,
    });
    expect(after).toEqual({ r: { outcome: EDITED_OUTCOME, location: 'EXAMPLE City' }, f: { value: 12345 } });

    // Loading the same file again reports the conflict again and changes nothing.
    const [again] = await loadSeedFiles(api.db.dataSource, [file]);
    expect(again.conflicts.map((c) => c.field)).toEqual(['outcome']);
    expect(Object.values(again.changed).reduce((a, b) => a + b, 0)).toBe(0);

    // Once the editor and the file agree, the conflict is gone.
    const { node } = await gql('query($r: ID!) { node(id: $r) { ... on Round { version } } }', { r: round.id });
    await gql('mutation($i: UpdateRoundInput!) { updateRound(input: $i) { userErrors { code } } }', { i: { id: round.id, version: node.version, outcome: 'EXAMPLE: the file now says this.' } });
    expect((await loadSeedFiles(api.db.dataSource, [file]))[0].conflicts).toEqual([]);
  });

  it('puts back none of the connected facts an editor renamed and retracted (person, affiliation, delegation member, participant, statement, citations)', async () => {
    await writeFile(file, articleYaml);
    const { people } = await gql('{ people(filter: { name: "Jeong Eun-bo" }) { nodes { id version affiliations { id version } delegations { id version } statements { nodes { id version } } } } }');
    const person = people.nodes[0];
    const { rounds } = await gql('{ rounds { nodes { participants { id version person { id } } } } }');
    const participant = rounds.nodes[0].participants.find((p: any) => p.person.id === person.id);
    const retract = (id: string, version: number) =>
      gql('mutation($i: RetractInput!) { retract(input: $i) { userErrors { code message } } }', { i: { id, version, reason: 'EXAMPLE: retracted in a test.' } });
    // Rename first (a natural key changes), then retract everything hanging off the person, then the person.
    const renamed = await gql('mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { person { version } userErrors { code } } }', {
      i: { id: person.id, version: person.version, name: 'EXAMPLE Renamed Person' },
    });
    for (const s of person.statements.nodes) await retract(s.id, s.version);
    for (const a of person.affiliations) await retract(a.id, a.version);
    for (const m of person.delegations) await retract(m.id, m.version);
    await retract(participant.id, participant.version);
    expect((await retract(person.id, renamed.updatePerson.person.version)).retract.userErrors).toEqual([]);

    const live = () =>
      api.db.dataSource.query(`SELECT
        (SELECT count(*) FROM "person" WHERE "retracted_at" IS NULL)::int AS people,
        (SELECT count(*) FROM "affiliation" WHERE "retracted_at" IS NULL)::int AS affiliations,
        (SELECT count(*) FROM "delegation_member" WHERE "retracted_at" IS NULL)::int AS members,
        (SELECT count(*) FROM "round_participant" WHERE "retracted_at" IS NULL)::int AS participants,
        (SELECT count(*) FROM "statement" WHERE "retracted_at" IS NULL)::int AS statements,
        (SELECT count(*) FROM "citation" WHERE "retracted_at" IS NULL)::int AS citations,
        (SELECT count(*) FROM "person")::int AS "peopleRows"`);
    const before = await live();
    const [report] = await loadSeedFiles(api.db.dataSource, [file]);
    expect(Object.values(report.added).reduce((a, b) => a + b, 0)).toBe(0);
    expect(await live()).toEqual(before);
    const { people: jeong } = await gql('{ people(filter: { name: "Jeong" }) { totalCount } }');
    expect(jeong.totalCount).toBe(0);
  });
});
