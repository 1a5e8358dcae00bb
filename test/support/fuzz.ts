/**
 * A schema-driven fuzzer for the GraphQL API: documents built from the
 * server's introspected schema with random selections and arguments (forged
 * cursors and IDs, hostile strings and dates), mutations with and without
 * tokens, and malformed HTTP; every answer is checked (fast-check draws every
 * choice, so a seed replays a run exactly).
 */
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType, isEnumType, isInputObjectType, isInterfaceType, isLeafType,
  isListType, isNonNullType, isObjectType, isScalarType, isUnionType, type GraphQLField, type GraphQLInputType, type GraphQLNamedType,
  type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { encodeCursor } from '../../src/lib/cursor.js';
import { toGlobalId } from '../../src/lib/globalId.js';

type Draw = <T>(arb: fc.Arbitrary<T>) => T;

export interface FuzzTarget {
  url: string;
  dataSource: DataSource;
  /** Bearer tokens by role; `none` sends no header. */
  tokens: { editor: string; reader: string };
  /** False once the server process has exited. */
  isAlive: () => boolean;
}

export interface FuzzFigures {
  documents: number;
  mutations: number;
  malformedHttp: number;
  crashes: number;
  internalErrors: number;
  serverErrors: number;
  leaks: number;
  writesBehindErrors: number;
  /** The first few findings, for the failure message. */
  findings: string[];
}

const HOSTILE_STRINGS = [
  '', ' ', 'a\u0000b', '\u0000', "'; DROP TABLE statement; --", '%_\\', '\\', '"', '\ud800', '😀'.repeat(50), 'x'.repeat(5_000), 'Jeong', 'talks',
  'SELECT * FROM "citation"', '<script>alert(1)</script>', '-0', 'NaN', 'null', '\n\t\r',
];
const DATES = ['2020-01-16', '2020-02-29', '0001-01-01', '9999-12-31', '0000-01-01', '2020-02-30', '10000-01-01', '-0001-01-01', '2020-1-1', ''];
const INTS = [0, 1, -1, 6, 20, 100, 101, 2_147_483_647, -2_147_483_648];
const FLOATS = [0, -0, 1.5, 1e39, -1e39, 1e-45, 1e308, -1e308, 28000];
const TAGS = ['statements:STATED_ON:DESC', 'positions:CREATED:ASC', 'people:NAME:ASC', 'rounds:NUMBER:ASC', 'figures:VALUE:DESC', 'history', 'negotiationRounds', 'sourceCitations', 'personStatements', 'search:xxxxxxxxxxxxxxxx'];
const CURSOR_VALUES: unknown[] = [2 ** 31, -(2 ** 31) - 1, 1e39, 1e-45, '-0', '0000-01-01', 'a\u0000', 'infinity', 1, 0, -1, '2020-01-16', null, [], {}, 'x'.repeat(300)];

/** What the fuzzer draws IDs and cursors from: the real ones of the database, plus forged ones. */
interface Pools {
  ids: string[];
  cursors: string[];
  sourceIds: string[];
  excerpts: string[];
}

async function collectPools(dataSource: DataSource): Promise<Pools> {
  const ids: string[] = [];
  for (const [type, table] of [
    ['Source', 'source'], ['Citation', 'citation'], ['Organization', 'organization'], ['Person', 'person'], ['Affiliation', 'affiliation'],
    ['Agreement', 'agreement'], ['Negotiation', 'negotiation'], ['Round', 'round'], ['Delegation', 'delegation'], ['DelegationMember', 'delegation_member'],
    ['RoundParticipant', 'round_participant'], ['Statement', 'statement'], ['Issue', 'issue'], ['Position', 'position'], ['Figure', 'figure'],
  ]) {
    for (const { id } of await dataSource.query(`SELECT "id" FROM "${table}" ORDER BY "id" LIMIT 5`)) ids.push(toGlobalId(type, id));
  }
  const sources = await dataSource.query(`SELECT "id", "text" FROM "source" LIMIT 3`);
  const excerpts = sources.flatMap((s: { text: string }) => [s.text.slice(0, 20), s.text.slice(100, 140), s.text.slice(-30)]);
  return { ids, cursors: [], sourceIds: sources.map((s: { id: number }) => toGlobalId('Source', s.id)), excerpts };
}

