import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';
import { createRandom, deriveSeed, type Random } from '../../lib/createRandom.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import { checkBatch, foldListTotals, planBatchChecks, type BatchChecks, type BatchRows } from './batchChecks.js';

/** What one call of `generateSyntheticData` added. */
export interface GenerateReport {
  /** The seed used; pass it again to get the same content. */
  seed: number;
  /** Ordinal of the first negotiation added: names carry "(synthetic 0007)". */
  firstOrdinal: number;
  negotiations: number;
  rounds: number;
  statements: number;
  sources: number;
  citations: number;
  /** Rows added per table (issues count only those that did not exist yet). */
  rows: Record<string, number>;
  /** How integrity was checked: once per batch (src/services/generator/batchChecks.ts) or by PostgreSQL row by row. */
  checks: 'batch' | 'row';
  durationMs: number;
}

export interface GenerateOptions {
  /** How many negotiations to add; a positive integer. */
  scale: number;
  /** 32-bit seed; the same seed yields the same content. Random when absent. */
  seed?: number;
  /** Negotiations written per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Connections writing batches in parallel (default DEFAULT_WRITERS). */
  writers?: number;
  /** Called with (0, scale) first, then with the negotiations committed so far after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Stops after the batch in progress; committed batches stay. */
  signal?: AbortSignal;
  /** Leave every check to PostgreSQL's row-by-row triggers even where batch checks are allowed (default false). */
  rowChecks?: boolean;
}

/** Negotiations per transaction: 50 is 10,000 statements and about 27,000 citations. */
export const DEFAULT_BATCH_SIZE = 50;

/** Connections writing batches at once: the database does most of the work, on as many cores as it gets. */
export const DEFAULT_WRITERS = 2;

/** The publisher every synthetic source carries; how synthetic data is told apart. */
export const SYNTHETIC_PUBLISHER = 'Synthetic data generator';

/** Who history names as having added synthetic data. */
export const GENERATOR_ACTOR = 'generator';

/** The largest `scale` one call accepts. */
export const MAX_SCALE = 10_000;

// Held for the whole run so two generators cannot pick the same ordinals.
const LOCK_KEY = 0x6b62_6765; // "kbge"

/**
 * Adds `scale` synthetic negotiations to the database behind `dataSource`,
 * leaving existing rows untouched. Each negotiation (two STATE parties, the
 * agreement it renews, 10 rounds with delegations, participants, 20
 * statements, positions and figures) is planned in memory; batches of
 * `batchSize` negotiations are written with COPY, one transaction per batch,
 * by `writers` connections at once, every fact cited to the exact sentence
 * of a synthetic source that states it; history gets one row per batch (see
 * `writeBatch`). Where the connecting role may, each batch checks the
 * database's rules once for all its rows instead of row by row
 * (src/services/generator/batchChecks.ts). Names carry "(synthetic NNNN)" with
 * ordinals continuing after those already present, so repeated runs never
 * collide.
 * Throws RangeError for a bad `scale` or `seed`, and an Error when another
 * generator is writing to the same database.
 */
export async function generateSyntheticData(dataSource: DataSource, options: GenerateOptions): Promise<GenerateReport> {
  const { scale } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new RangeError(`scale must be an integer from 1 to ${MAX_SCALE}, but got: ${String(scale)}`);
  }
  const seed = options.seed ?? randomInt(0, 2 ** 32);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new RangeError(`seed must be an integer from 0 to ${2 ** 32 - 1}, but got: ${String(seed)}`);
  }
  const started = performance.now();
  const report: GenerateReport = {
    seed, firstOrdinal: 0, negotiations: 0, rounds: 0, statements: 0, sources: 0, citations: 0, rows: {}, checks: 'row', durationMs: 0,
  };

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [LOCK_KEY]);
    if (!locked) throw new Error('another synthetic data generator is writing to this database; try again when it has finished');
    try {
      report.firstOrdinal = (await findLastOrdinal(runner)) + 1;
      const written = [...TABLES, ISSUE_TABLE, CITATION_TABLE].map((t) => t.table);
      const checks: BatchChecks | null = options.rowChecks ? null : await planBatchChecks(runner, written);
      report.checks = checks ? 'batch' : 'row';
      options.onProgress?.(0, scale);
      const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
      let next = 0;
      let failed = false;
      // Each writer takes the next batch until none is left; a batch's content depends only on its position.
      const writer = async (writerRunner: QueryRunner) => {
        while (next < scale && !failed) {
          options.signal?.throwIfAborted();
          const first = next;
          const count = Math.min(batchSize, scale - first);
          next += count;
          const plans = Array.from({ length: count }, (_, k) => planNegotiation(createRandom(deriveSeed(seed, first + k)), report.firstOrdinal + first + k));
          const ordinals: [number, number] = [report.firstOrdinal + first, report.firstOrdinal + first + count - 1];
          const added = await writeBatch(writerRunner, mergePlans(plans), { seed, ordinals }, checks);
          for (const [table, n] of Object.entries(added)) report.rows[table] = (report.rows[table] ?? 0) + n;
          report.negotiations += count;
          options.onProgress?.(report.negotiations, scale);
        }
      };
      const extra = Array.from({ length: Math.max(1, options.writers ?? DEFAULT_WRITERS) - 1 }, () => dataSource.createQueryRunner());
      try {
        const results = await Promise.allSettled([runner, ...extra].map((r) => writer(r).catch((error: unknown) => {
          failed = true;
          throw error;
        })));
        const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (rejected) throw rejected.reason;
      } finally {
        await Promise.all(extra.map((r) => r.release()));
      }
      if (checks) await foldListTotals(runner, checks.counted);
      // Fresh statistics, so the planner sees the new size of every table at once.
      await runner.query(`ANALYZE ${[...written, 'change'].map((t) => `"${t}"`).join(', ')}`);
    } finally {
      // A lost connection has already released the lock; don't mask the original error.
      await runner.query(`SELECT pg_advisory_unlock($1)`, [LOCK_KEY]).catch(() => {});
    }
  } finally {
    await runner.release();
    report.rounds = report.rows.round ?? 0;
    report.statements = report.rows.statement ?? 0;
    report.sources = report.rows.source ?? 0;
    report.citations = report.rows.citation ?? 0;
    report.durationMs = performance.now() - started;
  }
  return report;
}

