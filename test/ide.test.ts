import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, graphql, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonFetcher } from '../src/ide/client/createJsonFetcher.js';
import { createIdeHandler, IDE_CONTENT_SECURITY_POLICY, prefersHtml } from '../src/ide/serveIde.js';
import { splitOperations } from '../src/ide/splitOperations.js';
import { runRoundParticipantsInIde } from './support/browser.js';

const root = resolve(import.meta.dirname, '..');
const contractFile = resolve(root, 'contract/core.graphql');
const schema = buildSchema(readFileSync(resolve(root, 'schema.graphql'), 'utf8'));
const BROWSER_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// ---------------------------------------------------------------- a fake endpoint

const source = { id: 'U3JjOjE=', title: 'S. Korea, U.S. end 6th round of defense cost talks', publisher: 'Yonhap', publishedAt: '2020-01-16' };
const jeong = { id: 'UGVyOjE=', name: 'Jeong Eun-bo' };
const korea = { id: 'T3JnOjE=', name: 'South Korea' };
const usa = { id: 'T3JnOjI=', name: 'United States' };

/** RoundParticipants' answer, field for field; the fake resolver returns exactly these rows. */
const round6 = {
  id: 'Um5kOjY=',
  number: 6,
  startDate: '2020-01-14',
  endDate: '2020-01-15',
  location: 'Washington',
  outcome: 'No deal; talks to continue',
  negotiation: {
    id: 'TmVnOjE=',
    title: '11th Special Measures Agreement',
    status: 'ONGOING',
    parties: [korea, usa],
    agreement: { id: 'QWdyOjE=', name: 'Special Measures Agreement', shortName: 'SMA' },
  },
  delegations: [{ id: 'RGVsOjE=', party: korea, head: jeong, members: [{ role: 'chief negotiator', person: jeong }] }],
  participants: [
    {
      role: 'chief negotiator',
      person: jeong,
      party: korea,
      statements: [{ id: 'U3RtOjE=', text: 'We narrowed our differences.', kind: 'PARAPHRASE' }],
    },
  ],
  statements: [
    {
      id: 'U3RtOjE=',
      text: 'We narrowed our differences.',
      kind: 'PARAPHRASE',
      speaker: { __typename: 'Person', ...jeong },
    },
  ],
  citations: [{ excerpt: 'narrowed differences', start: 120, end: 140, source }],
};

/** A graphql-js execution of schema.graphql over `round6`, recording each request but introspection. */
function startFakeEndpoint(handleIde: (req: IncomingMessage, res: ServerResponse) => boolean) {
  const requests: { operationName: unknown; variables: unknown }[] = [];
  const rootValue = {
    rounds: (args: { filter?: { number?: number } }) => {
      const nodes = args.filter?.number === 6 ? [round6] : [];
      return { totalCount: nodes.length, nodes };
    },
  };
  const server = createServer((req, res) => {
    if (handleIde(req, res)) return;
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', async () => {
      const { query, variables, operationName } = JSON.parse(body);
      if (operationName !== 'IntrospectionQuery') requests.push({ operationName, variables });
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables, operationName });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise<{ url: string; server: Server; requests: typeof requests }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}`, server, requests });
    });
  });
}

/** Builds the IDE the way `npm run build` does, into a fresh temporary directory. */
async function buildIdeInto(outDir: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-ide.mjs'], {
    cwd: root,
    env: { ...process.env, IDE_OUT_DIR: outDir },
  });
}

/** The `<script id="ide-config">` JSON that build-ide.mjs embeds in index.html. */
function readIdeConfig(html: string): { tabs: { query: string; variables?: string }[]; workers: Record<string, string> } {
  const match = /<script id="ide-config" type="application\/json">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('expected index.html to embed <script id="ide-config">, but it does not');
  return JSON.parse(match[1]);
}

let assetDir: string;
let endpoint: Awaited<ReturnType<typeof startFakeEndpoint>>;

beforeAll(async () => {
  assetDir = await mkdtemp(join(tmpdir(), 'kb-ide-'));
  await buildIdeInto(assetDir);
  endpoint = await startFakeEndpoint(createIdeHandler({ assetDir }));
});

afterAll(async () => {
  await new Promise((done) => endpoint?.server.close(done));
  if (assetDir) await rm(assetDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- the tests

describe('splitOperations', () => {
  it('cuts a document into one runnable document per operation, with the fragments each one spreads', () => {
    const split = splitOperations(`# Rounds, cited.
