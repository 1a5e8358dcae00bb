import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { ingestFiles } from '../src/services/seeds/ingestFiles.js';
import { fromGlobalId, toGlobalId } from '../src/lib/globalId.js';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';

// The dashboards contract, sent exactly as the file has it.
const DASHBOARDS = readFileSync(join(CONTRACT_DIR, 'dashboards.graphql'), 'utf8');
// A FICTIONAL example article (publisher "Example Wire", under test/fixtures): round 7 on 17-18 March 2020, never real data.
const FICTIONAL_MARCH_ROUND = resolve(import.meta.dirname, 'fixtures', 'example-wire-2020-03-19-fictional-seventh-round.yaml');

const SOUTH_KOREA = toGlobalId('Organization', 1);
const UNITED_STATES = toGlobalId('Organization', 2);

/** The points of an Activity answer as [time, series, value], for compact expectations. */
const triples = (points: { time: string; series: string; value: number }[]) => points.map((p) => [p.time, p.series, p.value]);

describe('the dashboards contract on the seeded article', () => {
  let api: TestApi;
  let negotiationId: string;
  beforeAll(async () => {
    api = await startTestApi();
    negotiationId = (await api.execute(DASHBOARDS, { kind: 'NEGOTIATION' }, 'Options')).data.options[0].value;
  });
  afterAll(async () => api?.stop());

  const run = async (operation: string, variables: Record<string, unknown>) => {
    const result = await api.execute(DASHBOARDS, variables, operation);
    expect(result.errors, operation).toBeUndefined();
    return result;
  };

  it('Activity: statements by party, week by week in Seoul, from the ISO week holding 1 January, zero-filled and sorted by time then party', async () => {
    const { data } = await run('Activity', { from: '2020-01-01', to: '2020-02-01', bucket: 'WEEK', timeZone: 'Asia/Seoul' });
    expect(data.activity).toMatchObject({ bucket: 'WEEK', timeZone: 'Asia/Seoul', total: 4, undated: 3, outsideWindow: 0 });
    expect(triples(data.activity.points)).toEqual([
      ['2019-12-30T00:00:00+09:00', 'South Korea', 0], ['2019-12-30T00:00:00+09:00', 'United States', 0],
      // Trump, "over the weekend" of 11-12 January: counted on its first day.
      ['2020-01-06T00:00:00+09:00', 'South Korea', 0], ['2020-01-06T00:00:00+09:00', 'United States', 1],
      // Jeong on Monday 13 January, the foreign ministry twice on Thursday 16 January.
      ['2020-01-13T00:00:00+09:00', 'South Korea', 3], ['2020-01-13T00:00:00+09:00', 'United States', 0],
      ['2020-01-20T00:00:00+09:00', 'South Korea', 0], ['2020-01-20T00:00:00+09:00', 'United States', 0],
      ['2020-01-27T00:00:00+09:00', 'South Korea', 0], ['2020-01-27T00:00:00+09:00', 'United States', 0],
    ]);
    expect(data.activity.points.map((p: { seriesId: string }) => p.seriesId).slice(0, 2)).toEqual([SOUTH_KOREA, UNITED_STATES]);
  });

  it('Activity: a day-by-day series puts each statement on the first day the article gives it', async () => {
    const { data } = await run('Activity', { from: '2020-01-10', to: '2020-01-17', bucket: 'DAY' });
    expect(data.activity.timeZone).toBe('UTC');
    const nonZero = data.activity.points.filter((p: { value: number }) => p.value > 0);
    expect(triples(nonZero)).toEqual([
      ['2020-01-11T00:00:00+00:00', 'United States', 1],
      ['2020-01-13T00:00:00+00:00', 'South Korea', 1],
      ['2020-01-16T00:00:00+00:00', 'South Korea', 2],
    ]);
    expect(data.activity.points).toHaveLength(7 * 2);
  });

  it('Activity: dated statements outside the window and undated ones are counted apart, and total is the sum of the points', async () => {
    const { data } = await run('Activity', { from: '2020-01-13', to: '2020-01-14', bucket: 'DAY', timeZone: 'utc' });
    expect(data.activity).toMatchObject({ timeZone: 'UTC', total: 1, undated: 3, outsideWindow: 3 });
    expect(triples(data.activity.points)).toEqual([['2020-01-13T00:00:00+00:00', 'South Korea', 1]]);
  });

  it('Activity: a window with no facts has no series and no points, only its counts', async () => {
    const { data } = await run('Activity', { from: '1999-01-01', to: '2000-01-01', bucket: 'MONTH' });
    expect(data.activity).toMatchObject({ total: 0, undated: 3, outsideWindow: 4, points: [] });
  });

  it('Activity: epoch milliseconds (numbers or digit strings, as Grafana sends them) and ISO instants with offsets give the same answer as dates', async () => {
    const byDate = await run('Activity', { from: '2020-01-01', to: '2020-02-01', bucket: 'WEEK', timeZone: 'Asia/Seoul' });
    const seoulMidnight = (day: number) => Date.UTC(2020, 0, day) - 9 * 3_600_000;
    for (const [from, to] of [
      [seoulMidnight(1), seoulMidnight(32)],
      [String(seoulMidnight(1)), String(seoulMidnight(32))],
      ['2020-01-01T00:00:00+09:00', '2020-01-31T15:00:00Z'],
      ['2019-12-31T15:00:00.000Z', '2020-02-01T00:00:00.000+09:00'],
    ]) {
      const byInstant = await run('Activity', { from, to, bucket: 'WEEK', timeZone: 'Asia/Seoul' });
      expect(byInstant.data, `${from} .. ${to}`).toEqual(byDate.data);
    }
  });

  it('Activity: a window starting at an instant begins with the bucket holding that instant in the zone', async () => {
    // Monday 13 January 03:00 UTC is still Sunday 12 January in Los Angeles: the first week is the one of 6 January.
    const la = await run('Activity', { from: '2020-01-13T03:00:00Z', to: '2020-01-20', bucket: 'WEEK', timeZone: 'America/Los_Angeles' });
    expect(triples(la.data.activity.points)).toEqual([
      ['2020-01-06T00:00:00-08:00', 'South Korea', 0], ['2020-01-06T00:00:00-08:00', 'United States', 1],
      ['2020-01-13T00:00:00-08:00', 'South Korea', 3], ['2020-01-13T00:00:00-08:00', 'United States', 0],
    ]);
    // In Seoul the same instant is Monday noon: the window starts with the week of 13 January, so Trump's weekend is outside.
    const seoul = await run('Activity', { from: '2020-01-13T03:00:00Z', to: '2020-01-20', bucket: 'WEEK', timeZone: 'Asia/Seoul' });
    expect(triples(seoul.data.activity.points)).toEqual([['2020-01-13T00:00:00+09:00', 'South Korea', 3]]);
    expect(seoul.data.activity.outsideWindow).toBe(1);
  });

  it('Activity: a calendar date falls in the bucket of that date in any time zone, from UTC+14 to UTC-11', async () => {
    for (const [timeZone, offset] of [['Pacific/Kiritimati', '+14:00'], ['Pacific/Pago_Pago', '-11:00'], ['Asia/Kathmandu', '+05:45'], ['America/St_Johns', '-03:30']]) {
      const { data } = await run('Activity', { from: '2020-01-13', to: '2020-01-14', bucket: 'DAY', timeZone });
      expect(triples(data.activity.points), timeZone).toEqual([[`2020-01-13T00:00:00${offset}`, 'South Korea', 1]]);
    }
  });

  it('Activity: months, quarters and years are calendar periods in the zone', async () => {
    const months = await run('Activity', { from: '2019-11-15', to: '2020-02-10', bucket: 'MONTH', timeZone: 'Asia/Seoul' });
    expect([...new Set(months.data.activity.points.map((p: { time: string }) => p.time))]).toEqual([
      '2019-11-01T00:00:00+09:00', '2019-12-01T00:00:00+09:00', '2020-01-01T00:00:00+09:00', '2020-02-01T00:00:00+09:00',
    ]);
    const quarters = await run('Activity', { from: '2019-08-01', to: '2020-04-01', bucket: 'QUARTER', timeZone: 'Europe/Paris' });
    expect([...new Set(quarters.data.activity.points.map((p: { time: string }) => p.time))]).toEqual([
      '2019-07-01T00:00:00+02:00', '2019-10-01T00:00:00+02:00', '2020-01-01T00:00:00+01:00',
    ]);
    const years = await run('Activity', { from: '2019-06-01', to: '2021-01-01', bucket: 'YEAR' });
    expect(triples(years.data.activity.points)).toEqual([
      ['2019-01-01T00:00:00+00:00', 'South Korea', 0], ['2019-01-01T00:00:00+00:00', 'United States', 0],
      ['2020-01-01T00:00:00+00:00', 'South Korea', 3], ['2020-01-01T00:00:00+00:00', 'United States', 1],
    ]);
  });

  it('Activity: other groupings and other facts, each series with its total', async () => {
    const window = { from: '2020-01-01', to: '2020-02-01', bucket: 'MONTH' };
    const activity = async (args: string) => {
      const result = await api.execute(`query($w: BucketedTimeWindow!) { activity(${args}, window: $w) { total undated series { name id total } } }`, { w: window });
      expect(result.errors, args).toBeUndefined();
      return result.data.activity;
    };
    expect(await activity('groupBy: SPEAKER')).toEqual({
      total: 4, undated: 3,
      series: [
        { name: 'Donald Trump', id: toGlobalId('Person', 3), total: 1 },
        { name: 'Jeong Eun-bo', id: toGlobalId('Person', 1), total: 1 },
        { name: 'South Korean Foreign Ministry', id: toGlobalId('Organization', 3), total: 2 },
      ],
    });
    expect((await activity('groupBy: KIND')).series).toEqual([
      { name: 'DIRECT_QUOTE', id: null, total: 1 }, { name: 'OFFICIAL_STATEMENT', id: null, total: 1 }, { name: 'PARAPHRASE', id: null, total: 2 },
    ]);
    expect((await activity('groupBy: NONE')).series).toEqual([{ name: 'Statements', id: null, total: 4 }]);
    expect((await activity('groupBy: NEGOTIATION')).series).toEqual([
      { name: 'South Korea-U.S. talks to renew the Special Measures Agreement', id: negotiationId, total: 4 },
    ]);
    // Round 6 sent two delegations: it counts once for each party.
    expect(await activity('of: ROUNDS, groupBy: PARTY')).toEqual({
      total: 2, undated: 0, series: [{ name: 'South Korea', id: SOUTH_KOREA, total: 1 }, { name: 'United States', id: UNITED_STATES, total: 1 }],
    });
    // Positions are dated by their round; the United States' position on the whole negotiation is undated.
    expect(await activity('of: POSITIONS, groupBy: ISSUE')).toEqual({
      total: 1, undated: 1, series: [{ name: 'Sharing the cost of stationing U.S. troops in South Korea', id: toGlobalId('Issue', 1), total: 1 }],
    });
  });

  it('Activity: a grouping that does not apply to what is counted is refused, naming what does', async () => {
    const result = await api.execute(`{ activity(of: ROUNDS, groupBy: SPEAKER, window: { from: "2020-01-01", to: "2020-02-01", bucket: DAY }) { total } }`);
    expect(result.errors?.[0]).toMatchObject({
      message: 'groupBy SPEAKER does not apply to ROUNDS; it takes PARTY, NEGOTIATION, NONE.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' },
    });
    expect(result.statements).toBe(0);
  });

  it('Activity: a negotiation filter keeps its facts only', async () => {
    const { data } = await run('Activity', { from: '2020-01-01', to: '2020-02-01', bucket: 'MONTH', negotiationId });
    expect(data.activity).toMatchObject({ total: 4, undated: 3 });
  });

  it('Timeline: the seed\'s statements and round 6, each a region from local midnight, sorted by time', async () => {
    const { data } = await run('Timeline', { from: '2020-01-01', to: '2020-02-01', timeZone: 'America/New_York' });
    expect(data.timeline.map((e: { time: string; timeEnd: string; title: string; tags: string[] }) => [e.time, e.timeEnd, e.title, e.tags])).toEqual([
      ['2020-01-11T00:00:00-05:00', '2020-01-13T00:00:00-05:00', 'Donald Trump (United States)', ['statement', 'DIRECT_QUOTE', 'United States']],
      ['2020-01-13T00:00:00-05:00', '2020-01-14T00:00:00-05:00', 'Jeong Eun-bo (South Korea)', ['statement', 'PARAPHRASE', 'South Korea']],
      // Round 6: Tuesday and Wednesday (U.S. time) in Washington.
      ['2020-01-14T00:00:00-05:00', '2020-01-16T00:00:00-05:00', 'Round 6, Washington', ['round', 'South Korea-U.S. talks to renew the Special Measures Agreement']],
      ['2020-01-16T00:00:00-05:00', '2020-01-17T00:00:00-05:00', 'South Korean Foreign Ministry (South Korea)', ['statement', 'PARAPHRASE', 'South Korea']],
      ['2020-01-16T00:00:00-05:00', '2020-01-17T00:00:00-05:00', 'South Korean Foreign Ministry (South Korea)', ['statement', 'OFFICIAL_STATEMENT', 'South Korea']],
    ]);
    expect(data.timeline[1].text).toBe('The two sides are narrowing their differences but still remain apart on how to reach a "comprehensive" deal.');
    expect(data.timeline[2].text).toMatch(/^South Korea-U\.S\. talks to renew the Special Measures Agreement: Wrapped up without a breakthrough/);
    const round = await api.execute('query($id: ID!) { node(id: $id) { __typename ... on Round { number location } } }', { id: data.timeline[2].subject.id });
    expect(round.data.node).toEqual({ __typename: 'Round', number: 6, location: 'Washington' });
    expect(data.timeline[2].subject.__typename).toBe('Round');
  });

  it('Timeline: events overlapping the window only (from <= t < to), and at most `limit` of them', async () => {
    const { data } = await run('Timeline', { from: '2020-01-15', to: '2020-01-16' });
    expect(data.timeline.map((e: { title: string }) => e.title)).toEqual(['Round 6, Washington']);
    const limited = await api.execute('{ timeline(window: { from: "2020-01-01", to: "2020-02-01" }, limit: 2) { title } }');
    expect(limited.data.timeline.map((e: { title: string }) => e.title)).toEqual(['Donald Trump (United States)', 'Jeong Eun-bo (South Korea)']);
  });

  it('PositionMatrix: each party\'s position on the issue, by round, the whole-negotiation one without a round', async () => {
    const { data } = await run('PositionMatrix', { negotiationId });
    expect(data.positionMatrix.map((r: any) => [r.party.name, r.issue.name, r.round?.number ?? null])).toEqual([
      ['South Korea', 'Sharing the cost of stationing U.S. troops in South Korea', 6],
      ['United States', 'Sharing the cost of stationing U.S. troops in South Korea', null],
    ]);
    expect(data.positionMatrix[0].summary).toMatch(/"reasonable and equitable"/);
    expect(data.positionMatrix[1].summary).toMatch(/^Demands a significant increase/);
    expect(data.positionMatrix[0].position.id).toBe(toGlobalId('Position', 1));
  });

  it('FigureSeries: the US$870 million of last year\'s SMA and the 28,500 troops, by time, in the asked zone', async () => {
    const { data } = await run('FigureSeries', {});
    expect(data.figureSeries).toEqual([
      { time: '2019-01-01T00:00:00+00:00', series: "South Korea's required payment under the Special Measures Agreement", value: 870_000_000, unit: 'USD', approximate: true, figure: { id: toGlobalId('Figure', 2) } },
      { time: '2020-01-16T00:00:00+00:00', series: 'U.S. soldiers stationed in South Korea', value: 28_500, unit: 'troops', approximate: true, figure: { id: toGlobalId('Figure', 1) } },
    ]);
    const usd = await run('FigureSeries', { unit: 'USD' });
    expect(usd.data.figureSeries.map((f: { value: number }) => f.value)).toEqual([870_000_000]);
    // A negotiation's figures include those of the agreement it renews.
    const ofNegotiation = await api.execute('query($n: ID) { figureSeries(filter: { negotiationId: $n }, timeZone: "Asia/Seoul") { time value } }', { n: negotiationId });
    expect(ofNegotiation.data.figureSeries).toEqual([
      { time: '2019-01-01T00:00:00+09:00', value: 870_000_000 },
      { time: '2020-01-16T00:00:00+09:00', value: 28_500 },
    ]);
  });

  it('Options: negotiations, parties, speakers, units and rounds, with global IDs as values', async () => {
    const options = async (kind: string) => (await run('Options', { kind })).data.options;
    expect(await options('NEGOTIATION')).toEqual([{ value: toGlobalId('Negotiation', 1), label: 'South Korea-U.S. talks to renew the Special Measures Agreement' }]);
    expect(await options('PARTY')).toEqual([{ value: SOUTH_KOREA, label: 'South Korea' }, { value: UNITED_STATES, label: 'United States' }]);
    expect((await options('SPEAKER')).map((o: { label: string }) => o.label)).toEqual(['Donald Trump', 'Jeong Eun-bo', 'South Korean Foreign Ministry']);
    expect(new Set(await options('UNIT'))).toEqual(new Set([{ value: 'USD', label: 'USD' }, { value: 'troops', label: 'troops' }]));
    expect(await options('ROUND')).toEqual([{ value: toGlobalId('Round', 1), label: 'Round 6, Washington (South Korea-U.S. talks to renew the Special Measures Agreement)' }]);
    const within = await api.execute('query($n: ID) { options(kind: ISSUE, filter: { negotiationId: $n }) { label } }', { n: negotiationId });
    expect(within.data.options).toEqual([{ label: 'Sharing the cost of stationing U.S. troops in South Korea' }]);
  });

  it('answers each field with one SQL statement whatever the window (two with an ID to check)', async () => {
    const week = await run('Activity', { from: '2020-01-01', to: '2020-01-08', bucket: 'DAY' });
    const fiveThousandDays = await run('Activity', { from: '2010-01-01', to: '2023-09-10', bucket: 'DAY' });
    expect(fiveThousandDays.data.activity.points).toHaveLength(5_000 * 2);
    expect([week.statements, fiveThousandDays.statements]).toEqual([1, 1]);
    expect((await run('Activity', { from: '2010-01-01', to: '2023-09-10', bucket: 'DAY', negotiationId })).statements).toBe(2);
    expect((await run('Timeline', { from: '2000-01-01', to: '2030-01-01' })).statements).toBe(1);
    expect((await run('FigureSeries', {})).statements).toBe(1);
    expect((await run('Options', { kind: 'SPEAKER' })).statements).toBe(1);
  });
});