/** The highest "(synthetic NNNN)" ordinal in any table whose rows outlive a deleted negotiation; 0 when none. */
async function findLastOrdinal(runner: QueryRunner): Promise<number> {
  const pattern = '\\(synthetic (\\d+)[-)]';
  const [{ last }] = await runner.query(
    `SELECT coalesce(max(substring(name FROM $1)::int), 0)::int AS last FROM (
       SELECT title AS name FROM negotiation WHERE title LIKE '%(synthetic %'
       UNION ALL SELECT name FROM organization WHERE name LIKE '%(synthetic %'
       UNION ALL SELECT name FROM person WHERE name LIKE '%(synthetic %'
       UNION ALL SELECT name FROM agreement WHERE name LIKE '%(synthetic %'
       UNION ALL SELECT title FROM source WHERE publisher = $2
     ) AS synthetic`,
    [pattern, SYNTHETIC_PUBLISHER],
  );
  return last;
}

// ---------------------------------------------------------------------------
// The plan: rows for one negotiation, built in memory with links between them.
// Ids are filled in just before writing, so links are resolved at write time.

interface Excerpt { source: SourceDraft; start: number; end: number; text: string }

interface Row { id: number }
interface Fact extends Row { cites: Excerpt[] }

/**
 * A source text assembled sentence by sentence; each sentence's offsets
 * (JavaScript string indices) are recorded as it is appended, so a citation
 * is exactly `text.slice(start, end)`.
 */
class SourceDraft implements Row {
  id = 0;
  private readonly parts: string[] = [];
  private length = 0;

  constructor(readonly title: string, readonly kind: 'REPORT' | 'OTHER', readonly publishedAt: string) {}

  /** Appends `sentence` (after a space, or a paragraph break) and returns its excerpt. */
  say(sentence: string, paragraph = false): Excerpt {
    // Excerpts go into COPY unescaped (see CITATION_TABLE).
    if (/[\\\t\n\r]/.test(sentence)) throw new Error(`generator bug: a sentence holds a tab, line break or backslash: ${JSON.stringify(sentence)}`);
    if (this.length > 0) this.append(paragraph ? '\n\n' : ' ');
    const start = this.length;
    this.append(sentence);
    return { source: this, start, end: this.length, text: sentence };
  }

  get text(): string {
    return this.parts.join('');
  }

