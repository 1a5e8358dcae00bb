import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';

const CORE = readFileSync(join(CONTRACT_DIR, 'core.graphql'), 'utf8');

function nest(depth: number): string {
  let q = 'id';
  for (let i = 0; i < depth; i++) q = i % 2 === 0 ? `negotiation { ${q} }` : `rounds(first: 1) { nodes { ${q} } }`;
  return `{ rounds(first: 1) { nodes { ${q} } } }`;
}

const OVER_LIMIT: [string, unknown, string][] = [
  ['a query 20 levels deep', { query: nest(20) }, 'QUERY_TOO_COMPLEX'],
  ['100 aliases', { query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: rounds(first: 1) { totalCount }`).join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
  [
    'a query that could return 10^6 nodes',
    { query: '{ statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { negotiation { statements(first: 100) { nodes { id } } } } } } } } }' },
    'QUERY_TOO_COMPLEX',
  ],
  ['a document of 5,000 fields', { query: `{ rounds(first: 1) { nodes { ${'id '.repeat(5000)} } } }` }, 'QUERY_TOO_COMPLEX'],
  ['a batch of 50 operations', Array.from({ length: 50 }, () => ({ query: '{ rounds(first: 1) { totalCount } }' })), 'BATCH_TOO_LARGE'],
  ['a page of 101', { query: '{ people { nodes { statements(first: 101) { totalCount } } } }' }, 'BAD_USER_INPUT'],
];

describe('abuse limits, in production mode', () => {
  let api: TestApi;
  let url: string;
  let sqlStatements = 0;
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' }, observer: { onQuery: () => sqlStatements++ } });
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) };
  }

  it.each(OVER_LIMIT)('refuses %s with a coded error before any SQL runs', async (_label, body, code) => {
    const before = sqlStatements;
    const { status, json, text } = await post(body);
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe(code);
    expect(json.errors[0].message).toEqual(expect.any(String));
    expect(text).not.toMatch(/stacktrace|\s+at .+:\d+:\d+/);
    expect(sqlStatements - before).toBe(0);
  });

  it('lets every contract operation through, far below each limit', async () => {
    for (const [operationName, variables] of [
      ['RoundParticipants', { number: 6 }], ['Statements', { first: 100 }], ['Agreements', {}], ['Positions', {}],
      ['Figures', {}], ['People', { name: null }], ['Search', { query: 'talks' }], ['Sources', {}],
    ] as const) {
      const { status, json } = await post({ query: CORE, operationName, variables });
      expect(json.errors, operationName).toBeUndefined();
      expect(status).toBe(200);
    }
  });

  it('accepts a batch within the cap', async () => {
    const { status, json } = await post(Array.from({ length: 3 }, () => ({ query: '{ rounds(first: 1) { totalCount } }' })));
    expect(status).toBe(200);
    expect(json).toEqual(Array.from({ length: 3 }, () => ({ data: { rounds: { totalCount: 1 } } })));
  });

  it('keeps introspection on for the IDE', async () => {
    const { json } = await post({ query: '{ __schema { queryType { name } } }' });
    expect(json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ rounds { totalCount } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ rounds { totalCount } }' }) });
    expect(form.status).toBe(400);
    const preflighted = await fetch(`${url}?query=${encodeURIComponent('{ rounds { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { rounds: { totalCount: 1 } } });
  });

  it('refuses a body over the size limit', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ rounds { totalCount } } # ${'x'.repeat(1_100_000)}` }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('limits are configurable', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi({ env: { MAX_DEPTH: '3', MAX_BATCH: '0', INTROSPECTION: 'false', MAX_PAGE_SIZE: '5' } });
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  const post = async (body: unknown): Promise<any> =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

  it('applies a lower depth, no batching, no introspection and a smaller page size', async () => {
    expect((await post({ query: nest(3) })).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await post([{ query: '{ rounds { totalCount } }' }])).errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
    expect((await post({ query: '{ __schema { queryType { name } } }' })).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post({ query: '{ statements(first: 6) { totalCount } }' })).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await post({ query: '{ statements(first: 5) { totalCount } }' })).toEqual({ data: { statements: { totalCount: 7 } } });
  });
});