/** A forged or real cursor. */
function drawCursor(draw: Draw, pools: Pools): string {
  const kind = draw(fc.integer({ min: 0, max: 3 }));
  if (kind === 0 && pools.cursors.length > 0) return draw(fc.constantFrom(...pools.cursors));
  if (kind === 1) return draw(fc.constantFrom('x', '', 'WyJ4Il0', '!!!', 'a'.repeat(1_200)));
  const tag = draw(fc.constantFrom(...TAGS));
  const values = draw(fc.array(fc.constantFrom(...CURSOR_VALUES), { minLength: 0, maxLength: 4 }));
  return encodeCursor(tag, values);
}

function drawId(draw: Draw, pools: Pools): string {
  return draw(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pools.ids) },
      fc.constantFrom('garbage', '', 'Um91bmQ6MA', toGlobalId('Round', 2 ** 31), toGlobalId('Round', 999_999), toGlobalId('Secret', 1), 'a\u0000'),
    ),
  );
}

/** A value for an input type, as JSON for variables (undefined: leave the field out). */
function drawValue(draw: Draw, type: GraphQLInputType, name: string, pools: Pools, depth: number): unknown {
  if (!isNonNullType(type) && draw(fc.integer({ min: 0, max: 9 })) === 0) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const n = draw(fc.integer({ min: 0, max: depth > 2 ? 1 : 3 }));
    return Array.from({ length: n }, () => drawValue(draw, nullable.ofType, name, pools, depth + 1));
  }
  if (isEnumType(nullable)) return draw(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...nullable.getValues().map((v) => v.name)) }, fc.constant('NOT_A_VALUE')));
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (!isNonNullType(field.type) && draw(fc.boolean())) continue;
      out[field.name] = drawValue(draw, field.type, field.name, pools, depth + 1);
    }
    return out;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'ID':
        return name === 'sourceId' && draw(fc.boolean()) ? draw(fc.constantFrom(...pools.sourceIds)) : drawId(draw, pools);
      case 'Int':
        return draw(fc.oneof(fc.constantFrom(...INTS), fc.integer({ min: -5, max: 30 })));
      case 'Float':
        return draw(fc.constantFrom(...FLOATS));
      case 'Boolean':
        return draw(fc.boolean());
      case 'Date':
        return draw(fc.constantFrom(...DATES));
      default:
        if (name === 'after') return drawCursor(draw, pools);
        if (name === 'excerpt' && draw(fc.boolean())) return draw(fc.constantFrom(...pools.excerpts));
        return draw(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) }, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })));
    }
  }
  return null;
}

/** The GraphQL type of a variable for an argument type (same type, printed). */
const typeName = (type: GraphQLInputType): string => String(type);

interface Built {
  text: string;
  variables: Record<string, unknown>;
}

/** A selection set on `type`, a few fields deep, arguments as variables. */
function drawSelection(draw: Draw, schema: GraphQLSchema, type: GraphQLNamedType, depth: number, built: Built, pools: Pools): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const picks = draw(fc.subarray([...possible], { minLength: 1, maxLength: Math.min(2, possible.length) }));
    return `{ __typename ${picks.map((t) => `... on ${t.name} ${drawSelection(draw, schema, t, depth, built, pools)}`).join(' ')} }`;
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const nested = depth < 3 ? fields.filter((f) => !isLeafType(getNamedType(f.type))) : [];
  const chosen = [
    ...draw(fc.subarray(leaves, { minLength: leaves.length ? 1 : 0, maxLength: Math.min(3, leaves.length) })),
    ...draw(fc.subarray(nested, { maxLength: Math.min(depth === 0 ? 3 : 2, nested.length) })),
  ];
  if (chosen.length === 0) return '{ __typename }';
  return `{ ${chosen.map((f) => drawField(draw, schema, f, depth + 1, built, pools)).join(' ')} }`;
}