  /** The text in COPY's text format: its only special characters are the paragraph breaks' line feeds. */
  get copyText(): string {
    return this.text.replaceAll('\n', '\\n');
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

interface OrganizationRow extends Fact { name: string; shortName: string }
interface PersonRow extends Fact { name: string }
interface AffiliationRow extends Fact { person: PersonRow; organization: OrganizationRow; role: string }
interface AgreementRow extends Fact {
  name: string; shortName: string; status: 'IN_FORCE' | 'EXPIRED';
  effectiveFrom: string; effectiveTo: string; effectiveWording: string;
}
interface AgreementPartyRow { agreement: AgreementRow; organization: OrganizationRow }
interface NegotiationRow extends Fact { title: string; status: string; agreement: AgreementRow }
interface NegotiationPartyRow { negotiation: NegotiationRow; organization: OrganizationRow }
interface RoundRow extends Fact {
  negotiation: NegotiationRow; number: number; startDate: string; endDate: string;
  dateWording: string; location: string; outcome: string;
}
interface DelegationRow extends Fact { negotiation: NegotiationRow; round: RoundRow; party: OrganizationRow; head: PersonRow }
interface DelegationMemberRow extends Fact { delegation: DelegationRow; person: PersonRow; role: string }
interface RoundParticipantRow extends Fact { round: RoundRow; person: PersonRow; party: OrganizationRow; role: string }
interface IssueRow extends Fact { name: string; description: string }
interface PositionRow extends Fact { negotiation: NegotiationRow; round: RoundRow; party: OrganizationRow; issue: IssueRow; summary: string }
interface StatementRow extends Fact {
  speakerPerson: PersonRow | null; speakerOrganization: OrganizationRow | null;
  /** The organization the statement speaks for by the party rule (the speaker's party in its round), written up front so a batch's check finds nothing to change. */
  party: OrganizationRow;
  negotiation: NegotiationRow; round: RoundRow; kind: 'DIRECT_QUOTE' | 'PARAPHRASE' | 'OFFICIAL_STATEMENT';
  text: string; statedStart: string; statedEnd: string; statedWording: string;
}
interface FigureRow extends Fact {
  label: string; value: string; unit: string; approximate: boolean;
  asOfStart: string; asOfEnd: string; asOfWording: string;
  agreement: AgreementRow | null; negotiation: NegotiationRow | null; round: RoundRow | null; organization: OrganizationRow | null;
}

interface NegotiationPlan {
  sources: SourceDraft[];
  organization: OrganizationRow[];
  person: PersonRow[];
  affiliation: AffiliationRow[];
  agreement: AgreementRow[];
  agreementParty: AgreementPartyRow[];
  negotiation: NegotiationRow[];
  negotiationParty: NegotiationPartyRow[];
  round: RoundRow[];
  delegation: DelegationRow[];
  delegationMember: DelegationMemberRow[];
  roundParticipant: RoundParticipantRow[];
  issue: IssueRow[];
  position: PositionRow[];
  statement: StatementRow[];
  figure: FigureRow[];
}

// ---------------------------------------------------------------------------
// Vocabulary. Every name is fictitious; rows also carry "(synthetic NNNN)".

const NAME_STARTS = ['Val', 'Nor', 'Kes', 'Ard', 'Mor', 'Tal', 'Bel', 'Cor', 'Drav', 'Ost', 'Lum', 'Sar', 'Ver', 'Zan', 'Pel', 'Riv', 'Esk', 'Hal'];
const NAME_ENDS = ['doria', 'valia', 'mark', 'land', 'ovia', 'stan', 'ene', 'avia', 'eth', 'ora', 'uria', 'enia'];
const STATE_FORMS = ['Republic of', 'Kingdom of', 'Federation of', 'Principality of', 'United Provinces of'];
const FIRST_NAMES = ['Ana', 'Bram', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Inès', 'Jonas', 'Kaja', 'Luca', 'Maren', 'Nikolai',
  'Oona', 'Pavel', 'Rosa', 'Søren', 'Tomás', 'Ulla', 'Vera', 'Wen', 'Yusuf', 'Zoë', 'Łucja', 'Émile', 'Ayşe', 'Mateo'];
const LAST_NAMES = ['Berg', 'Castell', 'Dorn', 'Eklund', 'Ferreira', 'Galloway', 'Halvorsen', 'Ivanova', 'Jansen', 'Kovač', 'Lindqvist',
  'Moreau', 'Novak', 'Okafor', 'Petrescu', 'Quint', 'Rautio', 'Sandoval', 'Tanaka', 'Urquhart', 'Varga', 'Weiss', 'Yılmaz', 'Zeller'];
const SENIOR_TITLES = ['Deputy Minister of Foreign Affairs', 'Ambassador-at-Large', 'State Secretary for External Relations'];
const OFFICIAL_TITLES = ['Director of Legal Affairs', 'Senior Trade Official', 'Chief Economist', 'Counsellor', 'Head of the Treaty Department',
  'Spokesperson of the Foreign Ministry', 'Senior Scientific Adviser', 'Deputy Director for Economic Relations'];
const DELEGATION_ROLES = ['Deputy Head of Delegation', 'Legal Adviser', 'Trade Counsellor', 'Technical Expert', 'Economic Adviser',
  'Spokesperson', 'Senior Diplomat', 'Note-taker'];
const CITIES = ['Port Aldren', 'Vessmoor', 'Caldera Bay', 'Nova Ostrava', 'Kestrel Falls', 'Meridian City', 'Lake Imber', 'Saltmarsh', 'Greyhaven'];
const OUTCOMES = [
  'agreement on the agenda for the next round',
  'no agreement, but a date for the next meeting',
  'a joint draft text on monitoring and verification',
  'a breakdown over the level of the ceiling',
  'a provisional understanding on the duration of the renewed agreement',
  'an exchange of written proposals',
  'agreement to set up a joint technical working group',
  'a statement that gaps had narrowed',
];

interface Topic { name: string; metric: string; unit: string; min: number; max: number; step: number }
const TOPICS: Topic[] = [
  { name: 'Fisheries', metric: 'annual catch quota', unit: 'tonnes', min: 5_000, max: 60_000, step: 50 },
  { name: 'Water Sharing', metric: 'annual water allocation', unit: 'million cubic metres', min: 200, max: 4_000, step: 10 },
  { name: 'Border Trade', metric: 'tariff-free trade ceiling', unit: 'USD million', min: 50, max: 2_000, step: 5 },
  { name: 'Energy Transit', metric: 'annual gas transit volume', unit: 'billion cubic metres', min: 5, max: 90, step: 1 },
  { name: 'Air Services', metric: 'weekly flight allowance', unit: 'flights', min: 20, max: 400, step: 1 },
  { name: 'Rail Freight', metric: 'annual rail freight allowance', unit: 'thousand tonnes', min: 100, max: 9_000, step: 10 },
  { name: 'Research Cooperation', metric: 'joint research fund', unit: 'EUR million', min: 5, max: 300, step: 1 },
];

interface IssueTemplate { name: string; phrase: string; description: string }
const ISSUES: IssueTemplate[] = [
  { name: 'Ceiling levels (synthetic)', phrase: 'the ceiling levels', description: 'Synthetic issue: how high the agreed quantities should be.' },
  { name: 'Duration of the renewed agreement (synthetic)', phrase: 'the duration of the renewed agreement', description: 'Synthetic issue: how long a renewed agreement should run.' },
  { name: 'Dispute settlement (synthetic)', phrase: 'dispute settlement', description: 'Synthetic issue: who decides when the parties disagree.' },
  { name: 'Monitoring and verification (synthetic)', phrase: 'monitoring and verification', description: 'Synthetic issue: how compliance is checked.' },
  { name: 'Compensation payments (synthetic)', phrase: 'compensation payments', description: 'Synthetic issue: payments for losses under the agreement.' },
  { name: 'Environmental safeguards (synthetic)', phrase: 'environmental safeguards', description: 'Synthetic issue: limits that protect the environment.' },
  { name: 'Transit and access fees (synthetic)', phrase: 'transit and access fees', description: 'Synthetic issue: what one party charges the other.' },
  { name: 'Review clause (synthetic)', phrase: 'the review clause', description: 'Synthetic issue: when and how the agreement is reviewed.' },
];

// [summary in the present tense, the same stance in the past tense for the report]
const STANCES: [string, string][] = [
  ['calls for a firm commitment on', 'called for a firm commitment on'],
  ['rejects any change to', 'rejected any change to'],
  ['proposes a phased approach to', 'proposed a phased approach to'],
  ['signals flexibility on', 'signalled flexibility on'],
  ['refuses to move on', 'refused to move on'],
  ['conditionally accepts the draft text on', 'conditionally accepted the draft text on'],
  ['seeks stronger guarantees on', 'sought stronger guarantees on'],
  ['wants to postpone discussion of', 'wanted to postpone discussion of'],
];
const QUOTE_OPENERS = ['We remain committed to progress on', 'We cannot accept the latest proposal on', 'Our delegation is ready to discuss',
  'There is still a wide gap on', 'We have made real progress on', 'We will not be rushed on', 'Our partners must move on',
  'We see room for compromise on', 'Nothing is agreed yet on', 'We expect a serious offer on'];
const QUOTE_CLOSERS = ['before the next round', 'this week', 'as long as the other side is serious', 'without new instructions from the capital',
  'in the interest of both peoples', 'if the figures add up', 'and we said so clearly today', 'whatever the press may say'];
const PARAPHRASE_VERBS = ['is prepared to revisit', 'will not reopen', 'wants more time to study', 'considers the talks on', 'expects movement on',
  'has tabled new language on', 'is disappointed with the pace of work on', 'sees a possible deal on'];
const PARAPHRASE_ENDINGS = ['before the round closes', 'at the next meeting', 'once experts have reported', 'within weeks', 'in the final text',
  'only as part of a package'];
const OFFICIAL_TEXTS = ['The government remains fully engaged in the talks on', 'The government has instructed its delegation to hold firm on',
  'The government welcomes the constructive atmosphere of the discussions on', 'The government regrets the lack of progress on',
  'The government will consult parliament before any concession on'];

// ---------------------------------------------------------------------------
// Dates are whole days since 1970-01-01 (UTC) until they are written.

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

function spokenDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "on 4 March 2031", "from 3 to 5 March 2031", "from 30 March to 2 April 2031", ... */
function spokenSpan(start: number, end: number): string {
  if (start === end) return `on ${spokenDay(start)}`;
  const a = new Date(start * DAY_MS);
  const b = new Date(end * DAY_MS);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `from ${spokenDay(start)} to ${spokenDay(end)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `from ${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} to ${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  }
  return `from ${a.getUTCDate()} to ${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------

const ROUNDS = 10;
const PEOPLE_PER_PARTY = 7;
const DELEGATION_MEMBERS = 4;
const STATEMENTS_PER_ROUND = 20;
const ISSUES_PER_NEGOTIATION = 4;
const ISSUES_PER_ROUND = 2;

/** Builds every row of synthetic negotiation number `ordinal`, with its sources and citations; ids are still 0. */
function planNegotiation(rng: Random, ordinal: number): NegotiationPlan {
  const tag = `synthetic ${String(ordinal).padStart(4, '0')}`;
  const plan: NegotiationPlan = {
    sources: [], organization: [], person: [], affiliation: [], agreement: [], agreementParty: [], negotiation: [],
    negotiationParty: [], round: [], delegation: [], delegationMember: [], roundParticipant: [], issue: [], position: [],
    statement: [], figure: [],
  };
  const topic = rng.pick(TOPICS);
  const roundTo = (n: number) => Math.max(topic.step, Math.round(n / topic.step) * topic.step);

  // Calendar first: the background report is published before round 1.
  const year = rng.int(2003, 2022);
  const firstDay = dayOf(year, 1, 1) + rng.int(20, 300);
  const spans: [number, number][] = [];
  for (let n = 0, day = firstDay; n < ROUNDS; n++) {
    const end = day + rng.int(0, 3);
    spans.push([day, end]);
    day = end + rng.int(21, 70);
  }

  const shortNames = rng.sample(NAME_STARTS, 2).map((start) => start + rng.pick(NAME_ENDS));
  const background = new SourceDraft(`Synthetic background report: ${shortNames[0]}–${shortNames[1]} ${topic.name.toLowerCase()} talks (${tag})`, 'REPORT', isoDay(firstDay - rng.int(1, 10)));
  plan.sources.push(background);
  background.say(`This document (${tag}) was produced by a synthetic data generator; every name, date, figure and event in it is fictitious.`);

  const parties = shortNames.map((shortName): OrganizationRow => {
    const name = `${rng.pick(STATE_FORMS)} ${shortName} (${tag})`;
    const row: OrganizationRow = { id: 0, name, shortName, cites: [] };
    row.cites.push(background.say(`The ${name} is a sovereign state and a party to the talks.`));
    plan.organization.push(row);
    return row;
  });
  const [partyA, partyB] = parties;

  // The agreement being renewed, and the figure it set.
  const agreementStart = dayOf(year - rng.int(5, 15), 1, 1);
  const expired = rng.chance(0.5);
  const agreementEnd = dayOf(expired ? year - 1 : year + 1, 12, 31);
  const agreementWording = `from ${spokenDay(agreementStart)} until ${spokenDay(agreementEnd)}`;
  const agreement: AgreementRow = {
    id: 0, name: `${partyA.shortName}–${partyB.shortName} ${topic.name} Agreement (${tag})`, shortName: `${topic.name} Agreement`,
    status: expired ? 'EXPIRED' : 'IN_FORCE', effectiveFrom: isoDay(agreementStart), effectiveTo: isoDay(agreementEnd),
    effectiveWording: agreementWording, cites: [],
  };
  agreement.cites.push(background.say(`The ${agreement.name} between the ${partyA.name} and the ${partyB.name} ${expired ? 'was' : 'is'} in force ${agreementWording}.`, true));
  plan.agreement.push(agreement);
  for (const organization of parties) plan.agreementParty.push({ agreement, organization });

  const baseValue = roundTo(rng.int(topic.min, topic.max));
  const figureYear = year - 1;
  plan.figure.push({
    id: 0, label: `${topic.metric} under the ${agreement.name}`.replace(/^./, (c) => c.toUpperCase()), value: String(baseValue),
    unit: topic.unit, approximate: false, asOfStart: isoDay(dayOf(figureYear, 1, 1)), asOfEnd: isoDay(dayOf(figureYear, 12, 31)),
    asOfWording: `for ${figureYear}`, agreement, negotiation: null, round: null, organization: null,
    cites: [background.say(`Under the ${agreement.name}, the ${topic.metric} was ${formatNumber(baseValue)} ${topic.unit} for ${figureYear}.`)],
  });

  const status = rng.pick(['ONGOING', 'ONGOING', 'CONCLUDED', 'SUSPENDED']);
  const statusWords: Record<string, string> = { ONGOING: 'are still ongoing', CONCLUDED: 'have concluded', SUSPENDED: 'are suspended' };
  const negotiation: NegotiationRow = {
    id: 0, title: `${partyA.shortName}–${partyB.shortName} ${topic.name.toLowerCase()} talks (${tag})`, status, agreement, cites: [],
  };
  negotiation.cites.push(background.say(`The ${negotiation.title}, held to renew the ${agreement.name}, opened ${spokenSpan(firstDay, firstDay)} and ${statusWords[status]}.`, true));
  plan.negotiation.push(negotiation);
  for (const organization of parties) plan.negotiationParty.push({ negotiation, organization });

  const issueTemplates = rng.sample(ISSUES, ISSUES_PER_NEGOTIATION);
  const issues = issueTemplates.map((template): IssueRow => ({
    id: 0, name: template.name, description: template.description,
    cites: [background.say(`The agenda of the ${negotiation.title} includes the issue of ${template.phrase}.`)],
  }));
  plan.issue.push(...issues);

  // People: a head and six officials per party, each affiliated with the party.
  const usedNames = new Set<string>();
  // Statement natural keys already used in this negotiation (speaker, day, text).
  const seen = new Set<string>();
  const people = parties.map((party, p) => {
    const letter = p === 0 ? 'A' : 'B';
    const roles = rng.sample(DELEGATION_ROLES, PEOPLE_PER_PARTY - 1);
    const titles = rng.sample(OFFICIAL_TITLES, PEOPLE_PER_PARTY - 1);
    return Array.from({ length: PEOPLE_PER_PARTY }, (_, i) => {
      let given: string;
      do given = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`; while (usedNames.has(given));
      usedNames.add(given);
      const person: PersonRow = { id: 0, name: `${given} (${tag}-${letter}${i + 1})`, cites: [] };
      const title = i === 0 ? rng.pick(SENIOR_TITLES) : titles[i - 1];
      const excerpt = background.say(`${person.name} is ${title} of the ${party.name}.`, i === 0);
      person.cites.push(excerpt);
      plan.person.push(person);
      plan.affiliation.push({ id: 0, person, organization: party, role: title, cites: [excerpt] });
      return { person, party, delegationRole: i === 0 ? 'Head of Delegation' : roles[i - 1] };
    });
  });

  spans.forEach(([start, end], index) => {
    const number = index + 1;
    const source = new SourceDraft(`Synthetic round summary ${number}: ${negotiation.title}`, number % 2 === 0 ? 'REPORT' : 'OTHER', isoDay(end + rng.int(1, 5)));
    plan.sources.push(source);
    source.say(`This document (${tag}) was produced by a synthetic data generator; every name, date, figure and event in it is fictitious.`);

    const dateWording = spokenSpan(start, end);
    const round: RoundRow = {
      id: 0, negotiation, number, startDate: isoDay(start), endDate: isoDay(end), dateWording,
      location: rng.pick(CITIES), outcome: rng.pick(OUTCOMES), cites: [],
    };
    round.cites.push(source.say(`Round ${number} of the ${negotiation.title} was held in ${round.location} ${dateWording}.`));
    round.cites.push(source.say(`Round ${number} ended with ${round.outcome}.`));
    plan.round.push(round);

    const present = people.map((team) => [team[0], ...rng.sample(team.slice(1), DELEGATION_MEMBERS)]);
    // One sentence per person present states both their place in the delegation and their part in the round
    // (both facts cite it); the head's sentence also states who headed the delegation.
    for (const team of present) {
      const party = team[0].party;
      const delegation: DelegationRow = { id: 0, negotiation, round, party, head: team[0].person, cites: [] };
      plan.delegation.push(delegation);
      team.forEach((member, m) => {
        const excerpt = m === 0
          ? source.say(`The delegation of the ${party.name} to round ${number} was headed by ${member.person.name}, who took part in the round as ${member.delegationRole}.`, true)
          : source.say(`${member.person.name} took part in round ${number} as ${member.delegationRole} in the delegation of the ${party.name}.`);
        if (m === 0) delegation.cites.push(excerpt);
        plan.delegationMember.push({ id: 0, delegation, person: member.person, role: member.delegationRole, cites: [excerpt] });
        plan.roundParticipant.push({ id: 0, round, person: member.person, party, role: member.delegationRole, cites: [excerpt] });
      });
    }

    const roundIssues = rng.sample(issueTemplates.map((template, i) => ({ template, row: issues[i] })), ISSUES_PER_ROUND);
    roundIssues.forEach(({ template, row }, i) => {
      for (const party of parties) {
        const [now, then] = rng.pick(STANCES);
        plan.position.push({
          id: 0, negotiation, round, party, issue: row, summary: `${party.shortName} ${now} ${template.phrase}.`,
          cites: [source.say(`In round ${number}, the ${party.name} ${then} ${template.phrase}.`, i === 0 && party === partyA)],
        });
      }
    });

    for (const party of parties) {
      const approximate = rng.chance(0.3);
      const value = roundTo(baseValue * (0.8 + rng.next() * 0.4));
      plan.figure.push({
        id: 0, label: `${topic.metric.replace(/^./, (c) => c.toUpperCase())} offered by ${party.shortName} in round ${number} (${tag})`,
        value: String(value), unit: topic.unit, approximate, asOfStart: round.startDate, asOfEnd: round.endDate, asOfWording: dateWording,
        agreement: null, negotiation, round, organization: party,
        cites: [source.say(`In round ${number}, the ${party.name} offered ${approximate ? 'about ' : ''}${formatNumber(value)} ${topic.unit} as the ${topic.metric}, ${dateWording}.`, party === partyA)],
      });
    }

    const statements: StatementRow[] = [];
    const phrases = roundIssues.map((r) => r.template.phrase);
    const agenda = issueTemplates.map((t) => t.phrase);
    while (statements.length < STATEMENTS_PER_ROUND) {
      const statement = planStatement(rng, round, start, end, present.flat(), phrases, agenda);
      const speakerKey = statement.speakerPerson ? `p${statement.speakerPerson.name}` : `o${statement.speakerOrganization!.name}`;
      const key = `${speakerKey}|${statement.statedStart}|${statement.text}`;
      // The statement natural key (speaker, text, day) must not repeat; draw again.
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(statement);
    }
    // Reported in the order they were made; the sort is stable, so still deterministic.
    statements.sort((a, b) => a.statedStart.localeCompare(b.statedStart) || a.statedEnd.localeCompare(b.statedEnd));
    statements.forEach((statement, s) => {
      const speakerName = statement.speakerPerson?.name ?? `the ${statement.speakerOrganization!.name}`;
      statement.cites.push(source.say(sentenceFor(statement, speakerName), s === 0));
      plan.statement.push(statement);
    });
  });
  return plan;
}

