import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_DIR, startTestApi, type TestApi } from './support/api.js';

// The contract's operations, sent exactly as the file has them.
const CORE = readFileSync(join(CONTRACT_DIR, 'core.graphql'), 'utf8');

describe('the contract files', () => {
  const schema = buildSchema(readFileSync(join(CONTRACT_DIR, '..', 'schema.graphql'), 'utf8'));
  const files = readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.graphql')).sort();

  it('include the core, editing and dashboards operations', () => {
    expect(files).toEqual(expect.arrayContaining(['core.graphql', 'dashboards.graphql', 'editing.graphql']));
  });

  it.each(files)('%s validates against schema.graphql', (file) => {
    const errors = validate(schema, parse(readFileSync(join(CONTRACT_DIR, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('core contract on the seeded article', () => {
  let api: TestApi;
  let sourceText: string;
  beforeAll(async () => {
    api = await startTestApi();
    const sources = await api.execute(CORE, {}, 'Sources');
    sourceText = sources.data.sources.nodes[0].text;
  });
  afterAll(async () => api?.stop());

  /** Every citation in a response must be the source's text between its offsets. */
  function expectCitationsVerbatim(value: unknown): number {
    let checked = 0;
    const visit = (v: any) => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        if (typeof v.excerpt === 'string' && typeof v.start === 'number') {
          expect(sourceText.slice(v.start, v.end)).toBe(v.excerpt);
          checked++;
        }
        Object.values(v).forEach(visit);
      }
    };
    visit(value);
    return checked;
  }

  it('RoundParticipants: the sixth round, its dates and place, both delegations, who sat at the table and what was said', async () => {
    const { data, errors } = await api.execute(CORE, { number: 6 }, 'RoundParticipants');
    expect(errors).toBeUndefined();
    expect(data.rounds.totalCount).toBe(1);
    const round = data.rounds.nodes[0];
    expect(round).toMatchObject({ number: 6, startDate: '2020-01-14', endDate: '2020-01-15', location: 'Washington' });
    expect(round.outcome).toEqual(expect.any(String));
    expect(round.negotiation.status).toBe('ONGOING');
    expect(round.negotiation.parties.map((p: any) => p.name).sort()).toEqual(['South Korea', 'United States']);
    expect(round.negotiation.agreement.shortName).toBe('SMA');
    const heads = Object.fromEntries(round.delegations.map((d: any) => [d.party.name, d.head.name]));
    expect(heads).toEqual({ 'South Korea': 'Jeong Eun-bo', 'United States': 'James DeHart' });
    for (const d of round.delegations) expect(d.members.map((m: any) => m.person.name)).toContain(d.head.name);
    const participants = Object.fromEntries(round.participants.map((p: any) => [p.person.name, p]));
    expect(Object.keys(participants).sort()).toEqual(['James DeHart', 'Jeong Eun-bo']);
    expect(participants['Jeong Eun-bo'].party.name).toBe('South Korea');
    expect(participants['James DeHart'].party.name).toBe('United States');
    expect(participants['Jeong Eun-bo'].statements.map((s: any) => s.text).join(' ')).toMatch(/narrowing their differences/);
    const speakers = round.statements.map((s: any) => `${s.speaker.__typename}:${s.speaker.name}`);
    expect(speakers).toContain('Person:Jeong Eun-bo');
    expect(speakers.some((s: string) => s.startsWith('Organization:'))).toBe(true);
    expect(round.statements.map((s: any) => s.text)).toContain(
      'The two sides broadened their mutual understanding and consensus, but confirmed that there are still differences between them',
    );
    expect(round.citations.length).toBeGreaterThan(0);
    expect(expectCitationsVerbatim(data)).toBeGreaterThan(0);
  });

  it('Statements: everything said, newest first, with resolved dates and the source wording', async () => {
    const { data, errors } = await api.execute(CORE, { first: 50 }, 'Statements');
    expect(errors).toBeUndefined();
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(data.statements.totalCount).toBe(nodes.length);
    const trump = nodes.find((n: any) => n.text === "They're going to pay us a lot more.");
    expect(trump).toMatchObject({ kind: 'DIRECT_QUOTE', statedOn: { start: '2020-01-11', end: '2020-01-12' }, speaker: { __typename: 'Person', name: 'Donald Trump' } });
    expect(trump.statedOn.wording).toMatch(/weekend/);
    const jeong = nodes.find((n: any) => n.speaker.name === 'Jeong Eun-bo');
    expect(jeong.statedOn).toMatchObject({ start: '2020-01-13', end: '2020-01-13' });
    const starts = nodes.map((n: any) => n.statedOn?.start ?? '');
    const dated = starts.filter((s: string) => s !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(starts.slice(dated.length).every((s: string) => s === '')).toBe(true);
    expect(expectCitationsVerbatim(data)).toBeGreaterThanOrEqual(nodes.length);
  });

  it('Agreements: the expired SMA, its parties, end date and the US$870 million figure', async () => {
    const { data, errors } = await api.execute(CORE, {}, 'Agreements');
    expect(errors).toBeUndefined();
    const sma = data.agreements.nodes.find((a: any) => a.shortName === 'SMA');
    expect(sma).toMatchObject({ status: 'EXPIRED', effectiveTo: '2019-12-31' });
    expect(sma.parties.map((p: any) => p.name).sort()).toEqual(['South Korea', 'United States']);
    expect(sma.figures).toEqual([expect.objectContaining({ value: 870_000_000, unit: 'USD', approximate: true })]);
    expect(sma.negotiations).toHaveLength(1);
    expectCitationsVerbatim(data);
  });

  it('Positions: where each party stands, by issue, with citations', async () => {
    const { data, errors } = await api.execute(CORE, {}, 'Positions');
    expect(errors).toBeUndefined();
    const positions = data.negotiations.nodes[0].positions;
    const parties = new Set(positions.map((p: any) => p.party.name));
    expect(parties).toEqual(new Set(['South Korea', 'United States']));
    const korean = positions.find((p: any) => p.party.name === 'South Korea');
    expect(korean.summary).toMatch(/reasonable and equitable/);
    expect(korean.round.number).toBe(6);
    for (const p of positions) expect(p.citations.length).toBeGreaterThan(0);
    expectCitationsVerbatim(data);
  });

  it('Figures: some 28,500 troops and some US$870 million, both approximate', async () => {
    const { data, errors } = await api.execute(CORE, {}, 'Figures');
    expect(errors).toBeUndefined();
    const byValue = Object.fromEntries(data.figures.nodes.map((f: any) => [f.value, f]));
    expect(byValue[28500]).toMatchObject({ approximate: true, asOf: { start: '2020-01-16', end: '2020-01-16' } });
    expect(byValue[870000000]).toMatchObject({ unit: 'USD', approximate: true, asOf: { start: '2019-01-01', end: '2019-12-31' } });
    expect(data.figures.totalCount).toBe(2);
    expectCitationsVerbatim(data);
  });

  it('People: a name filter finds the person, their affiliations and statements', async () => {
    const { data, errors } = await api.execute(CORE, { name: 'dehart' }, 'People');
    expect(errors).toBeUndefined();
    expect(data.people.totalCount).toBe(1);
    expect(data.people.nodes[0].name).toBe('James DeHart');
    expect(data.people.nodes[0].affiliations[0].organization.name).toBe('United States');
    const all = await api.execute(CORE, { name: null }, 'People');
    expect(all.data.people.nodes.map((p: any) => p.name)).toEqual(['Donald Trump', 'James DeHart', 'Jeong Eun-bo']);
    const trump = all.data.people.nodes[0];
    expect(trump.statements.totalCount).toBe(2);
  });

  it('Search: finds statements, positions and the source, best match first', async () => {
    const { data, errors } = await api.execute(CORE, { query: 'differences' }, 'Search');
    expect(errors).toBeUndefined();
    expect(data.search.totalCount).toBeGreaterThan(1);
    expect(data.search.nodes[0].__typename).toBe('Statement');
    const types = new Set(data.search.nodes.map((n: any) => n.__typename));
    expect(types.has('Source')).toBe(true);
  });

  it('Node: any object comes back by its global ID', async () => {
    const round = await api.execute(CORE, { number: 6 }, 'RoundParticipants');
    const ids: [string, string][] = [
      [round.data.rounds.nodes[0].id, 'Round'],
      [round.data.rounds.nodes[0].negotiation.id, 'Negotiation'],
      [round.data.rounds.nodes[0].delegations[0].id, 'Delegation'],
      [round.data.rounds.nodes[0].statements[0].id, 'Statement'],
      [round.data.rounds.nodes[0].citations[0].source.id, 'Source'],
    ];
    for (const [id, type] of ids) {
      const { data, errors } = await api.execute(CORE, { id }, 'Node');
      expect(errors).toBeUndefined();
      expect(data.node).toEqual({ id, __typename: type });
    }
  });

  it('Sources: the article with its full text, every excerpt cited from it at its offsets', async () => {
    const { data, errors } = await api.execute(CORE, {}, 'Sources');
    expect(errors).toBeUndefined();
    expect(data.sources.totalCount).toBe(1);
    const source = data.sources.nodes[0];
    expect(source).toMatchObject({ publisher: 'Yonhap News Agency', publishedAt: '2020-01-16' });
    expect(source.text).toMatch(/^S\. Korea, U\.S\. Wrap Up Defense Cost Talks Without Breakthrough/);
    expect(source.text).toMatch(/"They're going to pay us a lot more\."$/);
    expect(source.text).not.toMatch(/See all|prev next/);
    expect(source.citations.totalCount).toBe(source.citations.nodes.length);
    for (const c of source.citations.nodes) expect(source.text.slice(c.start, c.end)).toBe(c.excerpt);
  });
});
