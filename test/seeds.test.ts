import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import {
  loadSeedDirectory, loadSeedFiles, SEED_TABLES, SeedError, validateSeedFile, type SeedFileReport,
} from '../src/services/seeds/loadSeeds.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const SEEDS = resolve(import.meta.dirname, '../seeds');
const ARTICLE_YAML = join(SEEDS, 'yonhap-2020-01-16-sma-sixth-round.yaml');
const ARTICLE_TEXT = join(SEEDS, 'yonhap-2020-01-16-sma-sixth-round.txt');
const TALKS = 'South Korea-U.S. talks to renew the Special Measures Agreement';

// Synthetic test data, not an article: a second source that adds round 7 to
// the negotiation the article seed created, naming it and its people by key only.
const SYNTHETIC_TEXT =
  'SYNTHETIC TEST FIXTURE. Not a real article.\n' +
  'The seventh round of the cost-sharing talks was held in Los Angeles on Tuesday and Wednesday. ' +
  'James DeHart led the U.S. team again. The talks ended without a deal. ' +
  'DeHart said the talks were useful. DeHart said nothing else.';
const SYNTHETIC_ROUND_7 = {
  source: {
    title: 'SYNTHETIC TEST FIXTURE: seventh round',
    publisher: 'Test Fixture Press',
    publishedAt: '2020-02-07',
    kind: 'OTHER',
    text: SYNTHETIC_TEXT,
  },
  rounds: [
    {
      negotiation: TALKS,
      number: 7,
      dates: { wording: 'on Tuesday and Wednesday' },
      location: 'Los Angeles',
      outcome: 'Ended without a deal.',
      cite: ['The seventh round of the cost-sharing talks was held in Los Angeles on Tuesday and Wednesday', 'The talks ended without a deal.'],
    },
  ],
  participants: [
    {
      negotiation: TALKS,
      round: 7,
      person: 'James DeHart',
      party: 'United States',
      role: 'head of delegation',
      cite: ['James DeHart led the U.S. team again.'],
    },
  ],
  statements: [
    {
      speaker: { person: 'James DeHart' },
      negotiation: TALKS,
      round: 7,
      kind: 'PARAPHRASE',
      text: 'The talks were useful.',
      // "DeHart said" occurs twice; start picks the first.
      cite: [{ excerpt: 'DeHart said', start: SYNTHETIC_TEXT.indexOf('DeHart said') }, 'the talks were useful'],
    },
  ],
};

type Dump = Record<string, string[]>;