/** One statement in round `round`, without its citation. */
function planStatement(
  rng: Random, round: RoundRow, start: number, end: number,
  participants: { person: PersonRow; party: OrganizationRow }[], roundPhrases: string[], allPhrases: string[],
): StatementRow {
  const exact = end === start || rng.chance(0.7);
  const day = start + rng.int(0, end - start);
  const [statedStart, statedEnd] = exact ? [day, day] : [start, end];
  const statedWording = exact ? spokenSpan(day, day) : `during the round held ${spokenSpan(start, end)}`;
  const phrase = rng.chance(0.75) ? rng.pick(roundPhrases) : rng.pick(allPhrases);
  const speaker = rng.pick(participants);
  const base = {
    id: 0, negotiation: round.negotiation, round, party: speaker.party, statedStart: isoDay(statedStart), statedEnd: isoDay(statedEnd), statedWording, cites: [],
  };
  const roll = rng.next();
  if (roll < 0.5) {
    return {
      ...base, kind: 'DIRECT_QUOTE', speakerPerson: speaker.person, speakerOrganization: null,
      text: `${rng.pick(QUOTE_OPENERS)} ${phrase} ${rng.pick(QUOTE_CLOSERS)}.`,
    };
  }
  if (roll < 0.85) {
    return {
      ...base, kind: 'PARAPHRASE', speakerPerson: speaker.person, speakerOrganization: null,
      text: `${speaker.party.shortName} ${rng.pick(PARAPHRASE_VERBS)} ${phrase} ${rng.pick(PARAPHRASE_ENDINGS)}.`,
    };
  }
  return {
    ...base, kind: 'OFFICIAL_STATEMENT', speakerPerson: null, speakerOrganization: speaker.party,
    text: `${rng.pick(OFFICIAL_TEXTS)} ${phrase}.`,
  };
}

