import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/services/auth/apiTokens.js';
import { startTestApi, type TestApi } from './support/api.js';
import { countRows, EDITING, EXAMPLE_SOURCE, makeToken, postGraphQL, runKb } from './support/editing.js';

const ADD_SOURCE = { input: EXAMPLE_SOURCE };
const READ = `{ sources(first: 5) { totalCount } }`;

describe('who may write', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi();
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  const addSource = (token: string | undefined, title: string) =>
    postGraphQL(url, { query: EDITING, operationName: 'AddSource', variables: { input: { ...EXAMPLE_SOURCE, title } } }, token);

  const refusals: Array<{ who: string; token: () => Promise<string | undefined>; code: string; status: number; message: RegExp }> = [
    { who: 'no token', token: async () => undefined, code: 'UNAUTHENTICATED', status: 401, message: /^Writing needs a token with the editor role or higher, sent as "Authorization: Bearer <token>"\.$/ },
    { who: 'a token that was never issued', token: async () => 'kb_not-a-real-token', code: 'UNAUTHENTICATED', status: 401, message: /^The token is not valid\. Writing needs a valid token\.$/ },
    { who: 'a revoked token', token: async () => (await makeToken(api.db.dataSource, 'editor', 'revoked-editor', { revoked: true })).token, code: 'UNAUTHENTICATED', status: 401, message: /^The token "revoked-editor" was revoked\./ },
    { who: 'a reader token', token: async () => (await makeToken(api.db.dataSource, 'reader', 'a-reader')).token, code: 'FORBIDDEN', status: 403, message: /^The token "a-reader" has the reader role; writing needs editor or higher\.$/ },
  ];

  it.each(refusals)('refuses a write with $who ($code, HTTP $status) and writes nothing', async ({ token, code, status: expected, message }) => {
    const sent = await token();
    const before = await countRows(api.db.dataSource);
    const { status, body } = await addSource(sent, 'refused');
    expect(status).toBe(expected);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([{ message: expect.stringMatching(message), locations: expect.any(Array), path: ['addSource'], extensions: { code } }]);
    expect(await countRows(api.db.dataSource)).toEqual(before);
  });

  it('refuses a malformed Authorization header as UNAUTHENTICATED', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' }, body: JSON.stringify({ query: EDITING, operationName: 'AddSource', variables: ADD_SOURCE }) });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/must be "Bearer <token>"/);
  });

  it.each(['editor', 'admin'] as const)('lets an %s token write, and history names the token', async (role) => {
    const { token, name } = await makeToken(api.db.dataSource, role, `a-${role}`);
    const { body } = await addSource(token, `written by an ${role}`);
    expect(body.errors).toBeUndefined();
    expect(body.data.addSource.userErrors).toEqual([]);
    const history = await postGraphQL(url, { query: `query($id: ID!) { node(id: $id) { ... on Source { history { nodes { action actor } } } } }`, variables: { id: body.data.addSource.source.id } });
    expect(history.body.data.node.history.nodes).toEqual([{ action: 'CREATE', actor: name }]);
  });

  it('keeps reads open by default, without looking at the token at all', async () => {
    const anonymous = await api.execute(READ);
    const withBadToken = await api.execute(READ, {}, undefined, { token: 'kb_not-a-real-token' });
    expect(anonymous.errors).toBeUndefined();
    expect(withBadToken).toEqual(anonymous);
  });

  it('stores only a hash of each token', async () => {
    const { token } = await makeToken(api.db.dataSource, 'editor', 'hashed');
    const rows = await api.db.dataSource.query(`SELECT to_jsonb(t)::text AS row, "token_hash" FROM "api_token" t WHERE "name" = 'hashed'`);
    expect(rows).toEqual([{ row: expect.not.stringContaining(token.slice(3)), token_hash: hashToken(token) }]);
  });
});

describe('READS_REQUIRE_TOKEN=true', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi({ env: { READS_REQUIRE_TOKEN: 'true' } });
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  it('refuses reads without a token, or with a bad or revoked one, as UNAUTHENTICATED', async () => {
    const revoked = await makeToken(api.db.dataSource, 'reader', 'old-reader', { revoked: true });
    for (const token of [undefined, 'kb_not-a-real-token', revoked.token]) {
      const { body } = await postGraphQL(url, { query: READ }, token);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ path: ['sources'], extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('answers reads with a token of any role, looking the token up once per request', async () => {
    const { token } = await makeToken(api.db.dataSource, 'reader', 'dashboard');
    const { body } = await postGraphQL(url, { query: `{ a: sources(first: 1) { totalCount } b: rounds(first: 1) { totalCount } }` }, token);
    expect(body).toEqual({ data: { a: { totalCount: 1 }, b: { totalCount: 1 } } });
    const open = await startTestApi({ seed: false });
    try {
      const query = `{ a: sources(first: 1) { totalCount } b: rounds(first: 1) { totalCount } }`;
      const guarded = await api.execute(query, {}, undefined, { token });
      const unguarded = await open.execute(query);
      expect(guarded.statements).toBe(unguarded.statements + 1);
    } finally {
      await open.stop();
    }
  });

  it('still needs an editor for writes', async () => {
    const { token } = await makeToken(api.db.dataSource, 'reader', 'reader-2');
    const { body } = await postGraphQL(url, { query: EDITING, operationName: 'AddSource', variables: ADD_SOURCE }, token);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
  });
});

describe('kb token', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    url = await api.listen();
  });
  afterAll(async () => api?.stop());

  it('creates a token and prints it once, lists tokens without secrets, and revokes one at once', async () => {
    const env = { DATABASE_URL: api.db.url };
    const created = await runKb(['token', 'create', '--name', 'cli-editor', '--role', 'editor'], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^kb_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toMatch(/created token "cli-editor" with the editor role; it is shown once/);
    const token = created.stdout.trim();

    const write = () => postGraphQL(url, { query: EDITING, operationName: 'AddSource', variables: { input: { ...EXAMPLE_SOURCE, title: `by cli ${Date.now()}` } } }, token);
    expect((await write()).body.data.addSource.userErrors).toEqual([]);

    const listed = await runKb(['token', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^NAME\s+ROLE\s+CREATED\s+REVOKED\ncli-editor\s+editor\s+\d{4}-\d\d-\d\dT[\d:.]+Z\s+-\n$/);
    expect(listed.stdout).not.toContain(token);

    const duplicate = await runKb(['token', 'create', '--name', 'cli-editor', '--role', 'reader'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/error: a token named "cli-editor" already exists/);

    const revoked = await runKb(['token', 'revoke', 'cli-editor'], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toBe('revoked token "cli-editor" (editor); requests with it now get UNAUTHENTICATED\n');
    expect((await write()).body.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);

    const bad = await runKb(['token', 'create', '--name', 'x', '--role', 'owner'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/owner/);
  });
});
