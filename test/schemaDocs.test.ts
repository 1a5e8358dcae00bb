import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestApi, type TestApi } from './support/api.js';

const SCHEMA_FILE = join(ROOT, 'schema.graphql');

/** Findings of `npm run lint:schema`'s rules on `sdl`, as "rule: message" lines. */
async function lintSchema(sdl: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-schema-lint-'));
  try {
    const file = join(dir, 'schema.graphql');
    await writeFile(file, sdl);
    const { schemaLintConfig } = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as { schemaLintConfig: (path: string) => Linter.Config[] };
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: schemaLintConfig(file) });
    const [result] = await eslint.lintFiles(['schema.graphql']);
    return result.messages.map((m) => `${m.ruleId?.replace('@graphql-eslint/', '')}: ${m.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `sdl` with `lines` inserted just after the line `opening` (which must occur once). */
function insertAfter(sdl: string, opening: string, lines: string): string {
  expect(sdl.split(`\n${opening}\n`)).toHaveLength(2);
  return sdl.replace(`\n${opening}\n`, `\n${opening}\n${lines}\n`);
}

describe('the schema documents itself', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = await readFile(SCHEMA_FILE, 'utf8');
  });

  it('passes the schema lint, run as CI runs it, with no findings', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintFiles(['schema.graphql']);
    expect(result.messages).toEqual([]);
    expect(await eslint.isPathIgnored(join(ROOT, 'src/main.ts'))).toBe(true);
  });

  it('reports each kind of element added without a description, root fields of Query and Mutation included', async () => {
    let altered = insertAfter(sdl, 'type Query {', '  unexplained(filter: String): Int');
    altered = insertAfter(altered, 'type Mutation {', '  unexplainedWrite(input: ID!): Boolean');
    altered = insertAfter(altered, 'enum OrderDirection {', '  SIDEWAYS');
    altered = insertAfter(altered, 'input SourceFilter {', '  language: String');
    altered += ['scalar Unexplained', 'type Bare { "Described." a: Int }', 'interface Vague { "Described." a: Int }', 'union Mixed = Source | Figure', 'directive @odd on FIELD_DEFINITION', ''].join('\n');

    expect((await lintSchema(altered)).sort()).toEqual(
      [
        'require-description: Description is required for field "unexplained" in type "Query"',
        'require-description: Description is required for input value "filter" in field "unexplained"',
        'require-description: Description is required for field "unexplainedWrite" in type "Mutation"',
        'require-description: Description is required for input value "input" in field "unexplainedWrite"',
        'require-description: Description is required for enum value "SIDEWAYS" in enum "OrderDirection"',
        'require-description: Description is required for input value "language" in input "SourceFilter"',
        'require-description: Description is required for scalar "Unexplained"',
        'require-description: Description is required for type "Bare"',
        'require-description: Description is required for interface "Vague"',
        'require-description: Description is required for union "Mixed"',
        'require-description: Description is required for directive "odd"',
      ].sort(),
    );
  });

  it('reports a connection that breaks the Relay rules; only ChangeEdge may have a node that is not a Node', async () => {
    const altered = insertAfter(sdl, 'type Query {', '  "Described." notes("Described." first: Int): NoteConnection!') + [
      '"Described." type NoteConnection { "Described." totalCount: Int! "Described." pageInfo: PageInfo "Described." edges: [NoteEdge!]! }',
      '"Described." type NoteEdge { "Described." cursor: String! "Described." node: Change! }',
      '',
    ].join('\n');

    expect((await lintSchema(altered)).sort()).toEqual(
      [
        'relay-arguments: A field that returns a Connection type must include forward pagination arguments (`first` and `after`), backward pagination arguments (`last` and `before`), or both.',
        'relay-connection-types: `pageInfo` field must return a non-null `PageInfo` Object type.',
        "relay-edge-types: Edge type's field `node` must implement `Node` interface.",
      ].sort(),
    );
  });
});

describe('the served schema', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
  });
  afterAll(async () => api?.stop());

  it("gives schema.graphql's descriptions over introspection (the IDE's docs), scalars included", async () => {
    const { data, errors } = await api.execute(getIntrospectionQuery({ descriptions: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(errors).toBeUndefined();
    const served = buildClientSchema(data);
    expect(printSchema(served)).toBe(printSchema(buildSchema(await readFile(SCHEMA_FILE, 'utf8'))));
    expect(served.getType('DateTime')?.description).toMatch(/in UTC/);
  });
});