/** The sentence of the round summary that reports `statement` verbatim (or, for a paraphrase, in full). */
function sentenceFor(statement: StatementRow, speakerName: string): string {
  switch (statement.kind) {
    case 'DIRECT_QUOTE':
      return `${speakerName} said ${statement.statedWording}: "${statement.text}"`;
    case 'PARAPHRASE':
      return `${speakerName} indicated ${statement.statedWording} that ${statement.text}`;
    case 'OFFICIAL_STATEMENT':
      return `In an official statement issued ${statement.statedWording}, ${speakerName} declared: "${statement.text}"`;
  }
}

// ---------------------------------------------------------------------------
// Writing: one COPY per table and batch, ids allocated up front.

/** A table the generator writes: its columns in COPY order and how a row becomes one line of COPY's text format. */
interface TableSpec<R> {
  table: string;
  rows: (plan: NegotiationPlan) => R[];
  columns: readonly string[];
  line: (row: R) => string;
  /** The citation column that points at this table; absent for link tables and sources. */
  citedBy?: string;
  /** How a batch's rows are found again: link tables by their first key, which holds ids of `of`. */
  key?: { column: string; of: string };
}

function defineTable<R>(spec: TableSpec<R>): TableSpec<unknown> {
  return spec as TableSpec<unknown>;
}

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A text value in COPY's text format: backslash escapes for the characters that delimit. */
function copyText(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]) : value;
}