function drawField(draw: Draw, schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number, built: Built, pools: Pools): string {
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && draw(fc.integer({ min: 0, max: 2 })) !== 0) continue;
    const name = `v${Object.keys(built.variables).length}`;
    built.variables[name] = drawValue(draw, arg.type, arg.name, pools, 0);
    built.text += `${built.text ? ', ' : ''}$${name}: ${typeName(arg.type)}`;
    args.push(`${arg.name}: $${name}`);
  }
  const selection = drawSelection(draw, schema, getNamedType(field.type)!, depth, built, pools);
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection}`;
}

/** A whole operation: 1-3 root fields of Query or Mutation. */
function drawOperation(draw: Draw, schema: GraphQLSchema, root: GraphQLObjectType, pools: Pools): { query: string; variables: Record<string, unknown> } {
  const built: Built = { text: '', variables: {} };
  const fields = draw(fc.array(fc.constantFrom(...Object.values(root.getFields())), { minLength: 1, maxLength: 3 }));
  const kind = root === schema.getMutationType() ? 'mutation' : 'query';
  // A mutation's userErrors are always selected: they tell whether it wrote.
  const body = fields.map((f, i) => `f${i}: ${drawField(draw, schema, f, 0, built, pools).replace(/\}\s*$/, kind === 'mutation' ? ' userErrors { code } }' : '}')}`).join(' ');
  return { query: `${kind}${built.text ? `(${built.text})` : ''} { ${body} }`, variables: built.variables };
}

/** Sends raw bytes and resolves with the status line's code (0 when the connection closed without one). */
function sendRaw(url: string, raw: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(Number(port), hostname, () => socket.end(raw));
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('error', () => resolve({ status: 0, body: data }));
      socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
      socket.setTimeout(5_000, () => socket.destroy());
    });
  });
}

function drawMalformed(draw: Draw, url: string): { raw?: string; fetch?: RequestInit & { url: string } } {
  const path = new URL(url).pathname;
  const host = new URL(url).host;
  return draw(
    fc.constantFrom<{ raw?: string; fetch?: RequestInit & { url: string } }>(
      { raw: 'GARBAGE\r\n\r\n' },
      { raw: `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello` },
      { raw: `GET ${path}?query=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n` },
      { raw: `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\nContent-Length: 2\r\n\r\n{}` },
      { raw: `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n` },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 5}' } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }", "variables": "x"}' } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.from({ length: 12 }, () => ({ query: '{ __typename }' }))) } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' } },
      { fetch: { url, method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } },
      { fetch: { url: `${url}?query=${encodeURIComponent('mutation { retract(input: {id: "x", version: 1, reason: "r"}) { retractedId } }')}`, method: 'GET', headers: { 'apollo-require-preflight': '1' } } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'subscription { __typename }' }) } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }) } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions: { persistedQuery: { version: 3, sha256Hash: 5 } } }) } },
      { fetch: { url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ rounds { totalCount } } # ' + 'x'.repeat(1_100_000) }) } },
    ),
  );
}

/** Table name -> rows, for every table, in one statement. */
async function snapshot(dataSource: DataSource, tables: string[]): Promise<string> {
  const [row] = await dataSource.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}, (SELECT coalesce(sum("version"), 0) FROM "round")::int AS "roundVersions"`);
  return JSON.stringify(row);
}

/**
 * What an error message must never contain: SQL, stack frames (a source file
 * with line and column: "at f (/app/dist/x.js:1:2)"; not a time such as
 * "09:00:00" in a message), driver or table names.
 */
function leakPattern(tables: string[]): RegExp {
  return new RegExp(`\\bSELECT\\b|\\bINSERT INTO\\b|\\bWHERE\\b|violates|relation "|column "|constraint "|\\bat (?:\\S+ \\()?\\S*\\.[cm]?[jt]sx?:\\d+:\\d+|QueryFailedError|typeorm|node_modules|stacktrace${tables.map((t) => `|"${t}"`).join('')}`, 'i');
}

/** Every string the client sent (variable values, string literals of its document), longest first. */
function clientStrings(sent: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      found.add(value);
      for (const [, literal] of value.matchAll(/"((?:[^"\\]|\\.)*)"/g)) found.add(literal.replace(/\\(.)/g, '$1'));
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(sent);
  return [...found].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** `text` with every value the client sent taken out, as written and as JSON quotes it. */
function withoutClientValues(text: string, sent: unknown): string {
  let out = text;
  for (const value of clientStrings(sent)) {
    for (const form of [JSON.stringify(value).slice(1, -1), JSON.stringify(JSON.stringify(value)).slice(1, -1), value]) out = out.split(form).join('');
  }
  return out;
}

/**
 * Sends `runs` generated requests to `target` (seeded by `seed`), one at a
 * time, and returns what it found.
 */
