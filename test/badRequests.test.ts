import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/globalId.js';
import { startTestApi, type TestApi } from './support/api.js';
import { countRows, makeToken } from './support/editing.js';

/** A cursor like `cursor` with its key values changed by `edit` (a forged one). */
function forge(cursor: string, edit: (parts: unknown[]) => unknown[]): string {
  return Buffer.from(JSON.stringify(edit(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))), 'utf8').toString('base64url');
}

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

  describe('forged cursors whose values do not fit their SQL types', () => {
    const firstCursor = async (query: string, pick: (data: any) => string) => pick((await post({ query })).json.data);
    const refuses = async (query: string, after: string) => {
      const { status, json } = await post({ query, variables: { a: after } });
      expect(status).toBeLessThan(500);
      expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INVALID_CURSOR']);
    };

    it('refuses ids and sort values out of range in a list cursor', async () => {
      const statements = await firstCursor('{ statements(first: 1) { pageInfo { endCursor } } }', (d) => d.statements.pageInfo.endCursor);
      const q = 'query($a: String) { statements(first: 2, after: $a) { nodes { id } } }';
      await refuses(q, forge(statements, ([tag, sort]) => [tag, sort, 2 ** 31]));
      await refuses(q, forge(statements, ([tag, sort]) => [tag, sort, -(2 ** 31) - 1]));
      await refuses(q, forge(statements, ([tag, , id]) => [tag, '0000-01-01', id]));
      await refuses(q, forge(statements, ([tag, , id]) => [tag, '2020-02-30', id]));
      const positions = await firstCursor('{ positions(first: 1) { pageInfo { endCursor } } }', (d) => d.positions.pageInfo.endCursor);
      const p = 'query($a: String) { positions(first: 2, after: $a) { nodes { id } } }';
      for (const sort of ['-0', '0', '2020-01-16', '10000-01-01 00:00:00+00', '2020-01-16 25:00:00+00']) await refuses(p, forge(positions, ([tag, , id]) => [tag, sort, id]));
      const people = await firstCursor('{ people(first: 1) { pageInfo { endCursor } } }', (d) => d.people.pageInfo.endCursor);
      await refuses('query($a: String) { people(first: 2, after: $a) { nodes { id } } }', forge(people, ([tag, , id]) => [tag, 'a\u0000b', id]));
    });

    it('refuses ranks and ids out of range in a search cursor', async () => {
      const search = await firstCursor('{ search(query: "talks", first: 1) { pageInfo { endCursor } } }', (d) => d.search.pageInfo.endCursor);
      const q = 'query($a: String) { search(query: "talks", first: 2, after: $a) { nodes { __typename } } }';
      for (const rank of [1e39, -1e39, 1e-45]) await refuses(q, forge(search, ([tag, , order, id]) => [tag, rank, order, id]));
      await refuses(q, forge(search, ([tag, rank, order]) => [tag, rank, order, 2 ** 31]));
      await refuses(q, forge(search, ([tag, rank, , id]) => [tag, rank, 2 ** 31, id]));
    });

    it('refuses an offset out of range in a nested cursor, before anything runs', async () => {
      const nested = Buffer.from(JSON.stringify(['negotiationRounds', 2 ** 31 - 50]), 'utf8').toString('base64url');
      const { status, json } = await post({ query: 'query($a: String) { negotiations { nodes { rounds(after: $a) { totalCount } } } }', variables: { a: nested } });
      expect(status).toBe(400);
      expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INVALID_CURSOR']);
    });
  });

  describe('NUL characters, which PostgreSQL cannot store in text', () => {
    it.each([
      ['a filter', 'query($v: String) { people(filter: { name: $v }) { totalCount } }', 'filter.name'],
      ['search text', 'query($v: String!) { search(query: $v) { totalCount } }', 'query'],
      ['an ID', 'query($v: ID!) { node(id: $v) { id } }', 'id'],
    ])('are refused in %s with BAD_USER_INPUT naming the argument', async (_label, query, argument) => {
      const { status, json } = await post({ query, variables: { v: 'a\u0000b' } });
      expect(status).toBe(400);
      expect(json.errors).toEqual([{ message: `${argument} contains a NUL character (U+0000), which cannot be stored; remove it.`, extensions: { code: 'BAD_USER_INPUT', argument } }]);
    });

    it('are refused in the values of a document the server has already answered, fragments included', async () => {
      const query = 'query($v: String!) { ...S } fragment S on Query { search(query: $v) { totalCount } }';
      expect(await post({ query, variables: { v: 'pay' } })).toMatchObject({ status: 200, json: { data: { search: { totalCount: expect.any(Number) } } } });
      const { status, json } = await post({ query, variables: { v: 'pay\u0000' } });
      expect(status).toBe(400);
      expect(json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
      expect(await post({ query, variables: { v: 'more' } })).toMatchObject({ status: 200 });
    });

    it('are refused in a mutation input, naming the input field, and nothing is written', async () => {
      const { token } = await makeToken(api.db.dataSource, 'editor');
      const before = await countRows(api.db.dataSource);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($i: AddPersonInput!) { addPerson(input: $i) { person { id } userErrors { message } } }',
          variables: { i: { name: 'Someone', citations: [{ sourceId: toGlobalId('Source', 1), excerpt: 'x\u0000' }] } },
        }),
      });
      expect(res.status).toBe(400);
      const json: any = await res.json();
      expect(json.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.citations[0].excerpt' });
      expect(await countRows(api.db.dataSource)).toEqual(before);
    });
  });

  it.each([
    ['a literal', '{ rounds(filter: { to: "0000-01-01" }) { totalCount } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable', 'query($d: Date) { rounds(filter: { to: $d }) { totalCount } }', { d: '0000-12-31' }, 'BAD_USER_INPUT'],
  ])('refuses a Date in year 0000 (PostgreSQL has no year 0) given as %s', async (_label, query, variables, code) => {
    const { status, json } = await post({ query, variables });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe(code);
    expect(json.errors[0].message).toMatch(/year must be from 0001 to 9999/);
  });

  it('accepts the first and last storable days', async () => {
    const { json } = await post({ query: '{ rounds(filter: { from: "0001-01-01", to: "9999-12-31" }) { totalCount } }' });
    expect(json).toEqual({ data: { rounds: { totalCount: 1 } } });
  });

  it('refuses a subscription with OPERATION_NOT_SUPPORTED and a 400', async () => {
    const { status, json } = await post({ query: 'subscription { __typename }' });
    expect(status).toBe(400);
    expect(json.errors).toEqual([{ message: 'This API serves queries and mutations; subscriptions are not supported.', extensions: { code: 'OPERATION_NOT_SUPPORTED' } }]);
  });

  it.each([
    ['a hash that is not the query’s', { version: 1, sha256Hash: 'a'.repeat(64) }],
    ['an unknown version', { version: 2, sha256Hash: 'a'.repeat(64) }],
    ['a malformed extension', 'yes'],
  ])('refuses an automatic persisted query with %s with PERSISTED_QUERY_INVALID and a 400', async (_label, persistedQuery) => {
    const { status, json } = await post({ query: '{ __typename }', extensions: { persistedQuery } });
    expect(status).toBe(400);
    expect(codeOf(json)).toBe('PERSISTED_QUERY_INVALID');
  });

  it('answers an unknown persisted query hash with PERSISTED_QUERY_NOT_FOUND, as clients expect', async () => {
    const { json } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } });
    expect(codeOf(json)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it.each([
    ['an Authorization header', (u: string) => fetch(u, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(20_000)}` }, body: '{"query":"{ __typename }"}' })],
    ['a query string', (u: string) => fetch(`${u}?query=${'a'.repeat(20_000)}`)],
  ])('answers 20 KB in %s with 431 and a short JSON error', async (_label, send) => {
    const res = await send(url);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request line and headers are over the 16384-byte limit.', extensions: { code: 'HEADERS_TOO_LARGE' } }] });
  });
});
