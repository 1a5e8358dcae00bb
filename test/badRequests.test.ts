import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/globalId.js';
import { startTestApi, type TestApi } from './support/api.js';

describe('bad requests get a coded error or a correct empty answer, never a 500', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi();
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  async function post(body: unknown, raw = false): Promise<{ status: number; json: any; text: string }> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(/\s+at .+\(.+:\d+:\d+\)|stacktrace|SELECT |"citation"|"statement"/);
    return { status: res.status, json: JSON.parse(text), text };
  }
  const codeOf = (json: any) => json.errors?.[0]?.extensions?.code;

  it('refuses an unknown field before running anything', async () => {
    const { status, json } = await post({ query: '{ rounds { nodes { id secretField } } }' });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toMatch(/secretField/);
  });

  it('refuses a variable of the wrong type', async () => {
    const { status, json } = await post({ query: 'query($n: Int!) { rounds(filter: { number: $n }) { totalCount } }', variables: { n: 'six' } });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('BAD_USER_INPUT');
  });

  it('refuses a body that is not JSON', async () => {
    const { status, json } = await post('{"query": ', true);
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('BAD_REQUEST');
  });

  it.each([-1, 101, 1_000_000])('refuses first = %i with BAD_USER_INPUT naming the limits', async (first) => {
    const { json } = await post({ query: 'query($f: Int) { statements(first: $f) { totalCount nodes { id } } }', variables: { f: first } });
    expect(json.data ?? null).toBeNull();
    expect(codeOf(json)).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/between 0 and 100/);
  });

  it('answers first = 0 with no nodes but the true total', async () => {
    const { json } = await post({ query: '{ statements(first: 0) { totalCount nodes { id } pageInfo { hasNextPage } } }' });
    expect(json.errors).toBeUndefined();
    expect(json.data.statements.nodes).toEqual([]);
    expect(json.data.statements.totalCount).toBeGreaterThan(0);
    expect(json.data.statements.pageInfo.hasNextPage).toBe(true);
  });

  it.each(['garbage', '', 'WyJ4Il0', Buffer.from('["statements:STATED_ON:DESC","x",1]').toString('base64url')])(
    'refuses the cursor %j with INVALID_CURSOR',
    async (after) => {
      const { json } = await post({ query: 'query($a: String) { statements(first: 2, after: $a) { nodes { id } } }', variables: { a: after } });
      expect(codeOf(json)).toBe(after === '' ? 'INVALID_CURSOR' : 'INVALID_CURSOR');
    },
  );

  it('refuses a cursor taken from another list', async () => {
    const people = await post({ query: '{ people(first: 1) { pageInfo { endCursor } } }' });
    const cursor = people.json.data.people.pageInfo.endCursor;
    const { json } = await post({ query: 'query($a: String) { statements(first: 2, after: $a) { nodes { id } } }', variables: { a: cursor } });
    expect(codeOf(json)).toBe('INVALID_CURSOR');
  });

  it('refuses a garbage global ID with INVALID_ID', async () => {
    for (const id of ['garbage!', 'Zm9vOmJhcg', toGlobalId('Secret', 1), '']) {
      const { json } = await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } });
      expect(codeOf(json)).toBe('INVALID_ID');
    }
  });

  it('answers null for a well-formed ID of nothing', async () => {
    const { json } = await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: toGlobalId('Round', 999999) } });
    expect(json).toEqual({ data: { node: null } });
  });

  it('refuses an ID of the wrong type in a filter', async () => {
    const { json } = await post({ query: 'query($id: ID) { rounds(filter: { negotiationId: $id }) { totalCount } }', variables: { id: toGlobalId('Person', 1) } });
    expect(codeOf(json)).toBe('INVALID_ID');
    expect(json.errors[0].message).toMatch(/filter\.negotiationId/);
  });

  it.each([
    ['SQL', "'; DROP TABLE statement; --"],
    ['tsquery operators', "differences & | ! ( ) :* <-> 'x'"],
    ['an unterminated quote', '"unterminated'],
    ['LIKE and escape characters', '%_\\'],
    ['5,000 characters', 'a'.repeat(5000)],
    ['only spaces', '   '],
  ])('searches for text with %s without error', async (_label, text) => {
    const { json } = await post({ query: 'query($q: String!) { search(query: $q) { totalCount nodes { __typename } } }', variables: { q: text } });
    expect(json.errors).toBeUndefined();
    expect(json.data.search.totalCount).toBe(json.data.search.nodes.length);
  });

  it('still has its data after SQL in a search', async () => {
    const { json } = await post({ query: '{ statements(first: 1) { totalCount } }' });
    expect(json.data.statements.totalCount).toBeGreaterThan(0);
  });

  it('treats % and _ in a name filter as themselves, not wildcards', async () => {
    for (const name of ['%', '_', 'J%t', '\\']) {
      const { json } = await post({ query: 'query($n: String) { people(filter: { name: $n }) { totalCount nodes { name } } }', variables: { n: name } });
      expect(json).toEqual({ data: { people: { totalCount: 0, nodes: [] } } });
    }
    const { json } = await post({ query: '{ people(filter: { name: "eun" }) { nodes { name } } }' });
    expect(json.data.people.nodes).toEqual([{ name: 'Jeong Eun-bo' }]);
  });

  it('refuses an impossible date in a filter', async () => {
    const { status, json } = await post({ query: '{ statements(filter: { from: "2020-02-30" }) { totalCount } }' });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