export async function fuzzServer(target: FuzzTarget, options: { runs: number; seed: number }): Promise<FuzzFigures> {
  const introspection = await (await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: getIntrospectionQuery() }) })).json();
  const schema = buildClientSchema((introspection as { data: never }).data);
  const pools = await collectPools(target.dataSource);
  const tables: string[] = (await target.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r: { tablename: string }) => r.tablename);
  const leaks = leakPattern(tables.filter((t) => t !== 'migrations'));
  const sqlOrStack = leakPattern([]);
  const figures: FuzzFigures = { documents: 0, mutations: 0, malformedHttp: 0, crashes: 0, internalErrors: 0, serverErrors: 0, leaks: 0, writesBehindErrors: 0, findings: [] };
  const find = (what: string, detail: unknown) => {
    if (figures.findings.length < 10) figures.findings.push(`${what}: ${JSON.stringify(detail).slice(0, 1_500)}`);
  };

  await fc.assert(
    fc.asyncProperty(fc.gen(), async (g) => {
      const draw: Draw = (arb) => g(() => arb);
      figures.documents++;
      const kind = draw(fc.integer({ min: 0, max: 9 }));
      let status: number;
      let text: string;
      let sent: unknown;
      let mutation = false;
      let before = '';
      if (kind === 0) {
        figures.malformedHttp++;
        const malformed = drawMalformed(draw, target.url);
        sent = malformed;
        if (malformed.raw) ({ status, body: text } = await sendRaw(target.url, malformed.raw));
        else {
          const { url, ...init } = malformed.fetch!;
          const res = await fetch(url, init);
          ({ status } = res);
          text = await res.text();
        }
      } else {
        mutation = kind >= 7;
        const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
        const operation = drawOperation(draw, schema, root, pools);
        const auth = draw(fc.constantFrom('editor', 'editor', 'reader', 'none', 'bogus'));
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (auth === 'editor' || auth === 'reader') headers.authorization = `Bearer ${target.tokens[auth]}`;
        if (auth === 'bogus') headers.authorization = 'Bearer kb_not_a_real_token';
        sent = { ...operation, auth };
        if (mutation) {
          figures.mutations++;
          before = await snapshot(target.dataSource, tables);
        }
        const res = await fetch(target.url, { method: 'POST', headers, body: JSON.stringify(operation) });
        status = res.status;
        text = await res.text();
      }

      if (!target.isAlive()) {
        figures.crashes++;
        find('crash', sent);
        throw new Error(`the server exited after ${JSON.stringify(sent).slice(0, 2_000)}`);
      }
      if (status >= 500 || status === 0) {
        figures.serverErrors++;
        find(`HTTP ${status}`, { sent, text: text.slice(0, 500) });
      }
      let json: { data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } | undefined;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      const errors = json?.errors ?? [];
      for (const e of errors) {
        if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
          figures.internalErrors++;
          find('INTERNAL_SERVER_ERROR', { sent, error: e });
        }
        // Validation messages quote the client's own field names, some of which are also table names.
        const ownWords = e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'GRAPHQL_PARSE_FAILED';
        // A message may quote a value the client sent ("got invalid value ..."); only what the server adds can leak.
        if ((ownWords ? sqlOrStack : leaks).test(withoutClientValues(`${e.message} ${JSON.stringify(e.extensions ?? {})}`, sent))) {
          figures.leaks++;
          find('leak', e);
        }
      }
      if (mutation) {
        const after = await snapshot(target.dataSource, tables);
        const data = json?.data ?? null;
        const fields = Object.keys((sent as { query: string }).query.match(/\bf\d+:/g)?.reduce((o, k) => ({ ...o, [k.slice(0, -1)]: 1 }), {}) ?? {});
        // A field wrote only if its payload is there with no user errors; every other must have written nothing.
        const wrote = fields.filter((f) => data?.[f] && Array.isArray(data[f].userErrors) && data[f].userErrors.length === 0);
        if (wrote.length === 0 && after !== before) {
          figures.writesBehindErrors++;
          find('rows changed although every mutation was refused', { sent, text: text.slice(0, 800), before, after });
        }
        for (const f of wrote) {
          if (errors.some((e) => Array.isArray(e.path) && e.path[0] === f)) {
            figures.writesBehindErrors++;
            find('an error under a mutation that wrote', { sent, text: text.slice(0, 800) });
          }
        }
        if (wrote.length > 0) pools.ids.push(...(text.match(/"id":"([A-Za-z0-9_-]+)"/g) ?? []).slice(0, 3).map((m) => m.slice(6, -1)));
      }
      for (const cursor of text.match(/"(?:endCursor|startCursor|cursor)":"([A-Za-z0-9_-]+)"/g) ?? []) {
        if (pools.cursors.length < 200) pools.cursors.push(cursor.split(':"')[1].slice(0, -1));
      }
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return figures;
}
