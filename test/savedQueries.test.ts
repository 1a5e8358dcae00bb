import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/http/csv.js';
import { toGlobalId } from '../src/lib/globalId.js';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';
import { makeToken } from './support/editing.js';

const DASHBOARDS = readFileSync(join(CONTRACT_DIR, 'dashboards.graphql'), 'utf8');
const NEGOTIATION = toGlobalId('Negotiation', 1);
/** What Grafana's Infinity data source sends as Accept with a GraphQL query. */
const INFINITY_ACCEPT = 'application/json;q=0.9,text/plain';

async function request(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe('dashboard refusals over HTTP, in production mode', () => {
  let api: TestApi;
  let base: string;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' }, observer: { onQuery: (query) => sql.push(query) } });
    base = (await api.listen()).replace(/\/graphql$/, '');
  });
  afterAll(async () => api?.stop());

  const post = (variables: Record<string, unknown>, operationName = 'Activity') =>
    request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: INFINITY_ACCEPT }, body: JSON.stringify({ query: DASHBOARDS, operationName, variables }) });
  const week = { from: '2020-01-01', to: '2020-02-01', bucket: 'WEEK' };

  const REFUSALS: [string, string, Record<string, unknown>, RegExp][] = [
    ['an unknown time zone', 'Activity', { ...week, timeZone: 'Mars/Olympus_Mons' }, /^timeZone must be an IANA time zone/],
    ['a UTC offset instead of a zone', 'Timeline', { from: '2020-01-01', to: '2020-02-01', timeZone: '+09:00' }, /^timeZone must be an IANA time zone/],
    ['a window of 10,000 days', 'Activity', { from: '2000-01-01', to: '2027-05-19', bucket: 'DAY' }, /^This window holds 10,000 DAY buckets; at most 5,000 are answered/],
    ['from after to', 'Activity', { ...week, from: '2020-03-01' }, /^from must be before to/],
    ['from equal to to, as epoch milliseconds', 'Timeline', { from: '1578873600000', to: 1578873600000 }, /^from must be before to/],
    ['a calendar-date to at the instant from', 'Activity', { from: '2020-01-13T00:00:00+09:00', to: '2020-01-13', bucket: 'DAY', timeZone: 'Asia/Seoul' }, /^from must be before to/],
    ['an ID that is not a negotiation\'s', 'PositionMatrix', { negotiationId: toGlobalId('Round', 1) }, /^negotiationId must be the ID of a Negotiation/],
    ['a malformed ID', 'Activity', { ...week, negotiationId: 'not-an-id' }, /^filter\.negotiationId must be the ID of a Negotiation/],
  ];

  it.each(REFUSALS)('refuses %s with HTTP 400 and BAD_USER_INPUT before any SQL', async (_what, operationName, variables, message) => {
    const before = sql.length;
    const { status, json } = await post(variables, operationName);
    expect(status).toBe(400);
    expect(json()).toEqual({ data: null, errors: [expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] });
    expect(sql.slice(before)).toEqual([]);
  });

  it('refuses an unknown negotiation with HTTP 400 after one primary-key lookup and no data SQL', async () => {
    const before = sql.length;
    const { status, json } = await post({ ...week, negotiationId: toGlobalId('Negotiation', 999) });
    expect(status).toBe(400);
    expect(json().errors[0]).toMatchObject({ message: `No Negotiation has the ID "${toGlobalId('Negotiation', 999)}".`, extensions: { code: 'BAD_USER_INPUT', argument: 'filter.negotiationId' } });
    const statements = sql.slice(before);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM "negotiation" "t" WHERE "t"\."id" = ANY/);
  });

  it('refuses the same over GET /api, with the same status and error', async () => {
    const before = sql.length;
    const { status, json } = await request(`${base}/api/Activity?from=2000-01-01&to=2027-05-19&bucket=DAY`);
    expect(status).toBe(400);
    expect(json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(sql.slice(before)).toEqual([]);
  });

  it('keeps a partial answer, data beside a field error, at 200', async () => {
    const { status, json } = await request(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ options(kind: NEGOTIATION) { label } node(id: "garbage") { id } }' }),
    });
    expect(status).toBe(200);
    expect(json()).toMatchObject({ data: { options: [{ label: expect.any(String) }], node: null }, errors: [{ extensions: { code: 'INVALID_ID' } }] });
  });

  it('answers a whole-operation client error with its status: 400 for a bad cursor', async () => {
    const { status, json } = await request(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ statements(after: "garbage") { totalCount } }' }),
    });
    expect(status).toBe(400);
    expect(json().errors[0].extensions.code).toBe('INVALID_CURSOR');
  });

  it('answers Grafana\'s request (Accept: application/json;q=0.9,text/plain) with JSON', async () => {
    const { status, headers, json } = await post(week);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json().data.activity.total).toBe(4);
  });
});

