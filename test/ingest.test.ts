import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';
import { countRows, makeToken, runKb } from './support/editing.js';

// A FICTIONAL example article (publisher "Example Wire"), kept under test/fixtures: never real seed data.
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const ARTICLE = 'example-wire-2020-03-19-fictional-seventh-round';
const ARTICLE_YAML = join(FIXTURES, `${ARTICLE}.yaml`);
const CORE = await readFile(join(CONTRACT_DIR, 'core.graphql'), 'utf8');

describe('kb ingest and kb validate', () => {
  let api: TestApi;
  let env: Record<string, string>;
  let tmp: string;

  beforeAll(async () => {
    api = await startTestApi();
    env = { DATABASE_URL: api.db.url };
    tmp = await mkdtemp(join(tmpdir(), 'kb-ingest-'));
    await copyFile(join(FIXTURES, `${ARTICLE}.txt`), join(tmp, `${ARTICLE}.txt`));
  });
  afterAll(async () => {
    await api?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Writes a copy of the fictional article's YAML, edited, next to a copy of its text. */
  async function writeVariant(name: string, edit: (doc: ReturnType<typeof parseDocument>) => void): Promise<string> {
    const doc = parseDocument(await readFile(ARTICLE_YAML, 'utf8'));
    edit(doc);
    const file = join(tmp, `${name}.yaml`);
    await writeFile(file, doc.toString());
    return file;
  }

  it('validates a file without a database, listing what it needs from one', async () => {
    const result = await runKb(['validate', ARTICLE_YAML], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ARTICLE_YAML}: ok\n`);
    expect(result.stdout).toContain('  needs from the database: negotiation "South Korea-U.S. talks to renew the Special Measures Agreement" (rounds[0].negotiation, ');
  });

  it('ingests a second article; its facts can be queried through GraphQL at once, with history naming the ingest', async () => {
    // As a user would type it, relative to the project.
    const result = await runKb(['ingest', join('test', 'fixtures', `${ARTICLE}.yaml`)], env);
    expect(result.stderr).not.toContain('    at ');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${join('test', 'fixtures', `${ARTICLE}.yaml`)}: 11 added, 0 changed, 0 unchanged\n` +
        '  added: source 1, round 1, round_participant 2, statement 1, position 1, citation 5\n' +
        'ingested 1 of 1 file: 11 added, 0 changed, 0 unchanged\n',
    );

    const { data, errors } = await api.execute(CORE, { number: 7 }, 'RoundParticipants');
    expect(errors).toBeUndefined();
    const [round] = data.rounds.nodes;
    expect(round).toMatchObject({ number: 7, startDate: '2020-03-17', endDate: '2020-03-18', location: 'Los Angeles', outcome: 'Ended without a deal.' });
    expect(round.participants.map((p: any) => `${p.person.name} (${p.party.name})`).sort()).toEqual(['James DeHart (United States)', 'Jeong Eun-bo (South Korea)']);
    expect(round.statements).toEqual([{ id: expect.any(String), text: 'We remain apart on the total amount', kind: 'DIRECT_QUOTE', speaker: { __typename: 'Person', id: expect.any(String), name: 'Jeong Eun-bo' } }]);
    expect(round.citations[0].source).toMatchObject({ publisher: 'Example Wire', title: expect.stringContaining('FICTIONAL') });

    const history = await api.execute(`query($id: ID!) { node(id: $id) { ... on Round { history { nodes { action actor } } } } }`, { id: round.id });
    expect(history.data.node.history.nodes).toEqual([{ action: 'CREATE', actor: 'ingest' }]);
  });

  it('changes nothing when the same file is ingested again', async () => {
    const before = await countRows(api.db.dataSource);
    const result = await runKb(['ingest', ARTICLE_YAML], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(': 0 added, 0 changed, 11 unchanged\n');
    expect(await countRows(api.db.dataSource)).toEqual(before);
  });

  it('refuses a bad file, naming file, path, line and reason, leaves the database untouched and exits 1', async () => {
    const file = await writeVariant('bad-excerpt', (doc) => {
      doc.setIn(['rounds', 0, 'number'], 8);
      doc.setIn(['statements', 0, 'cite', 0], 'Jeong said the gap had closed');
    });
    const before = await countRows(api.db.dataSource);
    const result = await runKb(['ingest', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${file}: statements\\[0\\]\\.cite\\[0\\] \\(line \\d+\\): excerpt "Jeong said the gap had closed" is not in the source text`));
    expect(result.stderr).not.toContain('    at ');
    expect(result.stdout).toContain('ingested 0 of 1 file: 0 added, 0 changed, 0 unchanged; 1 refused (see stderr)');
    expect(await countRows(api.db.dataSource)).toEqual(before);

    const validation = await runKb(['validate', file], {});
    expect(validation.code).toBe(1);
    expect(validation.stderr).toContain('statements[0].cite[0]');
  });

  it('reports a dry run like an ingest and writes nothing', async () => {
    const file = await writeVariant('round-8', (doc) => {
      doc.setIn(['source', 'title'], 'EXAMPLE (FICTIONAL): a variant for the dry run');
      doc.setIn(['rounds', 0, 'number'], 8);
      doc.deleteIn(['participants']);
      doc.deleteIn(['statements']);
      doc.deleteIn(['positions']);
    });
    const before = await countRows(api.db.dataSource);
    const result = await runKb(['ingest', '--dry-run', file], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(': 3 added, 0 changed, 0 unchanged\n  added: source 1, round 1, citation 1\n');
    expect(result.stdout).toContain('dry run, nothing written: would ingest 1 of 1 file');
    expect(await countRows(api.db.dataSource)).toEqual(before);
  });

  it('loads the good files of a batch, refuses the bad one, exits 1, and records the given actor', async () => {
    const good = await writeVariant('changed-outcome', (doc) => doc.setIn(['rounds', 0, 'outcome'], 'Ended without a deal; talks to resume.'));
    const bad = await writeVariant('unknown-key', (doc) => doc.setIn(['rounds', 0, 'venue'], 'Los Angeles'));
    const result = await runKb(['ingest', '--actor', 'wire-desk', good, bad], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(': 0 added, 1 changed, 10 unchanged\n  changed: round 1\n');
    expect(result.stdout).toContain('ingested 1 of 2 files: 0 added, 1 changed, 10 unchanged; 1 refused (see stderr)');
    expect(result.stderr).toMatch(/unknown-key\.yaml: rounds\[0\]\.venue \(line \d+\): unknown key "venue"/);

    const { data } = await api.execute(`{ rounds(filter: { number: 7 }) { nodes { outcome version history { nodes { action actor changes } } } } }`);
    expect(data.rounds.nodes[0]).toMatchObject({ outcome: 'Ended without a deal; talks to resume.', version: 2 });
    expect(data.rounds.nodes[0].history.nodes[0]).toEqual({
      action: 'UPDATE',
      actor: 'wire-desk',
      changes: { outcome: { before: 'Ended without a deal.', after: 'Ended without a deal; talks to resume.' } },
    });
  });

  it('leaves a fact retracted through the API retracted when its file is ingested again', async () => {
    expect((await runKb(['ingest', ARTICLE_YAML], env)).code).toBe(0);
    const { data } = await api.execute(`{ positions(filter: {}) { nodes { id summary version } } }`);
    const position = data.positions.nodes.find((p: any) => p.summary === 'Calls for a fair deal that both sides can accept.');
    const { token } = await makeToken(api.db.dataSource, 'editor', 'retracting-editor');
    const retracted = await api.execute(
      `mutation($input: RetractInput!) { retract(input: $input) { userErrors { code } } }`,
      { input: { id: position.id, version: position.version, reason: 'Not stated by the example.' } },
      undefined,
      { token },
    );
    expect(retracted.data.retract.userErrors).toEqual([]);
    const result = await runKb(['ingest', ARTICLE_YAML], env);
    expect(result.code).toBe(0);
    const after = await api.execute(`query($id: ID!) { node(id: $id) { ... on Position { retractedAt version } } }`, { id: position.id });
    expect(after.data.node).toEqual({ retractedAt: expect.anything(), version: position.version + 1 });
  });
});
