import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/globalId.js';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { startTestApi, type TestApi } from './support/api.js';
import { makeToken } from './support/editing.js';

/** A made-up report (FICTIONAL people and bodies) whose sentences the edits below cite. */
const SOURCE = {
  title: 'EXAMPLE (fictional): An envoy who changes sides',
  publisher: 'Example Wire',
  publishedAt: '2020-01-20',
  url: 'https://example.org/fictional/envoy',
  text:
    'EXAMPLE ONLY, a made-up report for tests. Alex Example is a fellow of the Example Institute. ' +
    'Alex Example also advises the Example Ministry. The Example Ministry is part of the government of South Korea. ' +
    'Alex Example joined the U.S. delegation. Alex Example sat at the table for South Korea. ' +
    '"We are close," Alex Example said on 15 January.',
};

/** The statements whose kept party is not what the rule finds now (none, ever). */
const STALE = `SELECT "id" FROM "statement"
  WHERE "party_organization_id" IS DISTINCT FROM "kb_statement_party_organization"("speaker_organization_id", "speaker_person_id", "round_id", "negotiation_id")`;

describe('the party a statement speaks for, kept up to date under edits', () => {
  let api: TestApi;
  let token: string;
  let sourceId: string;
  let statementId: string;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  const cite = (excerpt: string) => [{ sourceId, excerpt }];

  /** Runs a mutation with the editor's token and returns its payload, failing on any error. */
  async function mutate(field: string, input: Record<string, unknown>, select: string): Promise<any> {
    const { data, errors } = await api.execute(`mutation($input: ${field[0].toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { ${select} userErrors { code message } } }`, { input }, undefined, { token });
    expect(errors, field).toBeUndefined();
    expect(data[field].userErrors, field).toEqual([]);
    return data[field];
  }
  async function retract(name: string) {
    await mutate('retract', { id: ids[name], version: versions[name], reason: 'EXAMPLE: a test of the party rule' }, 'retractedId');
  }

  /** The party of the fictional statement as analytics.statements, Timeline and Activity each answer it. */
  async function party(): Promise<{ view: string | null; timeline: string; activity: string[] }> {
    const [row] = await q(`SELECT "party" FROM "analytics"."statements" WHERE "id" = $1`, [Number(Buffer.from(statementId, 'base64url').toString().split(':')[1])]);
    const window = { from: '2020-01-15', to: '2020-01-16' };
    const timeline = await api.execute(`query($w: TimeWindow!) { timeline(window: $w) { tags subject { id } } }`, { w: window });
    const event = timeline.data.timeline.find((e: { subject: { id: string } }) => e.subject.id === statementId);
    const activity = await api.execute(
      `query($w: BucketedTimeWindow!) { activity(of: STATEMENTS, groupBy: PARTY, window: $w) { series { name } } }`,
      { w: { ...window, bucket: 'DAY' } },
    );
    expect(await q(STALE)).toEqual([]);
    return { view: row.party, timeline: event.tags[2], activity: activity.data.activity.series.map((s: { name: string }) => s.name) };
  }
  const everywhere = (name: string) => ({ view: name === 'Unattributed' ? null : name, timeline: name, activity: [name] });

  beforeAll(async () => {
    api = await startTestApi();
    ({ token } = await makeToken(api.db.dataSource, 'editor', 'party-editor'));
    sourceId = (await mutate('addSource', SOURCE, 'source { id }')).source.id;
    for (const [name, kind] of [['Example Institute', 'OTHER'], ['Example Ministry', 'MINISTRY']]) {
      const { organization } = await mutate('addOrganization', { name, kind, citations: cite(`the ${name}`) }, 'organization { id version }');
      ids[name] = organization.id;
      versions[name] = organization.version;
    }
    ids['Alex Example'] = (await mutate('addPerson', { name: 'Alex Example', citations: cite('Alex Example is a fellow') }, 'person { id }')).person.id;
    for (const [id, name] of await q(`SELECT "id", "name" FROM "organization" WHERE "name" IN ('South Korea', 'United States')`).then((rows) => rows.map((r: { id: number; name: string }) => [r.id, r.name]))) {
      ids[name] = toGlobalId('Organization', id);
    }
    ids['round 6'] = toGlobalId('Round', (await q(`SELECT "id" FROM "round" WHERE "number" = 6`))[0].id);
    const [us] = await q(`SELECT "d"."id", "d"."version" FROM "delegation" "d" JOIN "organization" "o" ON "o"."id" = "d"."party_id" WHERE "o"."name" = 'United States'`);
    ids['U.S. delegation'] = toGlobalId('Delegation', us.id);
    versions['U.S. delegation'] = us.version;
  });
  afterAll(async () => api?.stop());

  it('follows the speaker, participants, delegations, affiliations and the organizations above them, edit by edit, in the view and in the API alike', async () => {
    const recorded = await mutate(
      'recordStatement',
      { speakerId: ids['Alex Example'], roundId: ids['round 6'], kind: 'DIRECT_QUOTE', text: 'We are close', statedOn: { start: '2020-01-15', wording: 'on 15 January' }, citations: cite('"We are close," Alex Example said on 15 January.') },
      'statement { id version }',
    );
    statementId = recorded.statement.id;
    expect(await party()).toEqual(everywhere('Unattributed'));

    const fellow = await mutate('addAffiliation', { personId: ids['Alex Example'], organizationId: ids['Example Institute'], role: 'fellow', citations: cite('a fellow of the Example Institute') }, 'affiliation { id version }');
    ids.fellow = fellow.affiliation.id;
    versions.fellow = fellow.affiliation.version;
    expect(await party()).toEqual(everywhere('Example Institute'));

    // Neither organization is (part of) a state: the earlier affiliation counts.
    await mutate('addAffiliation', { personId: ids['Alex Example'], organizationId: ids['Example Ministry'], role: 'adviser', citations: cite('also advises the Example Ministry') }, 'affiliation { id }');
    expect(await party()).toEqual(everywhere('Example Institute'));

    // The ministry becomes part of a state: that affiliation comes first now.
    const joined = await mutate('updateOrganization', { id: ids['Example Ministry'], version: versions['Example Ministry'], parentId: ids['South Korea'], citations: cite('part of the government of South Korea') }, 'organization { version }');
    versions['Example Ministry'] = joined.organization.version;
    expect(await party()).toEqual(everywhere('South Korea'));

    await mutate('addDelegationMember', { delegationId: ids['U.S. delegation'], personId: ids['Alex Example'], citations: cite('Alex Example joined the U.S. delegation.') }, 'delegationMember { id }');
    expect(await party()).toEqual(everywhere('United States'));

    const seat = await mutate('addRoundParticipant', { roundId: ids['round 6'], personId: ids['Alex Example'], partyId: ids['South Korea'], citations: cite('sat at the table for South Korea') }, 'roundParticipant { id version }');
    expect(await party()).toEqual(everywhere('South Korea'));

    // A seat at the table without a party: the delegation speaks for them again.
    await mutate('updateRoundParticipant', { id: seat.roundParticipant.id, version: seat.roundParticipant.version, partyId: null }, 'roundParticipant { id }');
    expect(await party()).toEqual(everywhere('United States'));

    ids.delegation = ids['U.S. delegation'];
    versions.delegation = versions['U.S. delegation'];
    await retract('delegation');
    expect(await party()).toEqual(everywhere('South Korea'));

    const left = await mutate('updateOrganization', { id: ids['Example Ministry'], version: versions['Example Ministry'], parentId: null }, 'organization { version }');
    versions['Example Ministry'] = left.organization.version;
    expect(await party()).toEqual(everywhere('Example Institute'));

    await retract('fellow');
    expect(await party()).toEqual(everywhere('Example Ministry'));

    const reassigned = await api.execute(
      `mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { userErrors { code message } } }`,
      { input: { id: statementId, version: recorded.statement.version, speakerId: toGlobalId('Organization', (await q(`SELECT "id" FROM "organization" WHERE "name" = 'South Korean Foreign Ministry'`))[0].id) } },
      undefined,
      { token },
    );
    expect(reassigned.data.updateStatement.userErrors).toEqual([]);
    expect(await party()).toEqual(everywhere('South Korea'));
  });

  it('overwrites a party written by hand with the one the rule finds', async () => {
    await q(`UPDATE "statement" SET "party_organization_id" = (SELECT "id" FROM "organization" WHERE "name" = 'United States')`);
    expect(await q(STALE)).toEqual([]);
    expect(await q(`SELECT DISTINCT "party" FROM "analytics"."statements" WHERE "speaker_type" = 'Organization'`)).toEqual([{ party: 'South Korea' }]);
  });

  it('gives statements written in bulk with COPY (the generator) their parties', async () => {
    await generateSyntheticData(api.db.dataSource, { scale: 3, seed: 7 });
    expect(await q(STALE)).toEqual([]);
    const [{ unattributed, generated }] = await q(`SELECT count(*) FILTER (WHERE "party" IS NULL)::int AS "unattributed", count(*)::int AS "generated"
      FROM "analytics"."statements" WHERE "negotiation" LIKE '%(synthetic %'`);
    expect(generated).toBeGreaterThan(0);
    expect(unattributed).toBeLessThan(generated);
  });
});