describe('seed loader', () => {
  let db: TestDatabase;
  let tmp: string;
  let articleYaml: string;
  let first: SeedFileReport[];

  beforeAll(async () => {
    db = await createTestDatabase();
    tmp = await mkdtemp(join(tmpdir(), 'kb-seeds-'));
    articleYaml = await readFile(ARTICLE_YAML, 'utf8');
    await copyFile(ARTICLE_TEXT, join(tmp, 'yonhap-2020-01-16-sma-sixth-round.txt'));
    first = await loadSeedFiles(db.dataSource, [ARTICLE_YAML]);
  });
  afterAll(async () => {
    await db?.drop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

  /** Every row of every table the loader writes, as JSON text, in a stable order. */
  async function dumpTables(): Promise<Dump> {
    const dump: Dump = {};
    for (const table of SEED_TABLES) {
      const rows = await query<{ row: string }>(`SELECT (to_jsonb(t) - 'search')::text AS row FROM "${table}" t ORDER BY 1`);
      dump[table] = rows.map((r) => r.row);
    }
    return dump;
  }

  /** Writes a copy of the article seed, edited, next to a copy of its text; returns its path. */
  async function writeVariant(name: string, edit: (doc: Document) => void): Promise<string> {
    const doc = parseDocument(articleYaml);
    edit(doc);
    const file = join(tmp, `${name}.yaml`);
    await writeFile(file, doc.toString());
    return file;
  }

  function total(counts: Record<string, number>): number {
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  it('loads the article seed and reports every row it added', () => {
    expect(first).toHaveLength(1);
    expect(first[0].file).toBe(ARTICLE_YAML);
    expect(first[0].source.title).toBe('S. Korea, U.S. Wrap Up Defense Cost Talks Without Breakthrough');
    expect(first[0].added).toEqual({
      source: 1, organization: 3, person: 3, affiliation: 3, agreement: 1, agreement_party: 2, negotiation: 1,
      negotiation_party: 2, round: 1, delegation: 2, delegation_member: 2, round_participant: 2, issue: 1,
      statement: 7, position: 2, figure: 2, citation: 43,
    });
    expect(total(first[0].changed)).toBe(0);
    expect(total(first[0].unchanged)).toBe(0);
  });

  it('stores the source text without the page furniture', async () => {
    const [source] = await query<{ text: string; published_at: string; publisher: string }>(
      `SELECT "text", "published_at"::text, "publisher" FROM "source"`,
    );
    expect(source.publisher).toBe('Yonhap News Agency');
    expect(source.published_at).toBe('2020-01-16');
    expect(source.text.startsWith('S. Korea, U.S. Wrap Up Defense Cost Talks Without Breakthrough\n(Source: Yonhap News Agency; issued Jan 16, 2020)\n')).toBe(true);
    expect(source.text.endsWith('"They\'re going to pay us a lot more."')).toBe(true);
    expect(source.text).not.toContain('prev next');
    expect(source.text).not.toContain('See all');
  });

  it('records round 6 with its dates, wording, place and outcome', async () => {
    const rounds = await query(
      `SELECT n."title", n."status", r."number", to_char(r."start_date", 'YYYY-MM-DD') AS start, to_char(r."end_date", 'YYYY-MM-DD') AS end,
              r."date_wording", r."location", r."outcome", a."name" AS agreement
         FROM "round" r JOIN "negotiation" n ON n."id" = r."negotiation_id" LEFT JOIN "agreement" a ON a."id" = n."agreement_id"`,
    );
    expect(rounds).toEqual([
      {
        title: TALKS,
        status: 'ONGOING',
        number: 6,
        start: '2020-01-14',
        end: '2020-01-15',
        date_wording: 'on Tuesday and Wednesday (U.S. time)',
        location: 'Washington',
        outcome: 'Wrapped up without a breakthrough; differences remain between the two sides. They agreed to work together to conclude negotiations at an early date.',
        agreement: 'Special Measures Agreement (2019)',
      },
    ]);
  });

  it('records the previous SMA as expired at the end of 2019 between the two states', async () => {
    const agreements = await query(
      `SELECT a."name", a."short_name", a."status", a."effective_from"::text AS "from", a."effective_to"::text AS "to", a."effective_wording",
              array_agg(o."name" ORDER BY o."name") AS parties
         FROM "agreement" a JOIN "agreement_party" ap ON ap."agreement_id" = a."id" JOIN "organization" o ON o."id" = ap."organization_id"
        GROUP BY a."id"`,
    );
    expect(agreements).toEqual([
      {
        name: 'Special Measures Agreement (2019)', short_name: 'SMA', status: 'EXPIRED', from: null, to: '2019-12-31',
        effective_wording: 'expired at the end of last year', parties: ['South Korea', 'United States'],
      },
    ]);
  });

  it('records the two delegations of round 6, their heads as members and as affiliated to their side', async () => {
    const delegations = await query(
      `SELECT o."name" AS party, h."name" AS head, r."number" AS round, m."name" AS member, dm."role"
         FROM "delegation" d
         JOIN "organization" o ON o."id" = d."party_id"
         JOIN "person" h ON h."id" = d."head_id"
         JOIN "round" r ON r."id" = d."round_id" AND r."negotiation_id" = d."negotiation_id"
         JOIN "delegation_member" dm ON dm."delegation_id" = d."id"
         JOIN "person" m ON m."id" = dm."person_id"
        ORDER BY o."name"`,
    );
    expect(delegations).toEqual([
      { party: 'South Korea', head: 'Jeong Eun-bo', round: 6, member: 'Jeong Eun-bo', role: 'head of delegation' },
      { party: 'United States', head: 'James DeHart', round: 6, member: 'James DeHart', role: 'head of delegation' },
    ]);
    const participants = await query(
      `SELECT p."name" AS person, o."name" AS party, rp."role" FROM "round_participant" rp
         JOIN "person" p ON p."id" = rp."person_id" JOIN "organization" o ON o."id" = rp."party_id" ORDER BY p."name"`,
    );
    expect(participants).toEqual([
      { person: 'James DeHart', party: 'United States', role: 'head of delegation' },
      { person: 'Jeong Eun-bo', party: 'South Korea', role: 'head of delegation' },
    ]);
    const affiliations = await query(
      `SELECT p."name" AS person, o."name" AS organization, a."role" FROM "affiliation" a
         JOIN "person" p ON p."id" = a."person_id" JOIN "organization" o ON o."id" = a."organization_id" ORDER BY p."name"`,
    );
    expect(affiliations).toEqual([
      { person: 'Donald Trump', organization: 'United States', role: 'President' },
      { person: 'James DeHart', organization: 'United States', role: 'head of delegation' },
      { person: 'Jeong Eun-bo', organization: 'South Korea', role: 'head of delegation' },
    ]);
  });

  it('records the statements with their speakers, kinds and resolved dates', async () => {
    const statements = await query(
      `SELECT coalesce(p."name", o."name") AS speaker, s."kind", s."text", r."number" AS round,
              s."stated_start"::text AS start, s."stated_end"::text AS end, s."stated_wording" AS wording
         FROM "statement" s LEFT JOIN "person" p ON p."id" = s."speaker_person_id"
         LEFT JOIN "organization" o ON o."id" = s."speaker_organization_id" LEFT JOIN "round" r ON r."id" = s."round_id"
        ORDER BY s."id"`,
    );
    expect(statements).toEqual([
      {
        speaker: 'South Korean Foreign Ministry', kind: 'PARAPHRASE', round: 6, start: '2020-01-16', end: '2020-01-16', wording: 'said Thursday',
        text: 'Differences still remain between South Korea and the United States over how to share the cost of stationing American troops in Korea.',
      },
      {
        speaker: 'South Korean Foreign Ministry', kind: 'OFFICIAL_STATEMENT', round: 6, start: '2020-01-16', end: '2020-01-16',
        wording: 'said in a statement Thursday',
        text: 'The two sides broadened their mutual understanding and consensus, but confirmed that there are still differences between them',
      },
      {
        speaker: 'South Korean Foreign Ministry', kind: 'PARAPHRASE', round: 6, start: null, end: null, wording: null,
        text: 'The South stuck to its existing position that negotiations should be conducted within the framework of the current agreement and that a "reasonable and equitable" deal should be reached.',
      },
      {
        speaker: 'South Korean Foreign Ministry', kind: 'PARAPHRASE', round: 6, start: null, end: null, wording: null,
        text: 'The two sides agreed to work together to conclude negotiations at an early date.',
      },
      {
        speaker: 'Jeong Eun-bo', kind: 'PARAPHRASE', round: 6, start: '2020-01-13', end: '2020-01-13', wording: 'on Monday',
        text: 'The two sides are narrowing their differences but still remain apart on how to reach a "comprehensive" deal.',
      },
      {
        speaker: 'Donald Trump', kind: 'DIRECT_QUOTE', round: null, start: '2020-01-11', end: '2020-01-12', wording: 'over the weekend',
        text: "They're going to pay us a lot more.",
      },
      {
        speaker: 'Donald Trump', kind: 'PARAPHRASE', round: null, start: null, end: null, wording: null,
        text: 'South Korea is a rich country that should pay more for its defense.',
      },
    ]);
  });

  it('records both figures as approximate, with their units and as-of spans', async () => {
    const figures = await query(
      `SELECT "label", "value"::text, "unit", "approximate", "as_of_start"::text AS start, "as_of_end"::text AS end, "as_of_wording" AS wording
         FROM "figure" ORDER BY "value"`,
    );
    expect(figures).toEqual([
      { label: 'U.S. soldiers stationed in South Korea', value: '28500', unit: 'troops', approximate: true, start: '2020-01-16', end: '2020-01-16', wording: 'issued Jan 16, 2020' },
      { label: "South Korea's required payment under the Special Measures Agreement", value: '870000000', unit: 'USD', approximate: true, start: '2019-01-01', end: '2019-12-31', wording: 'last year' },
    ]);
  });

  it('records the organizations, positions and the ministry under South Korea', async () => {
    const organizations = await query(
      `SELECT o."name", o."kind", p."name" AS parent FROM "organization" o LEFT JOIN "organization" p ON p."id" = o."parent_id" ORDER BY o."name"`,
    );
    expect(organizations).toEqual([
      { name: 'South Korea', kind: 'STATE', parent: null },
      { name: 'South Korean Foreign Ministry', kind: 'MINISTRY', parent: 'South Korea' },
      { name: 'United States', kind: 'STATE', parent: null },
    ]);
    const positions = await query(
      `SELECT o."name" AS party, r."number" AS round, i."name" AS issue FROM "position" p
         JOIN "organization" o ON o."id" = p."party_id" JOIN "issue" i ON i."id" = p."issue_id" LEFT JOIN "round" r ON r."id" = p."round_id"
        ORDER BY o."name"`,
    );
    expect(positions).toEqual([
      { party: 'South Korea', round: 6, issue: 'Sharing the cost of stationing U.S. troops in South Korea' },
      { party: 'United States', round: null, issue: 'Sharing the cost of stationing U.S. troops in South Korea' },
    ]);
  });

  it('anchors every citation at its excerpt, checked in SQL and in JavaScript', async () => {
    const rows = await query<{ excerpt: string; start_offset: number; end_offset: number; text: string; ascii: boolean; in_sql: boolean }>(
      `SELECT c."excerpt", c."start_offset", c."end_offset", s."text",
              octet_length(s."text") = char_length(s."text") AS ascii,
              substr(s."text", c."start_offset" + 1, c."end_offset" - c."start_offset") = c."excerpt" AS in_sql
         FROM "citation" c JOIN "source" s ON s."id" = c."source_id"`,
    );
    expect(rows).toHaveLength(43);
    // SQL substr counts code points, JavaScript offsets UTF-16 units: they agree only on text without astral characters.
    expect(rows.every((r) => r.ascii)).toBe(true);
    expect(rows.filter((r) => !r.in_sql)).toEqual([]);
    expect(rows.filter((r) => r.text.slice(r.start_offset, r.end_offset) !== r.excerpt)).toEqual([]);
    const [uncited] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "statement" s WHERE NOT EXISTS (SELECT 1 FROM "citation" c WHERE c."statement_id" = s."id")`,
    );
    expect(uncited.n).toBe(0);
  });

  it('changes nothing when the same file is loaded again', async () => {
    const before = await dumpTables();
    const [again] = await loadSeedFiles(db.dataSource, [ARTICLE_YAML]);
    expect(await dumpTables()).toEqual(before);
    expect(total(again.added)).toBe(0);
    expect(total(again.changed)).toBe(0);
    expect(again.unchanged).toEqual({ ...first[0].added });
    expect(again.source.id).toBe(first[0].source.id);
  });

  it('reports one change and bumps its version when a reloaded file edits a round outcome', async () => {
    // The seed file itself, edited (a copy under the same name: the loader knows files by name).
    const edited = await writeVariant('yonhap-2020-01-16-sma-sixth-round', (doc) => doc.setIn(['rounds', 0, 'outcome'], 'Ended without agreement.'));
    const [before] = await query<{ version: number; updated_at: string }>(`SELECT "version", "updated_at"::text FROM "round"`);
    const dumpBefore = await dumpTables();

    const [report] = await loadSeedFiles(db.dataSource, [edited]);
    expect(report.changed).toEqual({ ...zero(), round: 1 });
    expect(total(report.added)).toBe(0);
    const [after] = await query(`SELECT "version", "outcome", "updated_at" > $1::timestamptz AS later FROM "round"`, [before.updated_at]);
    expect(after).toEqual({ version: before.version + 1, outcome: 'Ended without agreement.', later: true });
    const dumpAfter = await dumpTables();
    for (const table of SEED_TABLES.filter((t) => t !== 'round')) expect(dumpAfter[table], table).toEqual(dumpBefore[table]);

    // Changing the file back restores the outcome, as one more change.
    const [restored] = await loadSeedFiles(db.dataSource, [await writeVariant('yonhap-2020-01-16-sma-sixth-round', () => {})]);
    expect(restored.changed).toEqual({ ...zero(), round: 1 });
  });

  it('reports a dry run like a load, and writes nothing', async () => {
    const edited = await writeVariant('dry-run', (doc) => {
      doc.setIn(['figures', 0, 'value'], 28000);
      doc.addIn(['people'], { name: 'Somebody New', cite: ['Jeong told reporters'] });
    });
    const before = await dumpTables();
    const [report] = await loadSeedFiles(db.dataSource, [edited], { dryRun: true });
    expect(report.changed).toEqual({ ...zero(), figure: 1 });
    expect(report.added).toEqual({ ...zero(), person: 1, citation: 1 });
    expect(await dumpTables()).toEqual(before);
  });

  describe('refuses a bad file, naming file, path and reason, and leaves the database unchanged', () => {
    const cases: Array<{ name: string; edit: (doc: Document) => void; raw?: (yaml: string) => string; path: string; reason: RegExp }> = [
      {
        name: 'excerpt not in the text',
        edit: (doc) => doc.setIn(['people', 0, 'cite', 0], 'led by Jeong Eun-bo on the North Korean side'),
        path: 'people[0].cite[0]',
        reason: /is not in the source text/,
      },
      {
        name: 'ambiguous excerpt without start',
        edit: (doc) => doc.setIn(['people', 0, 'cite', 0], 'Jeong'),
        path: 'people[0].cite[0]',
        reason: /ambiguous: it occurs 2 times/,
      },
      {
        name: 'start that is not an occurrence',
        edit: (doc) => doc.setIn(['people', 0, 'cite', 0], { excerpt: 'Jeong', start: 3 }),
        path: 'people[0].cite[0].start',
        reason: /does not start at 3/,
      },
      {
        name: 'reference that points nowhere',
        edit: (doc) => doc.setIn(['positions', 1, 'issue'], 'An issue nobody declared'),
        path: 'positions[1].issue',
        reason: /issue "An issue nobody declared" is neither declared in this file nor in the database/,
      },
      {
        name: 'round that points nowhere',
        edit: (doc) => doc.setIn(['statements', 0, 'round'], 9),
        path: 'statements[0].round',
        reason: /round 9 of negotiation ".*" is neither declared in this file nor in the database/,
      },
      {
        name: 'impossible date',
        edit: (doc) => doc.setIn(['rounds', 0, 'dates'], { start: '2020-02-30' }),
        path: 'rounds[0].dates.start',
        reason: /2020-02-30 is not a calendar date/,
      },
      {
        name: 'end before start',
        edit: (doc) => doc.setIn(['rounds', 0, 'dates'], { start: '2020-01-15', end: '2020-01-14' }),
        path: 'rounds[0].dates.end',
        reason: /end 2020-01-14 is before start 2020-01-15/,
      },
      {
        name: 'wording that disagrees with the given start',
        edit: (doc) => doc.setIn(['statements', 4, 'statedOn', 'start'], '2020-01-14'),
        path: 'statements[4].statedOn.start',
        reason: /wording "on Monday" resolves to 2020-01-13\.\.2020-01-13 .* disagrees with start 2020-01-14/,
      },
      {
        name: 'wording that cannot be resolved, without dates',
        edit: (doc) => doc.setIn(['rounds', 0, 'dates', 'wording'], 'recently'),
        path: 'rounds[0].dates.wording',
        reason: /cannot resolve date wording "recently"; give start/,
      },
      {
        name: 'missing cite',
        edit: (doc) => doc.deleteIn(['issues', 0, 'cite']),
        path: 'issues[0].cite',
        reason: /every fact needs cite/,
      },
      {
        name: 'direct quote that is not the quoted words',
        edit: (doc) => doc.setIn(['statements', 5, 'text'], 'They will pay us a lot more.'),
        path: 'statements[5].text',
        reason: /must be the quoted words exactly/,
      },
      {
        name: 'unknown key',
        edit: (doc) => doc.setIn(['rounds', 0, 'venue'], 'Washington'),
        path: 'rounds[0].venue',
        reason: /unknown key "venue"/,
      },
      {
        name: 'malformed YAML',
        edit: () => {},
        raw: (yaml) => yaml.replace('  - name: Jeong Eun-bo', '  - name: "Jeong Eun-bo'),
        path: '(file) (line',
        reason: /malformed YAML/,
      },
    ];

    it.each(cases)('$name', async ({ name, edit, raw, path, reason }) => {
      const file = await writeVariant(name.replace(/\W+/g, '-'), edit);
      if (raw) await writeFile(file, raw(await readFile(file, 'utf8')));
      const before = await dumpTables();

      const error = await loadSeedFiles(db.dataSource, [file]).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      const message = (error as SeedError).message;
      expect(message).toContain(file);
      expect(message).toContain(path);
      expect(message).toMatch(reason);
      expect(await dumpTables()).toEqual(before);
    });
  });

  it('lists every problem of a file in one error', async () => {
    const file = await writeVariant('several-problems', (doc) => {
      doc.setIn(['people', 0, 'cite', 0], 'not in the article');
      doc.setIn(['rounds', 0, 'dates', 'end'], '2020-01-13');
      doc.setIn(['statements', 5, 'text'], 'They will pay.');
    });
    const error = await loadSeedFiles(db.dataSource, [file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).problems.map((p) => p.path)).toEqual(['people[0].cite[0]', 'rounds[0].dates.end', 'statements[5].text']);
    expect((error as SeedError).message).toMatch(/3 problems:\n {2}- people\[0\]\.cite\[0\] \(line \d+\): /);
  });

  it('refuses a changed source text that would break citations already stored', async () => {
    const dir = await mkdtemp(join(tmp, 'changed-text-'));
    const text = await readFile(ARTICLE_TEXT, 'utf8');
    await writeFile(join(dir, 'yonhap-2020-01-16-sma-sixth-round.txt'), text.replace('SEOUL / WASHINGTON', 'SEOUL/WASHINGTON'));
    await writeFile(join(dir, 'article.yaml'), articleYaml);
    const before = await dumpTables();
    await expect(loadSeedFiles(db.dataSource, [join(dir, 'article.yaml')])).rejects.toThrow(/source\.textFile: .* stored citation\(s\) would no longer match/);
    expect(await dumpTables()).toEqual(before);
  });

  it('validates a file without a database, listing what must already exist there', async () => {
    const file = join(tmp, 'synthetic-round-7.json');
    await writeFile(file, JSON.stringify(SYNTHETIC_ROUND_7, null, 2));
    expect(await validateSeedFile(ARTICLE_YAML)).toEqual({ file: ARTICLE_YAML, ok: true, problems: [], mustExistInDatabase: [] });
    const validation = await validateSeedFile(file);
    expect(validation.ok).toBe(true);
    expect(validation.mustExistInDatabase.map((r) => `${r.path}: ${r.description}`)).toEqual([
      `rounds[0].negotiation: negotiation "${TALKS}"`,
      `participants[0].negotiation: negotiation "${TALKS}"`,
      'participants[0].person: person "James DeHart"',
      'participants[0].party: organization "United States"',
      'statements[0].speaker.person: person "James DeHart"',
      `statements[0].negotiation: negotiation "${TALKS}"`,
    ]);
    const bad = await validateSeedFile(join(tmp, 'does-not-exist.yaml'));
    expect(bad).toMatchObject({ ok: false, problems: [{ path: '', message: expect.stringContaining('cannot read the file') }] });
  });

  it('loads a second file that adds round 7 to the negotiation already in the database', async () => {
    const file = join(tmp, 'synthetic-round-7.json');
    await writeFile(file, JSON.stringify(SYNTHETIC_ROUND_7, null, 2));
    const before = await dumpTables();

    const [report] = await loadSeedFiles(db.dataSource, [file]);
    expect(report.added).toEqual({ ...zero(), source: 1, round: 1, round_participant: 1, statement: 1, citation: 5 });
    expect(total(report.changed)).toBe(0);

    const rounds = await query(
      `SELECT r."number", r."start_date"::text AS start, r."end_date"::text AS end, r."location", n."title"
         FROM "round" r JOIN "negotiation" n ON n."id" = r."negotiation_id" ORDER BY r."number"`,
    );
    expect(rounds).toEqual([
      { number: 6, start: '2020-01-14', end: '2020-01-15', location: 'Washington', title: TALKS },
      { number: 7, start: '2020-02-04', end: '2020-02-05', location: 'Los Angeles', title: TALKS },
    ]);
    const [statement] = await query<{ excerpts: string[]; starts: number[] }>(
      `SELECT array_agg(c."excerpt" ORDER BY c."start_offset") AS excerpts, array_agg(c."start_offset" ORDER BY c."start_offset") AS starts
         FROM "statement" s JOIN "citation" c ON c."statement_id" = s."id" WHERE s."text" = 'The talks were useful.'`,
    );
    const text = SYNTHETIC_TEXT;
    expect(statement.excerpts).toEqual(['DeHart said', 'the talks were useful']);
    expect(statement.starts).toEqual([text.indexOf('DeHart said'), text.indexOf('the talks were useful')]);

    // The article's rows are untouched.
    const after = await dumpTables();
    for (const table of ['organization', 'person', 'negotiation', 'delegation', 'figure'] as const) expect(after[table], table).toEqual(before[table]);
  });

  it('loads a directory in name order, reporting progress, and a dry run of it writes nothing', async () => {
    const dir = await mkdtemp(join(tmp, 'dir-'));
    await copyFile(ARTICLE_TEXT, join(dir, 'yonhap-2020-01-16-sma-sixth-round.txt'));
    await writeFile(join(dir, 'b-round-7.json'), JSON.stringify(SYNTHETIC_ROUND_7));
    await writeFile(join(dir, 'a-article.yaml'), articleYaml);
    await writeFile(join(dir, 'notes.md'), 'not a seed file');
    const before = await dumpTables();
    const progress: unknown[] = [];

    const reports = await loadSeedDirectory(db.dataSource, dir, { dryRun: true, onProgress: (...args) => progress.push(args) });
    expect(reports.map((r) => r.file)).toEqual([join(dir, 'a-article.yaml'), join(dir, 'b-round-7.json')]);
    expect(progress).toEqual([[join(dir, 'a-article.yaml'), 1, 2], [join(dir, 'b-round-7.json'), 2, 2]]);
    expect(reports.map((r) => total(r.added) + total(r.changed))).toEqual([0, 0]);
    expect(await dumpTables()).toEqual(before);
  });
});

function zero(): Record<string, number> {
  return Object.fromEntries(SEED_TABLES.map((t) => [t, 0]));
}