/** A nullable reference in COPY's text format: the row's id, or \N. */
const ref = (row: Row | null): string => (row ? String(row.id) : '\\N');

// In foreign-key order. Issues are not here: they are shared, and upserted by name.
const TABLES = [
  defineTable<SourceDraft>({
    table: 'source', rows: (p) => p.sources, columns: ['id', 'title', 'publisher', 'published_at', 'text', 'kind'],
    line: (r) => `${r.id}\t${copyText(r.title)}\t${SYNTHETIC_PUBLISHER}\t${r.publishedAt}\t${r.copyText}\t${r.kind}`,
  }),
  defineTable<OrganizationRow>({
    table: 'organization', citedBy: 'organization_id', rows: (p) => p.organization, columns: ['id', 'name', 'short_name', 'kind'],
    line: (r) => `${r.id}\t${copyText(r.name)}\t${copyText(r.shortName)}\tSTATE`,
  }),
  defineTable<PersonRow>({
    table: 'person', citedBy: 'person_id', rows: (p) => p.person, columns: ['id', 'name'],
    line: (r) => `${r.id}\t${copyText(r.name)}`,
  }),
  defineTable<AffiliationRow>({
    table: 'affiliation', citedBy: 'affiliation_id', rows: (p) => p.affiliation, columns: ['id', 'person_id', 'organization_id', 'role'],
    line: (r) => `${r.id}\t${r.person.id}\t${r.organization.id}\t${copyText(r.role)}`,
  }),
  defineTable<AgreementRow>({
    table: 'agreement', citedBy: 'agreement_id', rows: (p) => p.agreement,
    columns: ['id', 'name', 'short_name', 'status', 'effective_from', 'effective_to', 'effective_wording'],
    line: (r) => `${r.id}\t${copyText(r.name)}\t${copyText(r.shortName)}\t${r.status}\t${r.effectiveFrom}\t${r.effectiveTo}\t${copyText(r.effectiveWording)}`,
  }),
  defineTable<AgreementPartyRow>({
    table: 'agreement_party', rows: (p) => p.agreementParty, columns: ['agreement_id', 'organization_id'], key: { column: 'agreement_id', of: 'agreement' },
    line: (r) => `${r.agreement.id}\t${r.organization.id}`,
  }),
  defineTable<NegotiationRow>({
    table: 'negotiation', citedBy: 'negotiation_id', rows: (p) => p.negotiation, columns: ['id', 'title', 'status', 'agreement_id'],
    line: (r) => `${r.id}\t${copyText(r.title)}\t${r.status}\t${r.agreement.id}`,
  }),
  defineTable<NegotiationPartyRow>({
    table: 'negotiation_party', rows: (p) => p.negotiationParty, columns: ['negotiation_id', 'organization_id'], key: { column: 'negotiation_id', of: 'negotiation' },
    line: (r) => `${r.negotiation.id}\t${r.organization.id}`,
  }),
  defineTable<RoundRow>({
    table: 'round', citedBy: 'round_id', rows: (p) => p.round,
    columns: ['id', 'negotiation_id', 'number', 'start_date', 'end_date', 'date_wording', 'location', 'outcome'],
    line: (r) => `${r.id}\t${r.negotiation.id}\t${r.number}\t${r.startDate}\t${r.endDate}\t${copyText(r.dateWording)}\t${copyText(r.location)}\t${copyText(r.outcome)}`,
  }),
  defineTable<DelegationRow>({
    table: 'delegation', citedBy: 'delegation_id', rows: (p) => p.delegation, columns: ['id', 'negotiation_id', 'round_id', 'party_id', 'head_id'],
    line: (r) => `${r.id}\t${r.negotiation.id}\t${r.round.id}\t${r.party.id}\t${r.head.id}`,
  }),
  defineTable<DelegationMemberRow>({
    table: 'delegation_member', citedBy: 'delegation_member_id', rows: (p) => p.delegationMember, columns: ['id', 'delegation_id', 'person_id', 'role'],
    line: (r) => `${r.id}\t${r.delegation.id}\t${r.person.id}\t${copyText(r.role)}`,
  }),
  defineTable<RoundParticipantRow>({
    table: 'round_participant', citedBy: 'round_participant_id', rows: (p) => p.roundParticipant, columns: ['id', 'round_id', 'person_id', 'party_id', 'role'],
    line: (r) => `${r.id}\t${r.round.id}\t${r.person.id}\t${r.party.id}\t${copyText(r.role)}`,
  }),
  defineTable<PositionRow>({
    table: 'position', citedBy: 'position_id', rows: (p) => p.position, columns: ['id', 'negotiation_id', 'round_id', 'party_id', 'issue_id', 'summary'],
    line: (r) => `${r.id}\t${r.negotiation.id}\t${r.round.id}\t${r.party.id}\t${r.issue.id}\t${copyText(r.summary)}`,
  }),
  defineTable<StatementRow>({
    table: 'statement', citedBy: 'statement_id', rows: (p) => p.statement,
    columns: ['id', 'speaker_person_id', 'speaker_organization_id', 'negotiation_id', 'round_id', 'kind', 'text', 'stated_start', 'stated_end', 'stated_wording', 'party_organization_id'],
    line: (r) =>
      `${r.id}\t${ref(r.speakerPerson)}\t${ref(r.speakerOrganization)}\t${r.negotiation.id}\t${r.round.id}\t${r.kind}\t${copyText(r.text)}\t${r.statedStart}\t${r.statedEnd}\t${copyText(r.statedWording)}\t${r.party.id}`,
  }),
  defineTable<FigureRow>({
    table: 'figure', citedBy: 'figure_id', rows: (p) => p.figure,
    columns: ['id', 'label', 'value', 'unit', 'approximate', 'as_of_start', 'as_of_end', 'as_of_wording', 'agreement_id', 'negotiation_id', 'round_id', 'organization_id'],
    line: (r) =>
      `${r.id}\t${copyText(r.label)}\t${r.value}\t${copyText(r.unit)}\t${r.approximate ? 't' : 'f'}\t${r.asOfStart}\t${r.asOfEnd}\t${copyText(r.asOfWording)}\t` +
      `${ref(r.agreement)}\t${ref(r.negotiation)}\t${ref(r.round)}\t${ref(r.organization)}`,
  }),
];