query A($n: Int!, $after: String = "x") { rounds(filter: { number: $n }) { nodes { ...R } } }

# Just a node.
query B { node(id: "1") { id } }

fragment R on Round { id citations { ...C } }
fragment C on Citation { excerpt }
`);
    expect(split).toEqual([
      {
        name: 'A',
        document: `# Rounds, cited.
query A($n: Int!, $after: String = "x") { rounds(filter: { number: $n }) { nodes { ...R } } }

fragment R on Round { id citations { ...C } }

fragment C on Citation { excerpt }
`,
        variables: { n: null, after: 'x' },
      },
      { name: 'B', document: '# Just a node.\nquery B { node(id: "1") { id } }\n', variables: {} },
    ]);
  });

  it('refuses anonymous operations and spreads of fragments the document lacks', () => {
    expect(() => splitOperations('{ node(id: "1") { id } }')).toThrow(
      'expected every operation to be named, but the one at line 1 has no name',
    );
    expect(() => splitOperations('query Q { node(id: "1") { ...Missing } }')).toThrow(
      'expected a definition of fragment Missing, but the document has none',
    );
  });
});

describe('the IDE bundle', () => {
  it('opens one tab per contract operation, RoundParticipants first with {"number": 6}, each valid on its own', async () => {
    const { tabs } = readIdeConfig(await readFile(join(assetDir, 'index.html'), 'utf8'));
    const names = splitOperations(readFileSync(contractFile, 'utf8')).map((op) => op.name);

    expect(tabs.map((tab) => /query (\w+)/.exec(tab.query)?.[1])).toEqual(names);
    expect(names[0]).toBe('RoundParticipants');
    expect(JSON.parse(tabs[0].variables ?? '')).toEqual({ number: 6 });
    for (const tab of tabs) {
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
    }
    const citing = tabs.filter((tab) => tab.query.includes('...CitationFields'));
    expect(citing.length).toBeGreaterThan(0);
    for (const tab of citing) expect(tab.query).toContain('fragment CitationFields on Citation');
  });

  it('emits its three Monaco workers and references nothing outside /ide/', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    const { workers } = readIdeConfig(html);
    expect(Object.keys(workers).sort()).toEqual(['editor', 'graphql', 'json']);
    for (const url of Object.values(workers)) {
      expect(url).toMatch(/^\/ide\/workers\/\w+\.worker-[A-Z0-9]{8}\.js$/);
      expect(existsSync(join(assetDir, url.slice('/ide/'.length)))).toBe(true);
    }
    expect([...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('/ide/'))).toEqual([
      'data:,',
    ]);
    const css = (await readdir(assetDir)).filter((name) => name.endsWith('.css'));
    expect(css).toHaveLength(1);
    const stylesheet = await readFile(join(assetDir, css[0]), 'utf8');
    expect([...stylesheet.matchAll(/url\(\s*["']?([a-z]+:)/gi)].map((m) => m[1]).filter((s) => s !== 'data:')).toEqual([]);
    expect(stylesheet).not.toMatch(/@import/);
  });
});

describe('createIdeHandler', () => {
  it('serves index.html under a same-origin Content-Security-Policy to a browser navigating to /graphql', async () => {
    const response = await fetch(`${endpoint.url}/graphql`, { headers: { accept: BROWSER_NAVIGATION } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toBe('Accept');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect(IDE_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|blob:/);
    expect(await response.text()).toBe(await readFile(join(assetDir, 'index.html'), 'utf8'));
  });

  it('leaves GraphQL requests to the next handler: POSTs, and GETs that ask for JSON', async () => {
    const post = await fetch(`${endpoint.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_NAVIGATION },
      body: JSON.stringify({ query: '{ rounds(filter: { number: 5 }) { totalCount } }' }),
    });
    expect(await post.json()).toEqual({ data: { rounds: { totalCount: 0 } } });

    const get = await fetch(`${endpoint.url}/graphql?query={__typename}`, { headers: { accept: 'application/json' } });
    expect([get.status, await get.text()]).toEqual([404, 'not found']);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/graphql-response+json, text/html;q=0.5')).toBe(false);
  });

  it('serves the bundled files under /ide/ with their content type, cached for good since their names are hashed', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1];
    const style = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1];
    const worker = readIdeConfig(html).workers.graphql;

    for (const [path, type] of [
      [script, 'text/javascript; charset=utf-8'],
      [style, 'text/css; charset=utf-8'],
      [worker, 'text/javascript; charset=utf-8'],
    ]) {
      const response = await fetch(endpoint.url + path);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(assetDir, path.slice(5))))).toBe(true);
    }
    const head = await fetch(endpoint.url + script, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String((await readFile(join(assetDir, script.slice(5)))).length)]);
  });

  it('lets paths that name no bundled file, or climb out of the asset directory, fall through', async () => {
    for (const path of [
      '/ide/',
      '/ide/missing-ABCDEFGH.js',
      '/ide/../package.json',
      '/ide/%2e%2e/package.json',
      '/ide/..%2fpackage.json',
      '/ide/chunks/..%2F..%2Findex.html',
      '/ide/chunks/%2e%2e%5cindex.html',
      '/ide/%00index.html',
    ]) {
      const response = await fetch(endpoint.url + path);
      expect([path, response.status, await response.text()]).toEqual([path, 404, 'not found']);
    }
  });

  it('answers a browser with 503 and the build step when the IDE is not built', async () => {
    const handle = createIdeHandler({ assetDir: join(assetDir, 'nowhere'), graphqlPath: '/api' });
    const bare = await startFakeEndpoint(handle);
    try {
      const response = await fetch(`${bare.url}/api`, { headers: { accept: BROWSER_NAVIGATION } });
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(`The GraphQL IDE is not built: expected ${join(assetDir, 'nowhere', 'index.html')}. Run \`npm run build\`.\n`);
    } finally {
      await new Promise((done) => bare.server.close(done));
    }
  });
});

