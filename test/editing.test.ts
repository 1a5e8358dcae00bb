import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/lib/globalId.js';
import { userErrorOfDatabaseError } from '../src/services/editing/runMutation.js';
import { startTestApi, type TestApi } from './support/api.js';
import { countRows, EDITING, EXAMPLE_SOURCE, makeToken } from './support/editing.js';

/** An in-process answer as a client receives it: DateTime values become ISO strings. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const TALKS = 'South Korea-U.S. talks to renew the Special Measures Agreement';
const ISSUE = 'Sharing the cost of stationing U.S. troops in South Korea';

describe('editing contract', () => {
  let api: TestApi;
  let token: string;
  let editor: string;
  /** IDs of seeded facts, by name. */
  const ids: Record<string, string> = {};
  let sourceId: string;

  /** Runs an operation of editing.graphql as the file has it, with the editor's token; the answer as it would travel (JSON). */
  const run = async (operationName: string, variables: Record<string, unknown>) => asJson(await api.execute(EDITING, variables, operationName, { token }));
  /** Runs any operation with the editor's token (reads are open; the token is only looked up for writes). */
  const exec = async (query: string, variables: Record<string, unknown> = {}) => asJson(await api.execute(query, variables, undefined, { token }));

  /** Expects `call` to answer with exactly these user errors and to have written nothing at all. */
  async function expectRefused(call: () => Promise<{ data?: any; errors?: unknown }>, field: string, userErrors: unknown[]) {
    const before = await countRows(api.db.dataSource);
    const { data, errors } = await call();
    expect(errors).toBeUndefined();
    expect(data[field].userErrors).toEqual(userErrors);
    expect(await countRows(api.db.dataSource)).toEqual(before);
    return data[field];
  }

  beforeAll(async () => {
    api = await startTestApi();
    ({ token, name: editor } = await makeToken(api.db.dataSource, 'editor', 'analyst-1'));
    const { data } = await api.execute(`{
      negotiations(first: 5) { nodes { id title } }
      organizations(first: 10) { nodes { id name } }
      people(first: 10) { nodes { id name } }
      issues(first: 5) { nodes { id name } }
      rounds(first: 5) { nodes { id number } }
      agreements(first: 5) { nodes { id name } }
    }`);
    for (const list of Object.values(data) as { nodes: { id: string; name?: string; title?: string; number?: number }[] }[]) {
      for (const n of list.nodes) ids[n.name ?? n.title ?? `round ${n.number}`] = n.id;
    }
    const added = await run('AddSource', { input: EXAMPLE_SOURCE });
    sourceId = added.data.addSource.source.id;
  });
  afterAll(async () => api?.stop());

  const cite = (excerpt: string, start?: number) => ({ sourceId, excerpt, ...(start === undefined ? {} : { start }) });

  describe('the operations of editing.graphql', () => {
    it('AddSource stores a source with its full text and answers with it', async () => {
      const input = { title: 'Allies end sixth round', publisher: 'Example Wire', publishedAt: '2020-01-16', url: 'https://example.org/a', text: 'The sixth round ended on Wednesday in Washington.' };
      const { data, errors } = await run('AddSource', { input });
      expect(errors).toBeUndefined();
      expect(data.addSource).toEqual({
        source: { id: expect.any(String), title: input.title, publishedAt: '2020-01-16', text: input.text },
        userErrors: [],
      });
      const sources = await api.execute(`{ sources(filter: { publisher: "Example Wire" }) { totalCount } }`);
      expect(sources.data.sources.totalCount).toBe(2);
    });

    it('AddRound adds a cited round at version 1; the server computes the offsets', async () => {
      const { data, errors } = await run('AddRound', {
        input: {
          negotiationId: ids[TALKS], number: 7, startDate: '2020-03-17', endDate: '2020-03-19', location: 'Los Angeles',
          citations: [cite('The seventh round of the talks ended on Thursday in Los Angeles')],
        },
      });
      expect(errors).toBeUndefined();
      expect(data.addRound).toEqual({
        round: { id: expect.any(String), number: 7, startDate: '2020-03-17', endDate: '2020-03-19', location: 'Los Angeles', outcome: null, version: 1 },
        userErrors: [],
      });
      ids['round 7'] = data.addRound.round.id;
      const round = await exec(`query($id: ID!) { node(id: $id) { ... on Round { negotiation { title } citations { excerpt start end source { id text } } } } }`, { id: ids['round 7'] });
      const [citation] = round.data.node.citations;
      expect(round.data.node.negotiation.title).toBe(TALKS);
      expect(citation.source.id).toBe(sourceId);
      expect(citation.start).toBe(EXAMPLE_SOURCE.text.indexOf('The seventh round'));
      expect(citation.source.text.slice(citation.start, citation.end)).toBe(citation.excerpt);
    });

    it('UpdateRound changes only the fields given and bumps the version', async () => {
      const { data, errors } = await run('UpdateRound', { input: { id: ids['round 7'], version: 1, outcome: 'No deal.' } });
      expect(errors).toBeUndefined();
      expect(data.updateRound).toEqual({ round: { id: ids['round 7'], outcome: 'No deal.', location: 'Los Angeles', version: 2 }, userErrors: [] });
    });

    it('UpdateRound that changes nothing writes nothing and keeps the version', async () => {
      const before = await countRows(api.db.dataSource);
      const { data } = await run('UpdateRound', { input: { id: ids['round 7'], version: 2, outcome: 'No deal.' } });
      expect(data.updateRound).toEqual({ round: { id: ids['round 7'], outcome: 'No deal.', location: 'Los Angeles', version: 2 }, userErrors: [] });
      expect(await countRows(api.db.dataSource)).toEqual(before);
    });

    it('RecordStatement records a dated direct quote with its speaker, round and citations', async () => {
      const excerpt = '"We remain apart on the total amount," Jeong said on Thursday';
      const { data, errors } = await run('RecordStatement', {
        input: {
          speakerId: ids['Jeong Eun-bo'], roundId: ids['round 7'], text: 'We remain apart on the total amount', kind: 'DIRECT_QUOTE',
          statedOn: { start: '2020-03-19', end: '2020-03-19', wording: 'on Thursday' },
          citations: [cite(excerpt)],
        },
      });
      expect(errors).toBeUndefined();
      const start = EXAMPLE_SOURCE.text.indexOf(excerpt);
      expect(data.recordStatement).toEqual({
        statement: {
          id: expect.any(String),
          text: 'We remain apart on the total amount',
          kind: 'DIRECT_QUOTE',
          version: 1,
          statedOn: { start: '2020-03-19', end: '2020-03-19', wording: 'on Thursday' },
          speaker: { __typename: 'Person', id: ids['Jeong Eun-bo'], name: 'Jeong Eun-bo' },
          round: { id: ids['round 7'], number: 7 },
          citations: [{ excerpt, start, end: start + excerpt.length, source: { id: sourceId } }],
        },
        userErrors: [],
      });
      ids.quote = data.recordStatement.statement.id;
      // The round's negotiation became the statement's.
      const negotiation = await exec(`query($id: ID!) { node(id: $id) { ... on Statement { negotiation { title } } } }`, { id: ids.quote });
      expect(negotiation.data.node.negotiation.title).toBe(TALKS);
    });

    it('RecordPosition records where a party stands on an issue in a round', async () => {
      const { data, errors } = await run('RecordPosition', {
        input: { partyId: ids['South Korea'], issueId: ids[ISSUE], roundId: ids['round 7'], summary: 'Wants a one-year deal.', citations: [cite('The South wants a one-year deal.')] },
      });
      expect(errors).toBeUndefined();
      expect(data.recordPosition).toEqual({
        position: { id: expect.any(String), summary: 'Wants a one-year deal.', version: 1, party: { id: ids['South Korea'] }, issue: { id: ids[ISSUE] }, round: { id: ids['round 7'] } },
        userErrors: [],
      });
      ids.position = data.recordPosition.position.id;
    });

    it('Retract hides a fact from lists and search; node(id:) still returns it with the reason and its history', async () => {
      const found = await exec(`{ search(query: "one-year deal") { nodes { __typename ... on Position { id } } } }`);
      expect(found.data.search.nodes).toContainEqual({ __typename: 'Position', id: ids.position });

      const { data, errors } = await run('Retract', { input: { id: ids.position, version: 1, reason: 'Misread the example.' } });
      expect(errors).toBeUndefined();
      expect(data.retract).toEqual({ retractedId: ids.position, userErrors: [] });

      const lists = await exec(`query($round: ID!) {
        positions(filter: { roundId: $round }) { totalCount nodes { id } }
        search(query: "one-year deal") { nodes { __typename ... on Position { id } } }
        rounds(filter: { number: 7 }) { nodes { positions { id } } }
      }`, { round: ids['round 7'] });
      expect(lists.data.positions).toEqual({ totalCount: 0, nodes: [] });
      expect(lists.data.search.nodes).not.toContainEqual({ __typename: 'Position', id: ids.position });
      expect(lists.data.rounds.nodes[0].positions).toEqual([]);

      const node = await exec(`query($id: ID!) { node(id: $id) { ... on Position { summary version retractedAt retractionReason citations { id }
        history { totalCount nodes { action actor changes } } } } }`, { id: ids.position });
      expect(node.data.node).toMatchObject({ summary: 'Wants a one-year deal.', version: 2, retractedAt: expect.any(String), retractionReason: 'Misread the example.' });
      expect(node.data.node.history.nodes.map((c: any) => c.action)).toEqual(['RETRACT', 'CREATE']);
      expect(node.data.node.history.nodes[0].changes).toEqual({
        retractedAt: { before: null, after: node.data.node.retractedAt },
        retractionReason: { before: null, after: 'Misread the example.' },
      });
      // Its citations went with it: out of the source's list, still reachable, retracted for the same reason.
      const source = await exec(`query($id: ID!) { node(id: $id) { ... on Source { citations(first: 100) { nodes { subject { __typename } } } } } }`, { id: sourceId });
      expect(source.data.node.citations.nodes.map((c: any) => c.subject.__typename)).not.toContain('Position');
    });

    it('History lists every change of a fact newest first: who, when, what, before and after', async () => {
      const { data, errors } = await run('History', { id: ids['round 7'] });
      expect(errors).toBeUndefined();
      const { history, version } = data.node;
      expect(version).toBe(2);
      expect(history.totalCount).toBe(2);
      expect(history.nodes).toEqual([
        { at: expect.any(String), action: 'UPDATE', actor: editor, changes: { outcome: { before: null, after: 'No deal.' } } },
        {
          at: expect.any(String),
          action: 'CREATE',
          actor: editor,
          changes: {
            negotiationId: { before: null, after: ids[TALKS] },
            number: { before: null, after: 7 },
            startDate: { before: null, after: '2020-03-17' },
            endDate: { before: null, after: '2020-03-19' },
            location: { before: null, after: 'Los Angeles' },
          },
        },
      ]);
      expect(Date.parse(history.nodes[0].at)).toBeGreaterThanOrEqual(Date.parse(history.nodes[1].at));
      expect(Math.abs(Date.parse(history.nodes[0].at) - Date.now())).toBeLessThan(60_000);

      const statement = await run('History', { id: ids.quote });
      expect(statement.data.node.history.nodes).toEqual([expect.objectContaining({ action: 'CREATE', actor: editor })]);
      const position = await run('History', { id: ids.position });
      expect(position.data.node.history.nodes.map((c: any) => [c.action, c.actor])).toEqual([['RETRACT', editor], ['CREATE', editor]]);
    });

    it('History pages newest first with first/after', async () => {
      for (const [version, location] of [[2, 'LA'], [3, 'Los Angeles, California']] as const) {
        const { data } = await exec(`mutation($input: UpdateRoundInput!) { updateRound(input: $input) { userErrors { code } } }`, { input: { id: ids['round 7'], version, location } });
        expect(data.updateRound.userErrors).toEqual([]);
      }
      const page = `query($id: ID!, $after: String) { node(id: $id) { ... on Round { history(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { action changes } } } } }`;
      const first = await exec(page, { id: ids['round 7'] });
      expect(first.data.node.history.totalCount).toBe(4);
      expect(first.data.node.history.nodes.map((c: any) => c.changes.location?.after)).toEqual(['Los Angeles, California', 'LA']);
      expect(first.data.node.history.pageInfo.hasNextPage).toBe(true);
      const second = await exec(page, { id: ids['round 7'], after: first.data.node.history.pageInfo.endCursor });
      expect(second.data.node.history.nodes.map((c: any) => c.action)).toEqual(['UPDATE', 'CREATE']);
      expect(second.data.node.history.pageInfo.hasNextPage).toBe(false);
    });

    it('reads the history of many facts in one statement, whatever their number', async () => {
      const query = `query($first: Int!) { statements(first: $first) { nodes { history(first: 5) { totalCount nodes { actor } } } } }`;
      const few = await exec(query, { first: 2 });
      const many = await exec(query, { first: 9 });
      expect(many.data.statements.nodes.length).toBeGreaterThan(few.data.statements.nodes.length);
      expect(many.data.statements.nodes.every((n: any) => n.history.totalCount >= 1)).toBe(true);
      expect(many.statements).toBe(few.statements);
    });

    it('the seed loader recorded the seeded facts as created by "seed"', async () => {
      const { data } = await run('History', { id: ids['round 6'] });
      expect(data.node.history.nodes).toEqual([expect.objectContaining({ action: 'CREATE', actor: 'seed', changes: expect.objectContaining({ number: { before: null, after: 6 } }) })]);
    });
  });

  describe('refuses with a user error, writing nothing', () => {
    it('INVALID: dates out of order, pointing at the later field', async () => {
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: ids[TALKS], number: 8, startDate: '2020-04-02', endDate: '2020-04-01', citations: [cite('The talks may resume in April.', EXAMPLE_SOURCE.text.indexOf('The talks may resume'))] } }),
        'addRound',
        [{ field: ['input', 'endDate'], code: 'INVALID', message: 'endDate 2020-04-01 is before startDate 2020-04-02' }],
      );
    });

    it('INVALID: a fact without citations', async () => {
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: ids[TALKS], number: 8, citations: [] } }),
        'addRound',
        [{ field: ['input', 'citations'], code: 'INVALID', message: 'every fact needs at least one citation: an excerpt of a source that states it' }],
      );
    });

    it('INVALID: an excerpt that occurs more than once without start, listing where it occurs', async () => {
      const twice = 'The talks may resume in April.';
      const first = EXAMPLE_SOURCE.text.indexOf(twice);
      const second = EXAMPLE_SOURCE.text.indexOf(twice, first + 1);
      const payload = await expectRefused(() => run('AddRound', { input: { negotiationId: ids[TALKS], number: 8, citations: [cite(twice)] } }), 'addRound', [
        { field: ['input', 'citations', 0, 'excerpt'], code: 'INVALID', message: expect.stringContaining(`occurs 2 times (at ${first}, ${second}); give start with one of those offsets`) },
      ]);
      expect(payload.round).toBeNull();
    });

    it('EXCERPT_NOT_IN_SOURCE: words that are not in the source, or not at the given start', async () => {
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: ids[TALKS], number: 8, citations: [cite('The eighth round began in Seoul')] } }),
        'addRound',
        [{ field: ['input', 'citations', 0, 'excerpt'], code: 'EXCERPT_NOT_IN_SOURCE', message: expect.stringMatching(/^excerpt "The eighth round began in Seoul" is not in the source text/) }],
      );
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: ids[TALKS], number: 8, citations: [cite('The talks may resume in April.', 3)] } }),
        'addRound',
        [{ field: ['input', 'citations', 0, 'start'], code: 'EXCERPT_NOT_IN_SOURCE', message: expect.stringContaining('does not start at 3; it occurs at') }],
      );
    });

    it('NOT_FOUND: a reference to a fact that does not exist, or to a source that does not', async () => {
      const missing = toGlobalId('Negotiation', 999_999);
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: missing, number: 8, citations: [{ sourceId: toGlobalId('Source', 999_999), excerpt: 'x' }] } }),
        'addRound',
        [
          { field: ['input', 'negotiationId'], code: 'NOT_FOUND', message: `there is no Negotiation with ID ${missing}` },
          { field: ['input', 'citations', 0, 'sourceId'], code: 'NOT_FOUND', message: `there is no Source with ID ${toGlobalId('Source', 999_999)}` },
        ],
      );
    });

    it('INVALID: an ID of the wrong type, or not an ID at all', async () => {
      await expectRefused(
        () => run('RecordPosition', { input: { partyId: ids['Jeong Eun-bo'], issueId: 'not-an-id', roundId: ids['round 7'], summary: 'x', citations: [cite('The South wants a one-year deal.')] } }),
        'recordPosition',
        [
          { field: ['input', 'partyId'], code: 'INVALID', message: 'expected the ID of a Organization, but got the ID of a Person' },
          { field: ['input', 'issueId'], code: 'INVALID', message: expect.stringContaining('which is not an ID this API issued') },
        ],
      );
    });

    it('DUPLICATE: a round number the negotiation already has', async () => {
      await expectRefused(
        () => run('AddRound', { input: { negotiationId: ids[TALKS], number: 6, citations: [cite('The seventh round of the talks')] } }),
        'addRound',
        [{ field: ['input', 'number'], code: 'DUPLICATE', message: `a Round with the same number in this negotiation already exists: ${ids['round 6']}; edit that one instead` }],
      );
    });

    it('CONFLICT: an update based on an old version', async () => {
      const { data } = await run('History', { id: ids['round 7'] });
      const stale = data.node.version - 1;
      await expectRefused(() => run('UpdateRound', { input: { id: ids['round 7'], version: stale, outcome: 'Stale.' } }), 'updateRound', [
        {
          field: ['input', 'version'],
          code: 'CONFLICT',
          message: `Round ${ids['round 7']} is at version ${data.node.version}, but this change is based on version ${stale}; someone changed it meanwhile: reload it and apply your change again`,
        },
      ]);
    });

    it('NOT_FOUND: updating or retracting a fact that does not exist', async () => {
      const missing = toGlobalId('Round', 999_999);
      await expectRefused(() => run('UpdateRound', { input: { id: missing, version: 1, outcome: 'x' } }), 'updateRound', [
        { field: ['input', 'id'], code: 'NOT_FOUND', message: `there is no Round with ID ${missing}` },
      ]);
      await expectRefused(() => run('Retract', { input: { id: missing, version: 1, reason: 'gone' } }), 'retract', [
        { field: ['input', 'id'], code: 'NOT_FOUND', message: `there is no Round with ID ${missing}` },
      ]);
    });

    it('INVALID: a direct quote whose words are in none of its excerpts', async () => {
      await expectRefused(
        () => run('RecordStatement', { input: { speakerId: ids['Jeong Eun-bo'], roundId: ids['round 7'], text: 'We are close to a deal', kind: 'DIRECT_QUOTE', citations: [cite('Jeong said on Thursday')] } }),
        'recordStatement',
        [{ field: ['input', 'text'], code: 'INVALID', message: `a DIRECT_QUOTE's text must be the quoted words exactly, but "We are close to a deal" is not in any of its excerpts` }],
      );
    });

    it('reports every problem of a request at once', async () => {
      const payload = await expectRefused(
        () => run('RecordStatement', { input: { speakerId: ids[ISSUE], roundId: ids['round 7'], text: '   ', kind: 'PARAPHRASE', statedOn: { start: '2020-03-19', end: '2020-03-18' }, citations: [cite('nowhere to be found')] } }),
        'recordStatement',
        [
          { field: ['input', 'speakerId'], code: 'INVALID', message: 'expected the ID of a Person or Organization, but got the ID of a Issue' },
          { field: ['input', 'text'], code: 'INVALID', message: 'must not be blank' },
          { field: ['input', 'statedOn', 'end'], code: 'INVALID', message: 'end 2020-03-18 is before start 2020-03-19' },
          { field: ['input', 'citations', 0, 'excerpt'], code: 'EXCERPT_NOT_IN_SOURCE', message: expect.any(String) },
        ],
      );
      expect(payload.statement).toBeNull();
    });

    it('INVALID: retracting a retracted fact, or without a reason', async () => {
      await expectRefused(() => run('Retract', { input: { id: ids.position, version: 2, reason: 'again' } }), 'retract', [
        { field: ['input', 'id'], code: 'INVALID', message: expect.stringMatching(/was retracted at .* \(Misread the example\.\); a retracted fact cannot be retracted again$/) },
      ]);
      await expectRefused(() => run('Retract', { input: { id: ids.quote, version: 1, reason: ' ' } }), 'retract', [
        { field: ['input', 'reason'], code: 'INVALID', message: 'must not be blank' },
      ]);
    });

    it("INVALID: retracting a fact's last citation, or a source that citations still point into", async () => {
      const { data } = await exec(`query($id: ID!) { node(id: $id) { ... on Statement { citations { id version } } } }`, { id: ids.quote });
      const [only] = data.node.citations;
      await expectRefused(() => run('Retract', { input: { id: only.id, version: only.version, reason: 'wrong words' } }), 'retract', [
        { field: ['input', 'id'], code: 'INVALID', message: `this is the last citation of Statement ${ids.quote}, and every fact needs one; add another citation first, or retract the Statement itself` },
      ]);
      await expectRefused(() => run('Retract', { input: { id: sourceId, version: 1, reason: 'not a source' } }), 'retract', [
        { field: ['input', 'id'], code: 'INVALID', message: expect.stringMatching(/^\d+ live citation\(s\) still point into this source/) },
      ]);
    });

    it('maps a fact left uncited at commit (the database trigger) to a user error, not a server error', () => {
      expect(userErrorOfDatabaseError({ driverError: { code: '23514', message: 'round 12 has no citation' } })).toEqual({
        field: ['input', 'citations'],
        code: 'INVALID',
        message: 'every fact needs at least one citation: an excerpt of a source that states it',
      });
      expect(userErrorOfDatabaseError({ code: '23505', constraint: 'uq_round_negotiation_id_number' })).toMatchObject({ code: 'DUPLICATE', field: ['input'] });
      expect(userErrorOfDatabaseError({ code: '40001' })).toMatchObject({ code: 'CONFLICT' });
      expect(userErrorOfDatabaseError(new Error('boom'))).toBeNull();
    });
  });

  describe('every kind of fact can be created, updated and retracted', () => {
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await exec(query, variables);
      expect(errors).toBeUndefined();
      const payload = Object.values(data)[0] as { userErrors: unknown[] } & Record<string, any>;
      expect(payload.userErrors).toEqual([]);
      return payload;
    };
    const fictional = 'EXAMPLE ONLY, a made-up report for tests.';

    it('organizations, people and affiliations', async () => {
      const org = await ask(`mutation($input: AddOrganizationInput!) { addOrganization(input: $input) { organization { id name kind parent { name } version } userErrors { field code message } } }`, {
        input: { name: 'Example Ministry (fictional)', kind: 'MINISTRY', parentId: ids['South Korea'], citations: [cite(fictional)] },
      });
      expect(org.organization).toMatchObject({ name: 'Example Ministry (fictional)', kind: 'MINISTRY', parent: { name: 'South Korea' }, version: 1 });
      const person = await ask(`mutation($input: AddPersonInput!) { addPerson(input: $input) { person { id name } userErrors { field code message } } }`, {
        input: { name: 'A. Example', citations: [cite(fictional)] },
      });
      const affiliation = await ask(`mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { affiliation { id role person { name } organization { name } version } userErrors { field code message } } }`, {
        input: { personId: person.person.id, organizationId: org.organization.id, role: 'spokesperson', citations: [cite(fictional)] },
      });
      expect(affiliation.affiliation).toMatchObject({ role: 'spokesperson', person: { name: 'A. Example' }, organization: { name: 'Example Ministry (fictional)' } });
      const updated = await ask(`mutation($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { affiliation { role version } userErrors { field code message } } }`, {
        input: { id: affiliation.affiliation.id, version: 1, role: 'deputy spokesperson' },
      });
      expect(updated.affiliation).toEqual({ role: 'deputy spokesperson', version: 2 });
      const renamed = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { name version } userErrors { field code message } } }`, {
        input: { id: person.person.id, version: 1, name: 'Alex Example' },
      });
      expect(renamed.person).toEqual({ name: 'Alex Example', version: 2 });
      // An organization cannot become its own ancestor.
      const before = await countRows(api.db.dataSource);
      const cycle = await exec(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { field code } } }`, {
        input: { id: ids['South Korea'], version: 1, parentId: org.organization.id },
      });
      expect(cycle.data.updateOrganization.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'INVALID' }]);
      expect(await countRows(api.db.dataSource)).toEqual(before);
      const duplicate = await exec(`mutation($input: AddPersonInput!) { addPerson(input: $input) { userErrors { field code } } }`, { input: { name: 'Jeong Eun-bo', citations: [cite(fictional)] } });
      expect(duplicate.data.addPerson.userErrors).toEqual([{ field: ['input', 'name'], code: 'DUPLICATE' }]);
    });

    it('agreements and negotiations, with their parties', async () => {
      const agreement = await ask(`mutation($input: AddAgreementInput!) { addAgreement(input: $input) { agreement { id name status effectiveFrom parties { name } supersedes { name } } userErrors { field code message } } }`, {
        input: { name: 'Example Agreement (fictional)', status: 'PROPOSED', effectiveFrom: '2020-01-01', partyIds: [ids['South Korea'], ids['United States']], supersedesId: ids['Special Measures Agreement (2019)'], citations: [cite(fictional)] },
      });
      expect(agreement.agreement).toMatchObject({ status: 'PROPOSED', effectiveFrom: '2020-01-01', parties: [{ name: 'South Korea' }, { name: 'United States' }], supersedes: { name: 'Special Measures Agreement (2019)' } });
      const updated = await ask(`mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { id status parties { name } version history(first: 1) { nodes { changes } } } userErrors { field code message } } }`, {
        input: { id: agreement.agreement.id, version: 1, status: 'SIGNED', partyIds: [ids['South Korea']] },
      });
      expect(updated.agreement).toMatchObject({ status: 'SIGNED', parties: [{ name: 'South Korea' }], version: 2 });
      expect(updated.agreement.history.nodes[0].changes).toEqual({
        status: { before: 'PROPOSED', after: 'SIGNED' },
        parties: { before: [ids['South Korea'], ids['United States']].sort(), after: [ids['South Korea']] },
      });
      const bad = await exec(`mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { userErrors { field code } } }`, { input: { id: agreement.agreement.id, version: 2, effectiveTo: '2019-12-31' } });
      expect(bad.data.updateAgreement.userErrors).toEqual([{ field: ['input', 'effectiveTo'], code: 'INVALID' }]);

      const negotiation = await ask(`mutation($input: AddNegotiationInput!) { addNegotiation(input: $input) { negotiation { id title status parties { name } agreement { name } } userErrors { field code message } } }`, {
        input: { title: 'Example talks (fictional)', status: 'PLANNED', partyIds: [ids['United States']], agreementId: agreement.agreement.id, citations: [cite(fictional)] },
      });
      expect(negotiation.negotiation).toMatchObject({ status: 'PLANNED', parties: [{ name: 'United States' }], agreement: { name: 'Example Agreement (fictional)' } });
      const renamed = await ask(`mutation($input: UpdateNegotiationInput!) { updateNegotiation(input: $input) { negotiation { title status } userErrors { field code message } } }`, {
        input: { id: negotiation.negotiation.id, version: 1, status: 'ONGOING' },
      });
      expect(renamed.negotiation).toEqual({ title: 'Example talks (fictional)', status: 'ONGOING' });
      ids.exampleTalks = negotiation.negotiation.id;
    });

    it('delegations with members, delegation members and round participants', async () => {
      const delegation = await ask(`mutation($input: AddDelegationInput!) { addDelegation(input: $input) { delegation { id negotiation { title } round { number } party { name } head { name }
        members { role person { name } citations { excerpt } } } userErrors { field code message } } }`, {
        input: { roundId: ids['round 7'], partyId: ids['South Korea'], headId: ids['Jeong Eun-bo'], members: [{ personId: ids['Jeong Eun-bo'], role: 'head of delegation' }], citations: [cite('Jeong said on Thursday')] },
      });
      expect(delegation.delegation).toEqual({
        id: expect.any(String), negotiation: { title: TALKS }, round: { number: 7 }, party: { name: 'South Korea' }, head: { name: 'Jeong Eun-bo' },
        members: [{ role: 'head of delegation', person: { name: 'Jeong Eun-bo' }, citations: [{ excerpt: 'Jeong said on Thursday' }] }],
      });
      const member = await ask(`mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { delegationMember { id role person { name } } userErrors { field code message } } }`, {
        input: { delegationId: delegation.delegation.id, personId: ids['James DeHart'], role: 'observer', citations: [cite(fictional)] },
      });
      expect(member.delegationMember).toMatchObject({ role: 'observer', person: { name: 'James DeHart' } });
      const roleChanged = await ask(`mutation($input: UpdateDelegationMemberInput!) { updateDelegationMember(input: $input) { delegationMember { role version } userErrors { field code message } } }`, {
        input: { id: member.delegationMember.id, version: 1, role: null },
      });
      expect(roleChanged.delegationMember).toEqual({ role: null, version: 2 });
      const headless = await ask(`mutation($input: UpdateDelegationInput!) { updateDelegation(input: $input) { delegation { head { name } version } userErrors { field code message } } }`, {
        input: { id: delegation.delegation.id, version: 1, headId: null },
      });
      expect(headless.delegation).toEqual({ head: null, version: 2 });
      const participant = await ask(`mutation($input: AddRoundParticipantInput!) { addRoundParticipant(input: $input) { roundParticipant { id person { name } party { name } role } userErrors { field code message } } }`, {
        input: { roundId: ids['round 7'], personId: ids['Jeong Eun-bo'], partyId: ids['South Korea'], role: 'head of delegation', citations: [cite('Jeong said on Thursday')] },
      });
      expect(participant.roundParticipant).toMatchObject({ person: { name: 'Jeong Eun-bo' }, party: { name: 'South Korea' } });
      const moved = await ask(`mutation($input: UpdateRoundParticipantInput!) { updateRoundParticipant(input: $input) { roundParticipant { role } userErrors { field code message } } }`, {
        input: { id: participant.roundParticipant.id, version: 1, role: 'chief negotiator' },
      });
      expect(moved.roundParticipant).toEqual({ role: 'chief negotiator' });
      // A round of another negotiation than the one named is refused.
      const mismatch = await exec(`mutation($input: AddDelegationInput!) { addDelegation(input: $input) { userErrors { field code } } }`, {
        input: { negotiationId: ids.exampleTalks, roundId: ids['round 7'], partyId: ids['United States'], citations: [cite(fictional)] },
      });
      expect(mismatch.data.addDelegation.userErrors).toEqual([{ field: ['input', 'roundId'], code: 'INVALID' }]);
    });

    it('issues, statements, positions and figures', async () => {
      const issue = await ask(`mutation($input: AddIssueInput!) { addIssue(input: $input) { issue { id name description } userErrors { field code message } } }`, {
        input: { name: 'Length of the deal (fictional example)', citations: [cite('The South wants a one-year deal.')] },
      });
      const described = await ask(`mutation($input: UpdateIssueInput!) { updateIssue(input: $input) { issue { description version } userErrors { field code message } } }`, {
        input: { id: issue.issue.id, version: 1, description: 'How many years the deal covers.' },
      });
      expect(described.issue).toEqual({ description: 'How many years the deal covers.', version: 2 });
      const position = await ask(`mutation($input: RecordPositionInput!) { recordPosition(input: $input) { position { id negotiation { title } round { id } } userErrors { field code message } } }`, {
        input: { partyId: ids['South Korea'], issueId: issue.issue.id, negotiationId: ids[TALKS], summary: 'A one-year deal.', citations: [cite('The South wants a one-year deal.')] },
      });
      expect(position.position).toMatchObject({ negotiation: { title: TALKS }, round: null });
      const summarized = await ask(`mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { position { summary version } userErrors { field code message } } }`, {
        input: { id: position.position.id, version: 1, summary: 'Wants the deal to last one year.' },
      });
      expect(summarized.position).toEqual({ summary: 'Wants the deal to last one year.', version: 2 });

      const statement = await ask(`mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { kind statedOn { start end wording } version } userErrors { field code message } } }`, {
        input: { id: ids.quote, version: 1, statedOn: null },
      });
      expect(statement.statement).toEqual({ kind: 'DIRECT_QUOTE', statedOn: null, version: 2 });
      const speaker = await ask(`mutation($input: RecordStatementInput!) { recordStatement(input: $input) { statement { speaker { __typename name } round { number } } userErrors { field code message } } }`, {
        input: { speakerId: ids['South Korea'], negotiationId: ids[TALKS], kind: 'PARAPHRASE', text: 'The talks may resume in April.', citations: [cite('The talks may resume in April.', EXAMPLE_SOURCE.text.lastIndexOf('The talks may resume'))] },
      });
      expect(speaker.statement).toEqual({ speaker: { __typename: 'Organization', name: 'South Korea' }, round: null });

      const figure = await ask(`mutation($input: AddFigureInput!) { addFigure(input: $input) { figure { id label value unit approximate asOf { start end wording } negotiation { title } round { number } } userErrors { field code message } } }`, {
        input: { label: 'Example length of a deal (fictional)', value: 1, unit: 'years', asOf: { start: '2020-03-19', wording: 'on Thursday' }, roundId: ids['round 7'], citations: [cite('one-year deal')] },
      });
      expect(figure.figure).toMatchObject({ value: 1, unit: 'years', approximate: false, asOf: { start: '2020-03-19', end: '2020-03-19', wording: 'on Thursday' }, negotiation: { title: TALKS }, round: { number: 7 } });
      const revalued = await ask(`mutation($input: UpdateFigureInput!) { updateFigure(input: $input) { figure { value approximate version history(first: 1) { nodes { changes } } } userErrors { field code message } } }`, {
        input: { id: figure.figure.id, version: 1, value: 1.5, approximate: true },
      });
      expect(revalued.figure).toMatchObject({ value: 1.5, approximate: true, version: 2 });
      expect(revalued.figure.history.nodes[0].changes).toEqual({ value: { before: 1, after: 1.5 }, approximate: { before: false, after: true } });
      const bad = await exec(`mutation($input: AddFigureInput!) { addFigure(input: $input) { userErrors { field code } } }`, {
        input: { label: 'Too big (fictional)', value: 1e300, unit: 'USD', citations: [cite(fictional)] },
      });
      expect(bad.data.addFigure.userErrors).toEqual([{ field: ['input', 'value'], code: 'INVALID' }]);
    });

    it('citations: added to a fact, moved to other words, retracted while another remains', async () => {
      const added = await ask(`mutation($input: AddCitationInput!) { addCitation(input: $input) { citation { id excerpt start end subject { __typename } version } userErrors { field code message } } }`, {
        input: { subjectId: ids.quote, sourceId, excerpt: 'Jeong said on Thursday' },
      });
      expect(added.citation).toMatchObject({ excerpt: 'Jeong said on Thursday', start: EXAMPLE_SOURCE.text.indexOf('Jeong said on Thursday'), subject: { __typename: 'Statement' }, version: 1 });
      const again = await exec(`mutation($input: AddCitationInput!) { addCitation(input: $input) { userErrors { field code } } }`, { input: { subjectId: ids.quote, sourceId, excerpt: 'Jeong said on Thursday' } });
      expect(again.data.addCitation.userErrors).toEqual([{ field: ['input', 'excerpt'], code: 'DUPLICATE' }]);
      const moved = await ask(`mutation($input: UpdateCitationInput!) { updateCitation(input: $input) { citation { excerpt start end version } userErrors { field code message } } }`, {
        input: { id: added.citation.id, version: 1, excerpt: 'Jeong said' },
      });
      expect(moved.citation).toEqual({ excerpt: 'Jeong said', start: EXAMPLE_SOURCE.text.indexOf('Jeong said'), end: EXAMPLE_SOURCE.text.indexOf('Jeong said') + 10, version: 2 });
      const retracted = await ask(`mutation($input: RetractInput!) { retract(input: $input) { retractedId retracted { version retractedAt retractionReason } userErrors { field code message } } }`, {
        input: { id: added.citation.id, version: 2, reason: 'Not needed.' },
      });
      expect(retracted).toMatchObject({ retractedId: added.citation.id, retracted: { version: 3, retractionReason: 'Not needed.' } });
    });

    it('sources: edits are refused while a live citation would stop matching the text', async () => {
      const { data } = await exec(`query($id: ID!) { node(id: $id) { ... on Source { version } } }`, { id: sourceId });
      const refused = await exec(`mutation($input: UpdateSourceInput!) { updateSource(input: $input) { source { id } userErrors { field code message } } }`, {
        input: { id: sourceId, version: data.node.version, text: EXAMPLE_SOURCE.text.replace('seventh', '7th') },
      });
      expect(refused.data.updateSource).toEqual({ source: null, userErrors: [{ field: ['input', 'text'], code: 'INVALID', message: expect.stringMatching(/live citation\(s\) would no longer match the new text/) }] });
      const retitled = await ask(`mutation($input: UpdateSourceInput!) { updateSource(input: $input) { source { title kind version } userErrors { field code message } } }`, {
        input: { id: sourceId, version: data.node.version, title: `${EXAMPLE_SOURCE.title} (corrected)`, kind: 'OTHER' },
      });
      expect(retitled.source).toEqual({ title: `${EXAMPLE_SOURCE.title} (corrected)`, kind: 'OTHER', version: data.node.version + 1 });
    });

    it('retracting a party hides it from the parties of agreements and negotiations', async () => {
      const org = await ask(`mutation($input: AddOrganizationInput!) { addOrganization(input: $input) { organization { id version } userErrors { field code message } } }`, {
        input: { name: 'Example Observer State (fictional)', kind: 'STATE', citations: [cite(fictional)] },
      });
      const negotiation = await exec(`query($id: ID!) { node(id: $id) { ... on Negotiation { version } } }`, { id: ids.exampleTalks });
      await ask(`mutation($input: UpdateNegotiationInput!) { updateNegotiation(input: $input) { userErrors { field code message } } }`, {
        input: { id: ids.exampleTalks, version: negotiation.data.node.version, partyIds: [ids['United States'], org.organization.id] },
      });
      await ask(`mutation($input: RetractInput!) { retract(input: $input) { userErrors { field code message } } }`, { input: { id: org.organization.id, version: 1, reason: 'Invented by mistake.' } });
      const parties = await exec(`query($id: ID!) { node(id: $id) { ... on Negotiation { parties { name } } } }`, { id: ids.exampleTalks });
      expect(parties.data.node.parties).toEqual([{ name: 'United States' }]);
    });
  });
});