const ISSUE_TABLE = defineTable<IssueRow>({ table: 'issue', citedBy: 'issue_id', rows: (p) => p.issue, columns: [], line: () => '' });

const CITATION_SUBJECTS = [...TABLES.filter((t) => t.citedBy), ISSUE_TABLE].map((t) => t.citedBy!);

/** Per citation column, the COPY cells of all subject columns with the id in that one: "\N\t...\t{id}\t...\t\N". */
const SUBJECT_CELLS: Record<string, [before: string, after: string]> = Object.fromEntries(
  CITATION_SUBJECTS.map((column, i) => [column, ['\\N\t'.repeat(i), '\t\\N'.repeat(CITATION_SUBJECTS.length - 1 - i)]]),
);

interface CitationRow extends Row { excerpt: Excerpt; column: string; subject: Row }

const CITATION_TABLE = defineTable<CitationRow>({
  table: 'citation', rows: () => [], columns: ['id', 'source_id', 'excerpt', 'start_offset', 'end_offset', ...CITATION_SUBJECTS],
  // Excerpts are whole sentences, which SourceDraft.say checked hold nothing COPY must escape.
  line: (r) => {
    const [before, after] = SUBJECT_CELLS[r.column];
    return `${r.id}\t${r.excerpt.source.id}\t${r.excerpt.text}\t${r.excerpt.start}\t${r.excerpt.end}\t${before}${r.subject.id}${after}`;
  },
});

/** Every citation of the plan's facts (issues included), ids still 0. */
function citationsOf(plan: NegotiationPlan): CitationRow[] {
  const citations: CitationRow[] = [];
  for (const t of [...TABLES, ISSUE_TABLE]) {
    if (!t.citedBy) continue;
    for (const subject of t.rows(plan) as Fact[]) {
      if (subject.cites.length === 0) throw new Error(`generator bug: a ${t.table} row has no citation`);
      for (const excerpt of subject.cites) citations.push({ id: 0, excerpt, column: t.citedBy, subject });
    }
  }
  return citations;
}

/** One plan holding the rows of many negotiations, in order. */
function mergePlans(plans: NegotiationPlan[]): NegotiationPlan {
  const merged = { ...plans[0] };
  for (const key of Object.keys(merged) as (keyof NegotiationPlan)[]) {
    (merged[key] as unknown[]) = plans.flatMap((p) => p[key] as unknown[]);
  }
  return merged;
}

/** The kind of fact each generated table holds, as history names it. */
const TYPE_OF_TABLE: Record<string, NodeTypeName> = {
  source: 'Source', organization: 'Organization', person: 'Person', affiliation: 'Affiliation', agreement: 'Agreement',
  negotiation: 'Negotiation', round: 'Round', delegation: 'Delegation', delegation_member: 'DelegationMember',
  round_participant: 'RoundParticipant', position: 'Position', statement: 'Statement', figure: 'Figure', citation: 'Citation', issue: 'Issue',
};