describe('daylight saving and week boundaries (with a FICTIONAL round 7 on 17-18 March 2020)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const [outcome] = await ingestFiles(api.db.dataSource, [FICTIONAL_MARCH_ROUND]);
    expect(outcome.ok).toBe(true);
  });
  afterAll(async () => api?.stop());

  const times = async (bucket: string, from: string, to: string, timeZone: string, of = 'STATEMENTS') => {
    const result = await api.execute(
      'query($w: BucketedTimeWindow!, $of: ActivityOf!) { activity(of: $of, groupBy: NONE, window: $w) { total points { time value } } }',
      { w: { from, to, bucket, timeZone }, of },
    );
    expect(result.errors).toBeUndefined();
    return result.data.activity.points.map((p: { time: string; value: number }) => [p.time, p.value]);
  };

  it('DAY across 8 March 2020 in New York: local midnights, the offset moving from -05:00 to -04:00, no day lost or doubled', async () => {
    expect(await times('DAY', '2020-03-06', '2020-03-11', 'America/New_York', 'ROUNDS')).toEqual([]);
    expect(await times('DAY', '2020-03-06', '2020-03-19', 'America/New_York')).toEqual([
      ['2020-03-06T00:00:00-05:00', 0], ['2020-03-07T00:00:00-05:00', 0], ['2020-03-08T00:00:00-05:00', 0],
      ['2020-03-09T00:00:00-04:00', 0], ['2020-03-10T00:00:00-04:00', 0], ['2020-03-11T00:00:00-04:00', 0],
      ['2020-03-12T00:00:00-04:00', 0], ['2020-03-13T00:00:00-04:00', 0], ['2020-03-14T00:00:00-04:00', 0],
      ['2020-03-15T00:00:00-04:00', 0], ['2020-03-16T00:00:00-04:00', 0], ['2020-03-17T00:00:00-04:00', 0],
      // The fictional Jeong quote, "said Wednesday".
      ['2020-03-18T00:00:00-04:00', 1],
    ]);
  });

  it('WEEK across 8 March 2020 in New York: Mondays at local midnight, before and after the change', async () => {
    expect(await times('WEEK', '2020-02-24', '2020-03-23', 'America/New_York')).toEqual([
      ['2020-02-24T00:00:00-05:00', 0], ['2020-03-02T00:00:00-05:00', 0], ['2020-03-09T00:00:00-04:00', 0], ['2020-03-16T00:00:00-04:00', 1],
    ]);
    expect(await times('WEEK', '2020-02-24', '2020-03-23', 'America/New_York', 'ROUNDS')).toEqual([
      ['2020-02-24T00:00:00-05:00', 0], ['2020-03-02T00:00:00-05:00', 0], ['2020-03-09T00:00:00-04:00', 0], ['2020-03-16T00:00:00-04:00', 1],
    ]);
  });

  it('WEEK in Berlin (summer time from 29 March) and Sydney (summer time until 5 April), with Grafana-style epoch milliseconds', async () => {
    const berlinFrom = String(Date.UTC(2020, 2, 15, 23)); // 16 March, local midnight
    const berlinTo = String(Date.UTC(2020, 3, 5, 22)); // 6 April, local midnight
    expect(await times('WEEK', berlinFrom, berlinTo, 'Europe/Berlin')).toEqual([
      ['2020-03-16T00:00:00+01:00', 1], ['2020-03-23T00:00:00+01:00', 0], ['2020-03-30T00:00:00+02:00', 0],
    ]);
    expect(await times('WEEK', '2020-03-16', '2020-04-13', 'Australia/Sydney')).toEqual([
      ['2020-03-16T00:00:00+11:00', 1], ['2020-03-23T00:00:00+11:00', 0], ['2020-03-30T00:00:00+11:00', 0], ['2020-04-06T00:00:00+10:00', 0],
    ]);
  });

  it('a day that begins at 01:00 (Havana skipped midnight on 8 March 2020) starts its bucket when the day begins', async () => {
    expect((await times('DAY', '2020-03-07', '2020-03-19', 'America/Havana')).slice(0, 3).map(([time]: [string]) => time)).toEqual([
      '2020-03-07T00:00:00-05:00', '2020-03-08T01:00:00-04:00', '2020-03-09T00:00:00-04:00',
    ]);
  });
});

