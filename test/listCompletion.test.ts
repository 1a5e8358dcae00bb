import { execFile } from 'node:child_process';
import { buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { completeListItemsAsynchronously } from '../src/graphql/schema.js';
import { ROOT } from './support/api.js';

// The shape of the crash of issue 11: a list whose first item waits on a
// promise (a DataLoader) while a later item fails synchronously (a resolver
// refusing its arguments) under a non-null field.
const SDL = 'type Query { items: [Item!]! } type Item { slow: String later: String! }';
const QUERY = '{ items { slow later } }';
const RESOLVERS = `{
  items: () => [{ n: 0 }, { n: 1 }],
}`;
const ITEM_FIELDS = `{
  slow: (item) => (item.n === 0 ? new Promise((resolve) => setTimeout(() => resolve('loaded'), 20)) : null),
  later: () => { throw new Error('refused synchronously'); },
}`;

function buildCrashSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const item = schema.getType('Item') as any;
  const fields = new Function(`return ${ITEM_FIELDS}`)();
  for (const [name, resolve] of Object.entries(fields)) item.getFields()[name].resolve = resolve;
  return schema;
}

describe('completing lists', () => {
  it('leaves no rejection unobserved when a later list item fails synchronously while an earlier one waits', async () => {
    const schema = buildCrashSchema();
    completeListItemsAsynchronously(schema);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const rootValue = new Function(`return ${RESOLVERS}`)();
      const result = await execute({ schema, document: parse(QUERY), rootValue });
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => e.message)).toEqual(['refused synchronously']);
      // Long enough for the first item's field to resolve and its completion to fail.
      await new Promise((r) => setTimeout(r, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('is needed: without it, graphql-js 16 leaves the first item’s rejection unhandled and Node exits', async () => {
    // Plain graphql-js in a child process (an unhandled rejection would fail this test run itself).
    const script = `
      const { buildSchema, execute, parse } = require('graphql');
      const schema = buildSchema(${JSON.stringify(SDL)});
      const fields = ${ITEM_FIELDS};
      for (const [name, resolve] of Object.entries(fields)) schema.getType('Item').getFields()[name].resolve = resolve;
      Promise.resolve(execute({ schema, document: parse(${JSON.stringify(QUERY)}), rootValue: ${RESOLVERS} }))
        .then((r) => console.log('answered', JSON.stringify(r.data)));
    `;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, ['-e', script], { cwd: ROOT }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })),
    );
    expect(stdout).toContain('answered null');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/refused synchronously/);
  });
});