/** What `subject_type` the one history row of a generated batch has. */
export const GENERATED_BATCH = 'GeneratedBatch';

/**
 * Writes a batch of negotiations in one transaction: ids allocated in one
 * round trip, issues upserted by name, then one COPY per table in foreign-key
 * order, citations last. History gets one row for the whole batch (subject_type
 * GeneratedBatch): the seed, the ordinals, and the id ranges it created per
 * type, instead of one CREATE per row. Integrity is checked by the database
 * either way: by its triggers (`checks` null), or, with `checks`, by the
 * same rules checked once for the whole batch (see `checkBatch`).
 * Returns rows inserted per table.
 */
async function writeBatch(
  runner: QueryRunner, plan: NegotiationPlan, about: { seed: number; ordinals: [number, number] }, checks: BatchChecks | null,
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const citations = citationsOf(plan);
  await runner.startTransaction();
  const client = (runner as unknown as { databaseConnection: pg.ClientBase }).databaseConnection;
  try {
    // A crash may lose the last batches, never part of one: each commits whole or not at all.
    await runner.query(`SET LOCAL synchronous_commit = off`);
    // Compiling the checks' expressions would cost more than running them (their row estimates are far too high).
    if (checks) await runner.query(`SET LOCAL session_replication_role = replica; SET LOCAL jit = off`);
    // Tables whose rows get an id from their identity sequence, allocated in one round trip.
    const withIds = [...TABLES.filter((t) => !t.key).map((t) => ({ table: t.table, rows: t.rows(plan) as Row[] })), { table: 'citation', rows: citations }];
    const allocated: { ids: number[] }[] = await runner.query(
      `SELECT array(SELECT nextval(s.seq)::int FROM generate_series(1, t.n)) AS ids
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS t(name, n, ord), LATERAL (SELECT pg_get_serial_sequence(t.name, 'id')::regclass AS seq) AS s
       ORDER BY t.ord`,
      [withIds.map((t) => `"${t.table}"`), withIds.map((t) => t.rows.length)],
    );
    withIds.forEach((t, i) => t.rows.forEach((row, j) => (row.id = allocated[i].ids[j])));

    const issues = await upsertIssues(runner, plan.issue);
    written.issue = issues.created.length;
    for (const t of TABLES) written[t.table] = await copyRows(client, t, t.rows(plan));
    written.citation = await copyRows(client, CITATION_TABLE, citations);

    const created: Record<string, [number, number][]> = { Issue: toRanges(issues.created) };
    for (const t of withIds) created[TYPE_OF_TABLE[t.table]] = toRanges(t.rows.map((r) => r.id));
    if (checks) {
      const rows = new Map<string, BatchRows>([['issue', { column: 'id', ranges: created.Issue }]]);
      for (const t of [...TABLES, CITATION_TABLE]) {
        rows.set(t.table, t.key ? { column: t.key.column, ranges: created[TYPE_OF_TABLE[t.key.of]] } : { column: 'id', ranges: created[TYPE_OF_TABLE[t.table]] });
      }
      await checkBatch(runner, checks, rows, written);
    }
    await runner.query(
      `INSERT INTO "change" ("subject_type", "subject_id", "version", "action", "actor", "changes") VALUES ($1, $2, 1, 'CREATE', $3, $4::jsonb)`,
      [GENERATED_BATCH, plan.negotiation[0].id, GENERATOR_ACTOR, JSON.stringify({ seed: about.seed, ordinals: about.ordinals, rows: written, created })],
    );
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    throw error;
  }
  return written;
}

/** Sorted ids as [first, last] ranges of consecutive ids. */
function toRanges(ids: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && id === last[1] + 1) last[1] = id;
    else ranges.push([id, id]);
  }
  return ranges;
}

/** Streams `rows` into `spec.table` with one COPY; returns how many. */
async function copyRows(client: pg.ClientBase, spec: TableSpec<unknown>, rows: unknown[]): Promise<number> {
  if (rows.length === 0) return 0;
  let data = '';
  for (const row of rows) data += `${spec.line(row)}\n`;
  const copy = client.query(copyFrom(`COPY "${spec.table}" (${spec.columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from([data]), copy);
  return rows.length;
}

/**
 * Creates the plan's issues that do not exist yet and sets every issue's id.
 * Returns the ids it created and those that existed before (other
 * negotiations' issues, shared by name; each negotiation cites its own
 * mention of them).
 */
async function upsertIssues(runner: QueryRunner, issues: IssueRow[]): Promise<{ created: number[]; existing: number[] }> {
  // In name order, as every writer does: two writers creating the same new names
  // then wait for each other in one direction only, never in a deadlock.
  const unique = [...new Map(issues.map((i) => [i.name, i])).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows: { id: number; name: string; created: boolean }[] = await runner.query(
    `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, description, ord)),
     created AS (
       INSERT INTO issue (name, description) SELECT name, description FROM input ORDER BY ord
       ON CONFLICT (name) DO NOTHING RETURNING id, name
     )
     SELECT id, name, true AS created FROM created
     UNION ALL SELECT issue.id, issue.name, false FROM issue JOIN input USING (name)`,
    [unique.map((i) => i.name), unique.map((i) => i.description)],
  );
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  // A name another writer inserted meanwhile: ON CONFLICT waited for its commit, so a new statement sees it.
  const missing = unique.filter((i) => !ids.has(i.name)).map((i) => i.name);
  if (missing.length > 0) {
    const found: { id: number; name: string }[] = await runner.query(`SELECT id, name FROM issue WHERE name = ANY($1::text[])`, [missing]);
    for (const r of found) ids.set(r.name, r.id);
  }
  for (const issue of issues) {
    const id = ids.get(issue.name);
    if (id === undefined) throw new Error(`issue "${issue.name}" could not be created or found; run the generator again`);
    issue.id = id;
  }
  const created = new Set(rows.filter((r) => r.created).map((r) => r.id));
  return { created: [...created], existing: [...new Set(ids.values())].filter((id) => !created.has(id)) };
}
