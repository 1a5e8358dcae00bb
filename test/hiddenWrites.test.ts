import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { encodeCursor } from '../src/lib/cursor.js';
import { nestedConnectionTag } from '../src/services/read/pagination.js';
import { ROOT, startTestApi, type TestApi } from './support/api.js';
import { countRows, EXAMPLE_SOURCE, makeToken } from './support/editing.js';

describe('no write is hidden behind an error', () => {
  let api: TestApi;
  let url: string;
  let token: string;
  let sourceId: string;
  let personId: string;

  async function post(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, json: (await res.json()) as any };
  }

  const addPerson = (alias: string, name: string, extra = '') =>
    `${alias}: addPerson(input: { name: "${name}", citations: [{ sourceId: $s, excerpt: "Jeong said" }] }) { person { id name ${extra} } userErrors { code } }`;

  beforeAll(async () => {
    api = await startTestApi();
    url = await api.listen();
    ({ token } = await makeToken(api.db.dataSource, 'editor'));
    const source = await post('mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }', { i: EXAMPLE_SOURCE });
    sourceId = source.json.data.addSource.source.id;
    personId = (await post('{ people(filter: { name: "Jeong" }) { nodes { id } } }')).json.data.people.nodes[0].id;
  });
  afterAll(async () => api?.stop());

  it('makes every mutation field nullable, so one failing mutation cannot null the others', async () => {
    const { json } = await post('{ __schema { mutationType { fields { name type { kind } } } } }');
    const kinds = new Set(json.data.__schema.mutationType.fields.map((f: any) => f.type.kind));
    expect([...kinds]).toEqual(['OBJECT']);
  });

  it('answers the mutations that committed when a later one in the document fails', async () => {
    // A real failure of the database for one table (a trigger), not of the request.
    await api.db.dataSource.query(`CREATE FUNCTION refuse_issue() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await api.db.dataSource.query(`CREATE TRIGGER refuse_issue BEFORE INSERT ON "issue" FOR EACH ROW EXECUTE FUNCTION refuse_issue()`);
    try {
      const { status, json } = await post(
        `mutation($s: ID!) {
          ${addPerson('first', 'EXAMPLE (fictional) First Committed')}
          second: addIssue(input: { name: "EXAMPLE (fictional) issue", citations: [{ sourceId: $s, excerpt: "Jeong said" }] }) { issue { id } userErrors { code } }
          ${addPerson('third', 'EXAMPLE (fictional) Third Committed')}
        }`,
        { s: sourceId },
      );
      expect(status).toBe(200);
      expect(json.data.first).toEqual({ person: { id: expect.any(String), name: 'EXAMPLE (fictional) First Committed' }, userErrors: [] });
      expect(json.data.second).toBeNull();
      expect(json.data.third.person.name).toBe('EXAMPLE (fictional) Third Committed');
      expect(json.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['second'], 'INTERNAL_SERVER_ERROR']]);
      expect(JSON.stringify(json)).not.toMatch(/injected failure|"issue"|trigger/);
    } finally {
      await api.db.dataSource.query('DROP TRIGGER refuse_issue ON "issue"; DROP FUNCTION refuse_issue()');
    }
  });

  it.each([
    ['a malformed cursor', () => 'x'],
    ['a cursor of another list', () => encodeCursor('negotiationRounds', [1])],
    ['an offset out of range', () => encodeCursor('history', [2 ** 31])],
  ])('refuses the whole document before any write when a payload field has %s', async (_label, cursor) => {
    const before = await countRows(api.db.dataSource);
    const { status, json } = await post(
      `mutation($s: ID!, $c: String) {
        ${addPerson('a', 'EXAMPLE (fictional) Never Written A')}
        ${addPerson('b', 'EXAMPLE (fictional) Never Written B', 'history(after: $c) { totalCount }')}
        ${addPerson('c', 'EXAMPLE (fictional) Never Written C')}
      }`,
      { s: sourceId, c: cursor() },
    );
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INVALID_CURSOR']);
    expect(await countRows(api.db.dataSource)).toEqual(before);
  });

  it('refuses, in a mutation, a cursor that suits only some of the types an interface field can be', async () => {
    const personCursor = (await post('query($id: ID!) { node(id: $id) { ... on Person { statements(first: 1) { pageInfo { endCursor } } } } }', { id: personId }))
      .json.data.node.statements.pageInfo.endCursor;
    expect(personCursor).toEqual(expect.any(String));
    // In a query it is fine: the speaker is a person at run time.
    const read = await post('query($c: String, $p: ID) { statements(first: 1, filter: { speakerId: $p }) { nodes { speaker { statements(after: $c) { totalCount } } } } }', {
      c: personCursor,
      p: personId,
    });
    expect(read.json.errors).toBeUndefined();
    const before = await countRows(api.db.dataSource);
    const { status, json } = await post(
      `mutation($s: ID!, $p: ID!, $c: String) {
        recordStatement(input: { speakerId: $p, negotiationId: null, text: "EXAMPLE (fictional)", kind: PARAPHRASE, citations: [{ sourceId: $s, excerpt: "Jeong said" }] }) {
          statement { speaker { statements(after: $c) { totalCount } } } userErrors { code }
        }
      }`,
      { s: sourceId, p: personId, c: personCursor },
    );
    expect(status).toBe(400);
    expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INVALID_CURSOR']);
    expect(await countRows(api.db.dataSource)).toEqual(before);
  });

  it('knows the cursor tag of every nested connection, and accepts the cursors each one gives out', async () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
    const nested = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType())
      .flatMap((t) => Object.values((t as any).getFields() as Record<string, any>).filter((f) => (getNamedType(f.type) as unknown as { name: string }).name.endsWith('Connection')).map((f) => [t.name, f.name as string]));
    expect(nested.length).toBeGreaterThan(15);
    expect(nested.filter(([type, field]) => nestedConnectionTag(type, field) === undefined)).toEqual([]);

    const page = `query($c: String) { negotiations { nodes { rounds(first: 1, after: $c) { pageInfo { endCursor } } statements(first: 1, after: $c) { pageInfo { endCursor } }
      history(first: 1, after: $c) { pageInfo { endCursor } } } } sources(first: 1) { nodes { citations(first: 1, after: $c) { pageInfo { endCursor } } } } }`;
    const first = (await post(page.replaceAll(', after: $c', '').replace('query($c: String) ', ''))).json.data;
    const cursors = [
      ['rounds', first.negotiations.nodes[0].rounds.pageInfo.endCursor],
      ['statements', first.negotiations.nodes[0].statements.pageInfo.endCursor],
      ['history', first.negotiations.nodes[0].history.pageInfo.endCursor],
      ['citations', first.sources.nodes[0].citations.pageInfo.endCursor],
    ];
    for (const [field, cursor] of cursors) {
      const query = field === 'citations'
        ? 'query($c: String) { sources(first: 1) { nodes { citations(first: 1, after: $c) { totalCount } } } }'
        : `query($c: String) { negotiations { nodes { ${field}(first: 1, after: $c) { totalCount } } } }`;
      expect((await post(query, { c: cursor })).json.errors, field).toBeUndefined();
    }
  });
});