describe('on 25 generated negotiations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await generateSyntheticData(api.db.dataSource, { scale: 25, seed: 11 });
  });
  afterAll(async () => api?.stop());

  it('refuses, after counting the series, an answer of more than 100,000 points, and suggests how to narrow it', async () => {
    const result = await api.execute('{ activity(groupBy: SPEAKER, window: { from: "2005-01-01", to: "2018-01-01", bucket: DAY }) { total } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'window' });
    expect(result.errors?.[0].message).toMatch(/^This answer would hold [\d,]+ points \(4748 buckets × \d+ series\); at most 100,000 are answered\./);
    const weekly = await api.execute('{ activity(groupBy: SPEAKER, window: { from: "2005-01-01", to: "2018-01-01", bucket: YEAR }) { total points { value } } }');
    expect(weekly.errors).toBeUndefined();
    expect(weekly.data.activity.points.reduce((sum: number, p: { value: number }) => sum + p.value, 0)).toBe(weekly.data.activity.total);
  });

  it('Timeline: a negotiation\'s events are exactly its events in the timeline of all negotiations, a span begun before the window included', async () => {
    const db = api.db.dataSource;
    // A statement over three days or more; the first window starts on its third day and ends the day after its last.
    const [spanning] = await db.query(
      `SELECT "id", "negotiation_id" AS "negotiation", ("stated_start" + 2)::text AS "from", ("stated_end" + 1)::text AS "to"
       FROM "statement" WHERE "retracted_at" IS NULL AND "stated_end" >= "stated_start" + 2 ORDER BY "id" LIMIT 1`,
    );
    expect(spanning, 'the generator writes statements over several days').toBeDefined();
    const idsOf = async (table: string) => new Set<number>((await db.query(`SELECT "id" FROM "${table}" WHERE "negotiation_id" = $1`, [spanning.negotiation])).map((r: { id: number }) => r.id));
    const own = { Round: await idsOf('round'), Statement: await idsOf('statement') };
    type Event = { time: string; timeEnd: string; title: string; subject: { __typename: 'Round' | 'Statement'; id: string } };
    const query = 'query($w: TimeWindow!, $f: TimelineFilter) { timeline(window: $w, filter: $f, limit: 10000) { time timeEnd title subject { __typename id } } }';
    for (const window of [{ from: spanning.from, to: spanning.to, timeZone: 'Asia/Seoul' }, { from: '2000-01-01', to: '2030-01-01' }]) {
      const all = await api.execute(query, { w: window });
      const one = await api.execute(query, { w: window, f: { negotiationId: toGlobalId('Negotiation', spanning.negotiation) } });
      expect([all.errors, one.errors]).toEqual([undefined, undefined]);
      const expected = (all.data.timeline as Event[]).filter((e) => own[e.subject.__typename].has(fromGlobalId(e.subject.id)!.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(one.data.timeline).toEqual(expected);
      expect(one.data.timeline.map((e: Event) => e.subject.id)).toContain(toGlobalId('Statement', spanning.id));
    }
  });
});