describe('saved queries: GET /api/<OperationName>', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi();
    base = (await api.listen()).replace(/\/graphql$/, '');
  });
  afterAll(async () => api?.stop());

  const get = (path: string, headers: Record<string, string> = {}) => request(`${base}${path}`, { headers });
  const ACTIVITY = '/api/Activity?from=2020-01-01&to=2020-02-01&bucket=WEEK&timeZone=Asia/Seoul';

  it('lists every query of the contract with its typed parameters and CSV columns, and no mutation', async () => {
    const { status, json } = await get('/api');
    expect(status).toBe(200);
    const operations = json().operations as { name: string; parameters: unknown[]; rows: string; columns: string[] }[];
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['Activity', 'Timeline', 'PositionMatrix', 'FigureSeries', 'Options', 'RoundParticipants', 'Statements', 'Search']));
    expect(operations.map((o) => o.name)).not.toContain('AddSource');
    expect(operations.find((o) => o.name === 'Activity')).toEqual({
      name: 'Activity', path: '/api/Activity',
      parameters: [
        { name: 'from', type: 'Instant!', required: true }, { name: 'to', type: 'Instant!', required: true },
        { name: 'bucket', type: 'TimeBucket!', required: true }, { name: 'timeZone', type: 'String', required: false },
        { name: 'negotiationId', type: 'ID', required: false },
      ],
      rows: 'activity.points', columns: ['time', 'series', 'seriesId', 'value'],
    });
  });

  it('answers JSON by default: the operation\'s data, as POST /graphql gives it', async () => {
    const { status, headers, json } = await get(ACTIVITY);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    const posted = await api.execute(DASHBOARDS, { from: '2020-01-01', to: '2020-02-01', bucket: 'WEEK', timeZone: 'Asia/Seoul' }, 'Activity');
    expect(json()).toEqual(posted.data);
  });

  it('answers CSV for ?format=csv: a header, then the points in order, CRLF line ends', async () => {
    const { status, headers, text } = await get(`${ACTIVITY}&format=csv`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const [sk, us] = [toGlobalId('Organization', 1), toGlobalId('Organization', 2)];
    expect(text).toBe(
      [
        'time,series,seriesId,value',
        `2019-12-30T00:00:00+09:00,South Korea,${sk},0`, `2019-12-30T00:00:00+09:00,United States,${us},0`,
        `2020-01-06T00:00:00+09:00,South Korea,${sk},0`, `2020-01-06T00:00:00+09:00,United States,${us},1`,
        `2020-01-13T00:00:00+09:00,South Korea,${sk},3`, `2020-01-13T00:00:00+09:00,United States,${us},0`,
        `2020-01-20T00:00:00+09:00,South Korea,${sk},0`, `2020-01-20T00:00:00+09:00,United States,${us},0`,
        `2020-01-27T00:00:00+09:00,South Korea,${sk},0`, `2020-01-27T00:00:00+09:00,United States,${us},0`,
        '',
      ].join('\r\n'),
    );
  });

  it('answers CSV for Accept: text/csv, quoting commas and doubling quotes (RFC 4180), nested objects as dotted columns', async () => {
    const { status, text } = await get('/api/Timeline?from=2020-01-01&to=2020-02-01', { accept: 'text/csv' });
    expect(status).toBe(200);
    expect(text.split('\r\n')[0]).toBe('time,timeEnd,title,text,tags,subject.__typename,subject.id');
    expect(text).toContain(',"Round 6, Washington",');
    expect(text).toContain('"The two sides are narrowing their differences but still remain apart on how to reach a ""comprehensive"" deal."');
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.title, r['subject.__typename']])).toEqual([
      ['Donald Trump (United States)', 'Statement'], ['Jeong Eun-bo (South Korea)', 'Statement'], ['Round 6, Washington', 'Round'],
      ['South Korean Foreign Ministry (South Korea)', 'Statement'], ['South Korean Foreign Ministry (South Korea)', 'Statement'],
    ]);
    expect(JSON.parse(rows[2].tags)).toEqual(['round', 'South Korea-U.S. talks to renew the Special Measures Agreement']);
    expect(rows[1].text).toBe('The two sides are narrowing their differences but still remain apart on how to reach a "comprehensive" deal.');
  });

  it('writes fields with line breaks quoted, nulls empty, lists as JSON, and a header even with no rows', () => {
    const csv = toCsv([{ a: 'two\nlines', b: { c: null, d: true }, e: ['x', 'y'] }, { a: 'cr\ronly', b: null, e: [] }], ['a', 'b.c', 'b.d', 'e']);
    expect(csv).toBe('a,b.c,b.d,e\r\n"two\nlines",,true,"[""x"",""y""]"\r\n"cr\ronly",,,[]\r\n');
    expect(parseCsv(csv, { columns: true })).toEqual([{ a: 'two\nlines', 'b.c': '', 'b.d': 'true', e: '["x","y"]' }, { a: 'cr\ronly', 'b.c': '', 'b.d': '', e: '[]' }]);
    expect(toCsv([], ['time', 'value'])).toBe('time,value\r\n');
  });

  it('serves core contract operations too: a connection\'s nodes as rows', async () => {
    const { status, text } = await get('/api/Figures?format=csv');
    expect(status).toBe(200);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.value, r.unit, r['asOf.start'], r['asOf.wording']])).toEqual([
      ['28500', 'troops', '2020-01-16', 'issued Jan 16, 2020'],
      ['870000000', 'USD', '2019-01-01', 'last year'],
    ]);
    const people = await get('/api/People?name=dehart');
    expect(people.json().people.nodes.map((p: { name: string }) => p.name)).toEqual(['James DeHart']);
  });

  it('gives a strong ETag and answers 304 Not Modified to If-None-Match, with Cache-Control max-age from the setting', async () => {
    const first = await get(`${ACTIVITY}&format=csv`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    expect(first.headers.get('vary')).toBe('Accept');
    const again = await get(`${ACTIVITY}&format=csv`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const json = await get(ACTIVITY);
    expect(json.headers.get('etag')).not.toBe(etag);
    expect((await get(ACTIVITY, { 'if-none-match': etag })).status).toBe(200);
  });

  it('changes the ETag when the data changes', async () => {
    const before = await get('/api/Options?kind=NEGOTIATION');
    await api.db.dataSource.query(`UPDATE "negotiation" SET "title" = "title" || ' (renamed)'`);
    try {
      const after = await get('/api/Options?kind=NEGOTIATION', { 'if-none-match': before.headers.get('etag')! });
      expect(after.status).toBe(200);
      expect(after.json().options[0].label).toMatch(/\(renamed\)$/);
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    } finally {
      await api.db.dataSource.query(`UPDATE "negotiation" SET "title" = replace("title", ' (renamed)', '')`);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await request(`${base}${ACTIVITY}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('etag')).toBe((await get(ACTIVITY)).headers.get('etag'));
  });

  const BAD: [string, string, number, string, RegExp][] = [
    ['an unknown operation', '/api/Activty', 404, 'NOT_FOUND', /^No saved operation is named "Activty"; the saved operations are .*Activity/],
    ['a mutation', '/api/AddSource', 404, 'NOT_FOUND', /^No saved operation is named "AddSource"/],
    ['a value not in the enum', '/api/Activity?from=2020-01-01&to=2020-02-01&bucket=WEEKLY', 400, 'BAD_USER_INPUT', /^Parameter "bucket" got invalid value "WEEKLY"; .*Did you mean the enum value "WEEK"\?/],
    ['a text where an Int goes', '/api/RoundParticipants?number=six', 400, 'BAD_USER_INPUT', /^Parameter "number" got invalid value "six"; Int cannot represent/],
    ['an Instant that is not one', '/api/Timeline?from=yesterday&to=2020-02-01', 400, 'BAD_USER_INPUT', /^Parameter "from" got invalid value "yesterday"; an Instant is a date/],
    ['a missing required parameter', '/api/Activity?from=2020-01-01&bucket=DAY', 400, 'BAD_USER_INPUT', /^Parameter "to" of required type "Instant!" was not provided\.$/],
    ['an unknown parameter', '/api/Activity?form=2020-01-01', 400, 'BAD_USER_INPUT', /^Activity has no parameter "form"; it takes from, to, bucket, timeZone, negotiationId/],
    ['a parameter given twice', '/api/Options?kind=PARTY&kind=UNIT', 400, 'BAD_USER_INPUT', /^Parameter "kind" is given 2 times; give it once\.$/],
    ['an unknown format', '/api/Options?kind=PARTY&format=xlsx', 400, 'BAD_USER_INPUT', /^Parameter "format" must be json or csv/],
    ['a refusal of the operation itself', '/api/Activity?from=2020-01-01&to=2020-02-01&bucket=DAY&timeZone=Nowhere/Land', 400, 'BAD_USER_INPUT', /^timeZone must be an IANA time zone/],
  ];

  it.each(BAD)('refuses %s (HTTP %i, %s), naming the parameter', async (_what, path, status, code, message) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [error] = response.json().errors;
    expect(error.message).toMatch(message);
    expect(error.extensions.code).toBe(code);
  });

  it('refuses a client error that GraphQL answers partially (a malformed node ID) with its status rather than a half answer', async () => {
    const response = await get('/api/Node?id=garbage');
    expect(response.status).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('INVALID_ID');
  });

  it('refuses other methods with 405 and says which it allows, and an Accept it cannot meet with 406', async () => {
    const posted = await request(`${base}/api/Activity`, { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
    expect((await get('/api/Options?kind=PARTY', { accept: 'application/xml' })).status).toBe(406);
    expect((await get('/api/Options?kind=PARTY', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('gives dashboards\' answers on POST /graphql Cache-Control and an ETag, with 304 on If-None-Match; other answers stay uncached', async () => {
    const body = JSON.stringify({ query: DASHBOARDS, operationName: 'PositionMatrix', variables: { negotiationId: NEGOTIATION } });
    const post = (headers: Record<string, string> = {}) => request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const first = await post();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const second = await post({ 'if-none-match': etag });
    expect([second.status, second.text]).toEqual([304, '']);

    const deeper = await request(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ positionMatrix(negotiationId: "${NEGOTIATION}") { round { negotiation { title } } } }` }),
    });
    expect(deeper.headers.get('cache-control')).toBe('no-store');
    expect(deeper.headers.get('etag')).toBeNull();
    // Through an interface, a fragment decides: fields every node type inherits from keep the answer cacheable, one that does not makes it uncacheable.
    const timeline = (subject: string) =>
      request(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ timeline(window: { from: "2020-01-01", to: "2020-02-01" }) { title subject { ${subject} } } }` }),
      });
    expect((await timeline('__typename id')).headers.get('cache-control')).toBe('max-age=60, public');
    expect((await timeline('id ... on Round { negotiation { title } }')).headers.get('cache-control')).toBe('no-store');
    const core = await request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ rounds { totalCount } }' }) });
    expect([core.headers.get('cache-control'), core.headers.get('etag')]).toEqual(['no-store', null]);
  });
});

describe('saved queries with settings: API_CACHE_MAX_AGE and READS_REQUIRE_TOKEN', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await startTestApi({ env: { API_CACHE_MAX_AGE: '300', READS_REQUIRE_TOKEN: 'true' } });
    base = (await api.listen()).replace(/\/graphql$/, '');
  });
  afterAll(async () => api?.stop());

  it('refuses a read without a token with 401 and WWW-Authenticate: Bearer, on GET /api and on POST /graphql', async () => {
    const get = await request(`${base}/api/Options?kind=PARTY`);
    expect(get.status).toBe(401);
    expect(get.headers.get('www-authenticate')).toBe('Bearer');
    expect(get.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const post = await request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ options(kind: PARTY) { label } }' }) });
    expect([post.status, post.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
  });

  it('answers a reader token with a private max-age from the setting, varying on Authorization', async () => {
    const { token } = await makeToken(api.db.dataSource, 'reader');
    const get = await request(`${base}/api/Options?kind=PARTY`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('max-age=300, private');
    expect(get.headers.get('vary')).toBe('Accept, Authorization');
    const post = await request(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ options(kind: PARTY) { label } }' }),
    });
    expect(post.headers.get('cache-control')).toBe('max-age=300, private');
  });
});
