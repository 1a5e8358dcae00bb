import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';

const PAGE = `query($first: Int!, $after: String, $dir: OrderDirection) {
  statements(first: $first, after: $after, orderBy: { field: STATED_ON, direction: $dir }) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id statedOn { start } } }
  }
}`;

describe('cursor pagination', () => {
  let api: TestApi;
  let all: { id: string; statedOn: { start: string } | null }[];
  beforeAll(async () => {
    api = await startTestApi();
    const { data } = await api.execute(PAGE, { first: 100, dir: 'DESC' });
    all = data.statements.edges.map((e: any) => e.node);
  });
  afterAll(async () => api?.stop());

  for (const size of [1, 2, 3]) {
    it(`walks every statement once, in order, ${size} at a time`, async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { data, errors } = await api.execute(PAGE, { first: size, after, dir: 'DESC' });
        expect(errors).toBeUndefined();
        expect(data.statements.totalCount).toBe(all.length);
        expect(data.statements.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...data.statements.edges.map((e: any) => e.node.id));
        pages++;
        if (!data.statements.pageInfo.hasNextPage) break;
        after = data.statements.pageInfo.endCursor;
        expect(pages).toBeLessThan(100);
      }
      expect(seen).toEqual(all.map((n) => n.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.ceil(all.length / size));
    });
  }

  it('gives the reverse order when asked ascending, undated statements first', async () => {
    const { data } = await api.execute(PAGE, { first: 100, dir: 'ASC' });
    expect(data.statements.edges.map((e: any) => e.node.id)).toEqual(all.map((n) => n.id).reverse());
  });

  it('resumes after any edge cursor, not only the last', async () => {
    const first = await api.execute(PAGE, { first: 3, dir: 'DESC' });
    const second = await api.execute(PAGE, { first: 2, after: first.data.statements.edges[0].cursor, dir: 'DESC' });
    expect(second.data.statements.edges.map((e: any) => e.node.id)).toEqual(all.slice(1, 3).map((n) => n.id));
  });

  it('pages a nested connection (a source’s citations) with its own cursors', async () => {
    const q = `query($after: String) { sources(first: 1) { nodes { citations(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { start } } } } }`;
    const starts: number[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { data, errors } = await api.execute(q, { after });
      expect(errors).toBeUndefined();
      const c = data.sources.nodes[0].citations;
      total = c.totalCount;
      starts.push(...c.nodes.map((n: any) => n.start));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(starts).toHaveLength(total);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