describe('createJsonFetcher', () => {
  it("posts the request as JSON with the user's headers and returns the JSON body", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetcher = createJsonFetcher('/graphql', async (input, init) => {
      calls.push([String(input), init]);
      return new Response('{"data":{"__typename":"Query"}}');
    });
    expect(await fetcher({ query: '{ __typename }' }, { headers: { authorization: 'Bearer t', 'x-n': 1 } })).toEqual({
      data: { __typename: 'Query' },
    });
    expect(calls).toEqual([
      [
        '/graphql',
        {
          method: 'POST',
          headers: {
            accept: 'application/graphql-response+json, application/json',
            authorization: 'Bearer t',
            'x-n': '1',
            'content-type': 'application/json',
          },
          body: '{"query":"{ __typename }"}',
        },
      ],
    ]);
  });

  it('answers a reply that is not JSON with a GraphQL error naming the status', async () => {
    const fetcher = createJsonFetcher('/graphql', async () => new Response('<h1>Bad Gateway</h1>', { status: 502 }));
    expect(await fetcher({ query: '{ __typename }' })).toEqual({
      errors: [{ message: 'expected a JSON response, but got HTTP 502: <h1>Bad Gateway</h1>' }],
    });
  });
});

describe('the IDE in Chromium', () => {
  it('runs RoundParticipants from its opening tab and shows the data, with no request leaving the host', async () => {
    endpoint.requests.length = 0;
    const result = await runRoundParticipantsInIde(`${endpoint.url}/graphql`, {
      screenshotPath: process.env.IDE_SCREENSHOT,
    });

    expect(result.blockedRequests).toEqual([]);
    expect(result.pageErrors).toEqual([]);
    expect(result.tabTitles).toEqual(splitOperations(readFileSync(contractFile, 'utf8')).map((op) => op.name));
    expect(JSON.parse(result.resultText)).toEqual({ data: { rounds: { totalCount: 1, nodes: [round6] } } });
    expect(endpoint.requests).toEqual([{ operationName: 'RoundParticipants', variables: { number: 6 } }]);
  });
});
