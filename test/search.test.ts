import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';

const SEARCH = `query($q: String!, $first: Int, $after: String, $types: [SearchableType!]) {
  search(query: $q, first: $first, after: $after, types: $types) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { rank cursor node { __typename ... on Statement { id text } ... on Position { id summary } ... on Source { id title } } }
  }
}`;

describe('full-text search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('puts the closest match first and never ranks a later result higher', async () => {
    const { data, errors } = await api.execute(SEARCH, { q: 'pay us a lot more' });
    expect(errors).toBeUndefined();
    const edges = data.search.edges;
    expect(edges[0].node.text).toBe("They're going to pay us a lot more.");
    const ranks = edges.map((e: any) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
  });

  it('matches stemmed words (negotiating finds negotiations)', async () => {
    const { data } = await api.execute(SEARCH, { q: 'negotiating' });
    expect(data.search.totalCount).toBeGreaterThan(0);
    expect(data.search.edges.some((e: any) => /negotiations/.test(e.node.text ?? e.node.summary ?? ''))).toBe(true);
  });

  it('understands quoted phrases and exclusions', async () => {
    const phrase = await api.execute(SEARCH, { q: '"reasonable and equitable"', types: ['POSITION'] });
    expect(phrase.data.search.edges.map((e: any) => e.node.__typename)).toEqual(['Position']);
    const excluded = await api.execute(SEARCH, { q: 'differences -comprehensive', types: ['STATEMENT'] });
    expect(excluded.data.search.edges.every((e: any) => !/comprehensive/.test(e.node.text))).toBe(true);
    expect(excluded.data.search.totalCount).toBeGreaterThan(0);
  });

  it('restricts results to the asked types', async () => {
    const { data } = await api.execute(SEARCH, { q: 'differences', types: ['SOURCE'] });
    expect(data.search.edges.map((e: any) => e.node.__typename)).toEqual(['Source']);
  });

  it('pages through results in rank order, each once', async () => {
    const whole = await api.execute(SEARCH, { q: 'differences OR Washington OR pay', first: 100 });
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data } = await api.execute(SEARCH, { q: 'differences OR Washington OR pay', first: 2, after });
      ids.push(...data.search.edges.map((e: any) => e.node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(ids).toEqual(whole.data.search.edges.map((e: any) => e.node.id));
    expect(ids.length).toBe(whole.data.search.totalCount);
  });

  it('refuses a cursor from a different search', async () => {
    const a = await api.execute(SEARCH, { q: 'differences', first: 1 });
    const b = await api.execute(SEARCH, { q: 'Washington', first: 1, after: a.data.search.pageInfo.endCursor });
    expect(b.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });
});
