/**
 * Loads seed files (see seeds/README.md) into the database: every file is
 * checked in full before anything is written, then written in a transaction
 * of its own, matching rows by natural key so that loading twice changes
 * nothing.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { toGlobalId } from '../../lib/globalId.js';
import type { DataSource, QueryRunner } from 'typeorm';
import type { NodeTypeName } from '../../loaders/tables.js';
import { factCatalog, historyValue, isSameValue } from '../editing/factCatalog.js';
import { FactStore, type ChangeSet, type FactRow, type NewCitation, type Values } from '../editing/factStore.js';
import { sqlOn, type Sql } from '../editing/sql.js';
import { SeedError, type SeedProblem } from './SeedError.js';
import {
  describeReference, inspectSeedFile, referenceKey,
  type Anchor, type PlannedFact, type ReferenceKind, type ResolvedSpan, type SeedPlan, type SeedReference,
} from './planSeedFile.js';

export { SeedError, type SeedProblem } from './SeedError.js';
export { validateSeedFile, type SeedValidation } from './validateSeedFile.js';

/** The tables a seed file writes, in the order it writes them. */
export const SEED_TABLES = [
  'source', 'organization', 'person', 'affiliation', 'agreement', 'agreement_party', 'negotiation', 'negotiation_party',
  'round', 'delegation', 'delegation_member', 'round_participant', 'issue', 'statement', 'position', 'figure', 'citation',
] as const;
export type SeedTable = (typeof SEED_TABLES)[number];

/** The kind of fact each table of SEED_TABLES holds (the link tables hold none). */
const TYPE_OF_TABLE: Partial<Record<SeedTable, NodeTypeName>> = {
  source: 'Source', organization: 'Organization', person: 'Person', affiliation: 'Affiliation', agreement: 'Agreement',
  negotiation: 'Negotiation', round: 'Round', delegation: 'Delegation', delegation_member: 'DelegationMember',
  round_participant: 'RoundParticipant', issue: 'Issue', statement: 'Statement', position: 'Position', figure: 'Figure', citation: 'Citation',
};

/** Who history names for seed files loaded without another actor. */
export const SEED_ACTOR = 'seed';

/**
 * A fact the file changed since it was last loaded that was also edited
 * (or retracted) by someone else: the loader left the edit and reports it.
 */
export interface SeedConflict {
  file: string;
  /** Where the fact is in the file, e.g. `rounds[0]`. */
  path: string;
  /** The fact's global ID. */
  id: string;
  /** The field the file and the edit disagree on (`parties`, `citations`, or a column's property); `*` for a retracted fact. */
  field: string;
  /** What the file says now. */
  fileValue: unknown;
  /** What the database holds, which stays. */
  storedValue: unknown;
  reason: 'edited' | 'retracted';
}

/** What loading one file did, as row counts per table (every table of SEED_TABLES is present). */
export interface SeedFileReport {
  file: string;
  source: { id: number; title: string };
  added: Record<string, number>;
  changed: Record<string, number>;
  unchanged: Record<string, number>;
  /** Changes of the file that were not applied because someone else edited those facts. */
  conflicts: SeedConflict[];
}

/** One line for a person about a conflict. */
export function describeSeedConflict(c: SeedConflict): string {
  const where = `${basename(c.file)}: ${c.path} (${c.id})`;
  return c.reason === 'retracted'
    ? `${where} was retracted through the API; the file's changes to it are not applied`
    : `${where}: ${c.field} was edited through the API to ${JSON.stringify(c.storedValue)}; the file now says ${JSON.stringify(c.fileValue)}; the edit stays`;
}

export interface LoadSeedOptions {
  /** Do everything in a transaction that is rolled back; the reports say what would have happened. */
  dryRun?: boolean;
  /** Who history records as having made the changes (default "seed"). */
  actor?: string;
  /** Called after each file is loaded, with the 1-based count of files done so far. */
  onProgress?: (file: string, index: number, total: number) => void;
}

/**
 * Loads `files` in order. All of them are checked first (YAML, schema,
 * excerpts, dates, references within each file); a problem anywhere throws
 * a SeedError before anything is written. Each file is then written in one
 * transaction; a reference to a fact neither in the file nor in the database
 * throws a SeedError and rolls that file back (files before it stay loaded).
 */
export async function loadSeedFiles(dataSource: DataSource, files: string[], options: LoadSeedOptions = {}): Promise<SeedFileReport[]> {
  const plans: SeedPlan[] = [];
  for (const file of files) {
    const { plan, problems } = await inspectSeedFile(file);
    if (!plan) throw new SeedError(file, problems);
    plans.push(plan);
  }
  const reports: SeedFileReport[] = [];
  for (const [i, plan] of plans.entries()) {
    reports.push(await loadPlan(dataSource, plan, { dryRun: options.dryRun ?? false, actor: options.actor ?? SEED_ACTOR }));
    options.onProgress?.(plan.file, i + 1, plans.length);
  }
  return reports;
}

/** Loads every `*.yaml`, `*.yml` and `*.json` file of `dir`, in name order, as loadSeedFiles does. */
export async function loadSeedDirectory(dataSource: DataSource, dir: string, options: LoadSeedOptions = {}): Promise<SeedFileReport[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return loadSeedFiles(dataSource, names.map((name) => join(dir, name)), options);
}

/** Carries a dry run's report out of the transaction it rolls back. */
class DryRunRollback extends Error {
  constructor(readonly report: SeedFileReport) {
    super('dry run');
  }
}

/** Writes one checked plan in a transaction of its own (rolled back for a dry run); a refusal is a SeedError. */
export async function loadPlan(dataSource: DataSource, plan: SeedPlan, options: { dryRun: boolean; actor: string }): Promise<SeedFileReport> {
  let writer: SeedWriter | undefined;
  try {
    return await dataSource.transaction(async (manager) => {
      writer = new SeedWriter(manager.queryRunner!, plan, options.actor);
      const report = await writer.write();
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw asSeedError(plan, writer, error);
  }
}

/**
 * Writes one checked plan on `runner`, inside the transaction the caller
 * holds (a savepoint lets the caller undo just this file).
 */
export async function writePlan(runner: QueryRunner, plan: SeedPlan, actor: string): Promise<SeedFileReport> {
  const writer = new SeedWriter(runner, plan, actor);
  try {
    return await writer.write();
  } catch (error) {
    throw asSeedError(plan, writer, error);
  }
}

/** A failure while writing, as a SeedError naming the fact being written. */
function asSeedError(plan: SeedPlan, writer: SeedWriter | undefined, error: unknown): SeedError {
  if (error instanceof SeedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SeedError(plan.file, [{ path: writer?.at ?? '', message: `the database refused it: ${message}` }], { cause: error });
}

type Outcome = 'added' | 'changed' | 'unchanged';

/** What a file last wrote for one fact (a row of seed_fact). */
interface SeedRecord {
  factId: number;
  loaded: Record<string, unknown>;
}

/** What the file states about a fact besides its columns. */
interface FactExtras {
  /** Its excerpts. */
  anchors?: Anchor[];
  /** Its parties (agreements, negotiations), as organization ids. */
  parties?: number[];
}

/** An excerpt's position in the source, "start:end": what identifies it among a fact's citations. */
const anchorKey = (a: { start: number; end: number }) => `${a.start}:${a.end}`;

/** A column of a fact row: its value (undefined = leave the stored value alone) and SQL type. */
interface Column {
  name: string;
  value: unknown;
  type: string;
}

const col = (name: string, value: unknown, type = 'text'): Column => ({ name, value, type });

/** Writes one checked plan inside one transaction and counts what it did. */
class SeedWriter {
  /** The path of the fact being written, for error messages. */
  at = '';
  private readonly added = zeroCounts();
  private readonly changed = zeroCounts();
  private readonly unchanged = zeroCounts();
  private readonly ids = new Map<ReferenceKind, Map<string, number>>();
  private readonly pendingCitations: Omit<NewCitation, 'sourceId'>[] = [];
  /** What this file last wrote, by `${type} ${seed key}`; read before writing. */
  private readonly records = new Map<string, SeedRecord>();
  /** What this load wrote, to be recorded at the end. */
  private readonly written = new Map<string, SeedRecord & { type: NodeTypeName; seedKey: string }>();
  private readonly conflicts: SeedConflict[] = [];
  /** Per fact: who last changed each field, and what other seed files recorded writing. */
  private readonly provenance = new Map<string, { lastActor: Map<string, string>; otherFiles: Record<string, unknown>[] }>();
  private sourceId = 0;
  private readonly sql: Sql;
  private readonly store: FactStore;

  constructor(
    runner: QueryRunner,
    private readonly plan: SeedPlan,
    private readonly actor: string,
  ) {
    this.sql = sqlOn(runner);
    this.store = new FactStore(this.sql, factCatalog(runner.connection), actor);
  }

  async write(): Promise<SeedFileReport> {
    const { plan } = this;
    // Loaders running at once would race on the same natural keys; take turns.
    await this.sql.query(`SELECT pg_advisory_xact_lock(hashtext('negotiation-kb:seed-loader'))`);
    // Facts are written before their citations: the "every fact is cited" check waits for the end (an earlier file in the same transaction made it immediate).
    await this.sql.query('SET CONSTRAINTS ALL DEFERRED');
    await this.resolveExternalReferences();
    await this.readRecords();
    await this.writeSource();

    for (const f of plan.organizations) {
      const id = await this.upsert(f, 'organization', [f.value.name], [col('name', f.value.name)], [
        col('short_name', f.value.shortName),
        col('kind', f.value.kind, 'organization_kind'),
        col('parent_id', this.optionalId('organization', f.value.parent), 'int'),
      ], { anchors: f.anchors });
      this.remember('organization', f.value.name, id);
    }
    for (const f of plan.people) {
      const id = await this.upsert(f, 'person', [f.value.name], [col('name', f.value.name)], [], { anchors: f.anchors });
      this.remember('person', f.value.name, id);
    }
    for (const f of plan.affiliations) {
      await this.upsert(f, 'affiliation', [f.value.person, f.value.organization, f.value.role], [
        col('person_id', this.id('person', f.value.person), 'int'),
        col('organization_id', this.id('organization', f.value.organization), 'int'),
        col('role', f.value.role),
      ], [], { anchors: f.anchors });
    }
    for (const f of plan.agreements) {
      const from = f.spans.effectiveFrom;
      const to = f.spans.effectiveTo;
      const datesGiven = from !== undefined || to !== undefined;
      const wording = [from?.wording, to?.wording].filter(Boolean).join('; ') || null;
      const id = await this.upsert(f, 'agreement', [f.value.name], [col('name', f.value.name)], [
        col('short_name', f.value.shortName),
        col('status', f.value.status, 'agreement_status'),
        col('effective_from', from === undefined ? undefined : (from?.start ?? null), 'date'),
        col('effective_to', to === undefined ? undefined : (to?.end ?? null), 'date'),
        col('effective_wording', datesGiven ? wording : undefined),
        col('supersedes_id', this.optionalId('agreement', f.value.supersedes), 'int'),
      ], { anchors: f.anchors, parties: this.partyIds(f.value.parties) });
      this.remember('agreement', f.value.name, id);
    }
    for (const f of plan.negotiations) {
      const id = await this.upsert(f, 'negotiation', [f.value.title], [col('title', f.value.title)], [
        col('status', f.value.status, 'negotiation_status'),
        col('agreement_id', this.optionalId('agreement', f.value.agreement), 'int'),
      ], { anchors: f.anchors, parties: this.partyIds(f.value.parties) });
      this.remember('negotiation', f.value.title, id);
    }
    for (const f of plan.rounds) {
      const id = await this.upsert(f, 'round', [f.value.negotiation, f.value.number], [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('number', f.value.number, 'int'),
      ], [
        ...spanColumns(f.spans.dates, 'start_date', 'end_date', 'date_wording'),
        col('location', f.value.location),
        col('outcome', f.value.outcome),
      ], { anchors: f.anchors });
      this.remember('round', referenceKey('round', f.value.negotiation, f.value.number), id);
    }
    for (const f of plan.delegations) {
      const delegationKey = [f.value.negotiation, f.value.round ?? null, f.value.party];
      const id = await this.upsert(f, 'delegation', delegationKey, [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('party_id', this.id('organization', f.value.party), 'int'),
      ], [col('head_id', this.optionalId('person', f.value.head), 'int')], { anchors: f.anchors });
      for (const member of f.members) {
        await this.upsert(member, 'delegation_member', [...delegationKey, member.value.person], [
          col('delegation_id', id, 'int'),
          col('person_id', this.id('person', member.value.person), 'int'),
        ], [col('role', member.value.role)], { anchors: member.anchors });
      }
    }
    for (const f of plan.participants) {
      await this.upsert(f, 'round_participant', [f.value.negotiation, f.value.round, f.value.person], [
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('person_id', this.id('person', f.value.person), 'int'),
      ], [
        col('party_id', this.optionalId('organization', f.value.party), 'int'),
        col('role', f.value.role),
      ], { anchors: f.anchors });
    }
    for (const f of plan.issues) {
      const id = await this.upsert(f, 'issue', [f.value.name], [col('name', f.value.name)], [col('description', f.value.description)], { anchors: f.anchors });
      this.remember('issue', f.value.name, id);
    }
    for (const f of plan.statements) {
      const stated = f.spans.statedOn;
      const speaker = [f.value.speaker.person ?? null, f.value.speaker.organization ?? null];
      await this.upsert(f, 'statement', [f.value.negotiation, ...speaker, f.value.text, stated?.start ?? null], [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('speaker_person_id', f.value.speaker.person === undefined ? null : this.id('person', f.value.speaker.person), 'int'),
        col('speaker_organization_id', f.value.speaker.organization === undefined ? null : this.id('organization', f.value.speaker.organization), 'int'),
        col('text', f.value.text),
        col('stated_start', stated?.start ?? null, 'date'),
      ], [
        col('round_id', f.value.round == null ? f.value.round : this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('kind', f.value.kind, 'statement_kind'),
        col('stated_end', stated === undefined ? undefined : (stated?.end ?? null), 'date'),
        col('stated_wording', stated === undefined ? undefined : (stated?.wording ?? null)),
      ], { anchors: f.anchors });
    }
    for (const f of plan.positions) {
      await this.upsert(f, 'position', [f.value.negotiation, f.value.round ?? null, f.value.party, f.value.issue], [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('party_id', this.id('organization', f.value.party), 'int'),
        col('issue_id', this.id('issue', f.value.issue), 'int'),
      ], [col('summary', f.value.summary)], { anchors: f.anchors });
    }
    for (const f of plan.figures) {
      const asOf = f.spans.asOf;
      await this.upsert(f, 'figure', [f.value.label, asOf?.start ?? null], [
        col('label', f.value.label),
        col('as_of_start', asOf?.start ?? null, 'date'),
      ], [
        col('value', f.value.value, 'numeric'),
        col('unit', f.value.unit),
        col('approximate', f.value.approximate, 'boolean'),
        col('as_of_end', asOf === undefined ? undefined : (asOf?.end ?? null), 'date'),
        col('as_of_wording', asOf === undefined ? undefined : (asOf?.wording ?? null)),
        col('agreement_id', this.optionalId('agreement', f.value.agreement), 'int'),
        col('negotiation_id', this.optionalId('negotiation', f.value.negotiation), 'int'),
        col('round_id', f.value.round == null ? f.value.round : this.roundId(f.value.negotiation!, f.value.round), 'int'),
        col('organization_id', this.optionalId('organization', f.value.organization), 'int'),
      ], { anchors: f.anchors });
    }

    this.at = '';
    await this.writeCitations();
    await this.writeRecords();
    // Run the deferred "every fact is cited" checks now, so a dry run sees them too.
    await this.sql.query('SET CONSTRAINTS ALL IMMEDIATE');
    return {
      file: plan.file,
      source: { id: this.sourceId, title: plan.source.title },
      added: this.added,
      changed: this.changed,
      unchanged: this.unchanged,
      conflicts: this.conflicts,
    };
  }

  /** Looks up every fact the file names but does not declare; all missing ones are reported at once. */
  private async resolveExternalReferences(): Promise<void> {
    const byKind = new Map<ReferenceKind, SeedReference[]>();
    for (const ref of this.plan.externalReferences) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref]);
    const lookups: Record<Exclude<ReferenceKind, 'round'>, string> = {
      organization: `SELECT "name" AS key, "id" FROM "organization" WHERE "name" = ANY($1::text[])`,
      person: `SELECT "name" AS key, "id" FROM "person" WHERE "name" = ANY($1::text[])`,
      agreement: `SELECT "name" AS key, "id" FROM "agreement" WHERE "name" = ANY($1::text[])`,
      negotiation: `SELECT "title" AS key, "id" FROM "negotiation" WHERE "title" = ANY($1::text[])`,
      issue: `SELECT "name" AS key, "id" FROM "issue" WHERE "name" = ANY($1::text[])`,
    };
    for (const [kind, refs] of byKind) {
      const rows: { key: string; id: number }[] =
        kind === 'round'
          ? await this.sql.query(
              `SELECT n."title" || ' #' || r."number" AS key, r."id"
                 FROM "round" r JOIN "negotiation" n ON n."id" = r."negotiation_id"
                WHERE (n."title", r."number") IN (SELECT * FROM unnest($1::text[], $2::int[]))`,
              [refs.map((r) => r.name), refs.map((r) => r.number)],
            )
          : await this.sql.query(lookups[kind], [[...new Set(refs.map((r) => r.name))]]);
      for (const row of rows) this.remember(kind, row.key, row.id);
    }
    const missing: SeedProblem[] = this.plan.externalReferences
      .filter((ref) => !this.ids.get(ref.kind)?.has(referenceKey(ref.kind, ref.name, ref.number)))
      .map((ref) => ({ path: ref.path, line: ref.line, message: `${describeReference(ref)} is neither declared in this file nor in the database` }));
    if (missing.length > 0) throw new SeedError(this.plan.file, missing);
  }

  /** Upserts the source; a changed text is refused if citations already stored would no longer match it. */
  private async writeSource(): Promise<void> {
    const { source, text } = this.plan;
    this.at = 'source';
    const stored: { id: number; excerpt: string; start_offset: number; end_offset: number }[] = await this.sql.query(
      `SELECT c."id", c."excerpt", c."start_offset", c."end_offset"
         FROM "citation" c JOIN "source" s ON s."id" = c."source_id"
        WHERE s."publisher" = $1 AND s."published_at" = $2::date AND s."title" = $3`,
      [source.publisher, source.publishedAt, source.title],
    );
    const broken = stored.filter((c) => text.slice(c.start_offset, c.end_offset) !== c.excerpt);
    if (broken.length > 0) {
      const c = broken[0];
      throw new SeedError(this.plan.file, [{
        path: source.textFile !== undefined ? 'source.textFile' : 'source.text',
        message: `the text differs from the stored text of this source, and ${broken.length} stored citation(s) would no longer match it (e.g. citation ${c.id}, "${c.excerpt}" at ${c.start_offset}..${c.end_offset}); correct those citations first`,
      }]);
    }
    this.sourceId = await this.upsert({ path: 'source' }, 'source', [source.publisher, source.publishedAt, source.title], [
      col('publisher', source.publisher),
      col('published_at', source.publishedAt, 'date'),
      col('title', source.title),
    ], [
      col('text', text),
      col('kind', source.kind, 'source_kind'),
      col('url', source.url),
    ]);
  }

  /**
   * Writes one fact of the file, changing only what the file itself changed
   * since it was last loaded (three-way: what the file stated then, what it
   * states now, what the database holds):
   * - the fact is the row the file's record names (whatever edits did to its
   *   natural key since), else the row with its natural key, else a new row;
   * - a field the file did not change is left alone, whatever it holds;
   * - a field the file changed is written if the database still holds what
   *   the file stated before, and reported as a conflict (the edit stays) if
   *   someone else changed it meanwhile;
   * - with no record of the field (the file never loaded it, or loaded it
   *   before records were kept), the field's history decides: written if the
   *   loader itself wrote it last, a conflict otherwise;
   * - a retracted fact stays retracted and untouched (a conflict when the file changed it);
   * - parties and excerpts the file added since it was last loaded are added;
   *   none is ever removed, and one removed through the API is not put back.
   * Returns the id.
   */
  private async upsert(fact: Pick<PlannedFact<unknown>, 'path'>, table: SeedTable, seedKey: unknown[], key: Column[], attributes: Column[], extras: FactExtras = {}): Promise<number> {
    this.at = fact.path;
    const type = TYPE_OF_TABLE[table]!;
    const keyJson = JSON.stringify(seedKey);
    const record = this.records.get(`${type} ${keyJson}`);
    const keyValues: Values = Object.fromEntries(key.map((c) => [c.name, c.value]));
    const values: Values = { ...keyValues, ...Object.fromEntries(attributes.filter((c) => c.value !== undefined).map((c) => [c.name, c.value])) };
    const stated: Record<string, unknown> = { ...values };
    if (extras.parties) stated.parties = [...extras.parties].sort((a, b) => a - b);
    if (extras.anchors) stated.citations = extras.anchors.map(anchorKey).sort();

    let row = record ? await this.store.load(type, record.factId, { lock: true }) : null;
    row ??= await this.store.findByKey(type, keyValues, { lock: true });
    let outcome: Outcome;
    let id: number;
    let loaded: Record<string, unknown>;
    if (!row) {
      id = (await this.store.create(type, values, extras.parties?.length ? (newId) => this.addParties(table, newId, extras.parties!) : undefined)).id;
      outcome = 'added';
      loaded = stated;
      this.cite(type, id, extras.anchors ?? []);
    } else if (row.retractedAt !== null) {
      id = row.id;
      outcome = 'unchanged';
      const last = record?.loaded;
      if (last && Object.keys(stated).some((k) => JSON.stringify(last[k]) !== JSON.stringify(stated[k]) && !this.sameColumnValue(type, k, last[k], stated[k]))) {
        this.conflicts.push({ file: this.plan.file, path: fact.path, id: toGlobalId(type, id), field: '*', fileValue: null, storedValue: null, reason: 'retracted' });
      }
      loaded = last ?? stated;
      this.unchanged.citation += extras.anchors?.length ?? 0;
    } else {
      id = row.id;
      const merge = await this.merge(fact.path, type, row, record?.loaded, stated, extras);
      // The row is locked, so the version check in the update cannot fail.
      const updated = await this.store.update(type, row, merge.write, merge.parties.length ? (rowId) => this.addParties(table, rowId, merge.parties) : undefined);
      if (!updated) throw new Error(`${type} ${row.id} changed while the file was being loaded`);
      outcome = updated === row ? 'unchanged' : 'changed';
      loaded = merge.loaded;
      if (extras.parties) this.unchanged[table === 'agreement' ? 'agreement_party' : 'negotiation_party'] += extras.parties.length - merge.parties.length;
      this.unchanged.citation += (extras.anchors?.length ?? 0) - merge.anchors.length;
      this.cite(type, id, merge.anchors);
    }
    this.written.set(`${type} ${keyJson}`, { type, seedKey: keyJson, factId: id, loaded });
    this[outcome][table] += 1;
    return id;
  }

  /** The three-way merge of one live fact: what to write, which parties and excerpts to add, and what the file now stands at. */
  private async merge(path: string, type: NodeTypeName, row: FactRow, last: Record<string, unknown> | undefined, stated: Record<string, unknown>, extras: FactExtras) {
    const kind = this.store.kind(type);
    const write: Values = {};
    const loaded: Record<string, unknown> = {};
    const conflict = (field: string, fileValue: unknown, storedValue: unknown) =>
      this.conflicts.push({ file: this.plan.file, path, id: toGlobalId(type, row.id), field, fileValue, storedValue, reason: 'edited' });
    for (const [column, now] of Object.entries(stated)) {
      if (column === 'parties' || column === 'citations') continue;
      const c = kind.byColumn.get(column)!;
      const stored = row[c.property];
      const lastKnown = last !== undefined && column in last;
      if (lastKnown && isSameValue(c.sqlType, last[column], now)) loaded[column] = last[column];
      else if (isSameValue(c.sqlType, stored, now)) loaded[column] = now;
      else if (lastKnown ? isSameValue(c.sqlType, stored, last[column]) : !(await this.isEditedByOthers(type, row.id, c.property, (r) => isSameValue(c.sqlType, r[column], stored)))) {
        write[column] = now;
        loaded[column] = now;
      } else {
        conflict(c.property, historyValue(c, now), historyValue(c, stored));
        if (lastKnown) loaded[column] = last[column];
      }
    }

    let parties: number[] = [];
    if (extras.parties) {
      const owner = type as 'Agreement' | 'Negotiation';
      const current = await this.store.partyIds(owner, row.id);
      const missing = extras.parties.filter((p) => !current.includes(p));
      const lastParties = last?.parties as number[] | undefined;
      if (lastParties) parties = missing.filter((p) => !lastParties.includes(p));
      else if (!(await this.isEditedByOthers(type, row.id, 'parties', (r) => JSON.stringify(r.parties) === JSON.stringify([...current].sort((a, b) => a - b))))) parties = missing;
      else if (missing.length > 0) conflict('parties', missing.map((p) => toGlobalId('Organization', p)), current.map((p) => toGlobalId('Organization', p)));
      if (lastParties || parties.length === missing.length) loaded.parties = stated.parties;
    }

    let anchors: Anchor[] = [];
    if (extras.anchors) {
      const lastAnchors = last?.citations as string[] | undefined;
      if (lastAnchors) anchors = extras.anchors.filter((a) => !lastAnchors.includes(anchorKey(a)));
      else {
        const seen = await this.anchorsEverStored(type, row.id);
        anchors = extras.anchors.filter((a) => !seen.has(anchorKey(a)));
      }
      loaded.citations = stated.citations;
    }
    return { write, parties, anchors, loaded };
  }

  /** Whether two values stated for `column` of `type` are the same (columns by their SQL type). */
  private sameColumnValue(type: NodeTypeName, column: string, a: unknown, b: unknown): boolean {
    const c = this.store.kind(type).byColumn.get(column);
    return c ? isSameValue(c.sqlType, a, b) : false;
  }

  /**
   * Whether `field` of a fact holds a value someone other than the seed
   * loader wrote: its latest change (history) was not made by this loader's
   * actor, and no other seed file's record says it wrote the value stored
   * (`storedByFile` compares a record's values with the database's).
   */
  private async isEditedByOthers(type: NodeTypeName, id: number, field: string, storedByFile: (loaded: Record<string, unknown>) => boolean): Promise<boolean> {
    const cacheKey = `${type}:${id}`;
    let known = this.provenance.get(cacheKey);
    if (!known) {
      const changes: { actor: string; action: string; changes: Record<string, unknown> }[] = await this.sql.query(
        `SELECT "actor", "action", "changes" FROM "change" WHERE "subject_type" = $1 AND "subject_id" = $2::int ORDER BY "version", "id"`,
        [type, id],
      );
      const lastActor = new Map<string, string>();
      for (const change of changes) if (change.action !== 'RETRACT') for (const key of Object.keys(change.changes)) lastActor.set(key, change.actor);
      const records: { loaded: Record<string, unknown> }[] = await this.sql.query(
        `SELECT "loaded" FROM "seed_fact" WHERE "fact_type" = $1 AND "fact_id" = $2::int AND "file" <> $3`,
        [type, id, basename(this.plan.file)],
      );
      known = { lastActor, otherFiles: records.map((r) => r.loaded) };
      this.provenance.set(cacheKey, known);
    }
    const actor = known.lastActor.get(field);
    return actor !== undefined && actor !== this.actor && !known.otherFiles.some(storedByFile);
  }

  /**
   * Every excerpt position ("start:end") a citation of this fact from this
   * file's source ever had, by its history (one an editor moved or retracted
   * included), so a file with no record of its excerpts does not put back
   * one an edit moved away.
   */
  private async anchorsEverStored(type: NodeTypeName, id: number): Promise<Set<string>> {
    const column = this.store.kind(type).citationColumn;
    if (!column) return new Set();
    const rows: { start: number; end: number; changes: Record<string, { before?: unknown; after?: unknown }> | null }[] = await this.sql.query(
      `SELECT c."start_offset" AS "start", c."end_offset" AS "end", ch."changes"
         FROM "citation" c LEFT JOIN "change" ch ON ch."subject_type" = 'Citation' AND ch."subject_id" = c."id"
        WHERE c."${column}" = $1::int AND c."source_id" = $2::int`,
      [id, this.sourceId],
    );
    const seen = new Set<string>();
    const byCitation = new Map<string, { starts: Set<unknown>; ends: Set<unknown> }>();
    for (const r of rows) {
      const key = `${r.start}:${r.end}`;
      seen.add(key);
      const sets = byCitation.get(key) ?? { starts: new Set([r.start]), ends: new Set([r.end]) };
      for (const side of ['before', 'after'] as const) {
        if (r.changes?.startOffset?.[side] != null) sets.starts.add(r.changes.startOffset[side]);
        if (r.changes?.endOffset?.[side] != null) sets.ends.add(r.changes.endOffset[side]);
      }
      byCitation.set(key, sets);
    }
    for (const { starts, ends } of byCitation.values()) for (const start of starts) for (const end of ends) seen.add(`${start}:${end}`);
    return seen;
  }

  /** Links the given parties (only adds); their change. */
  private async addParties(table: SeedTable, id: number, partyIds: number[]): Promise<ChangeSet | null> {
    const owner = table === 'agreement' ? 'Agreement' : 'Negotiation';
    const { changes, added } = await this.store.linkParties(owner, id, partyIds, 'add');
    const links = owner === 'Agreement' ? 'agreement_party' : 'negotiation_party';
    this.added[links] += added;
    this.unchanged[links] += partyIds.length - added;
    return changes;
  }

  /** The ids of the parties the file names, or undefined when it names none. */
  private partyIds(parties: string[] | undefined): number[] | undefined {
    return parties && parties.length > 0 ? [...new Set(parties.map((name) => this.id('organization', name)))] : undefined;
  }

  /** Reads what this file last wrote (seed_fact), in one statement. */
  private async readRecords(): Promise<void> {
    const rows: { type: string; key: string; factId: number; loaded: Record<string, unknown> }[] = await this.sql.query(
      `SELECT "fact_type" AS "type", "seed_key" AS "key", "fact_id" AS "factId", "loaded" FROM "seed_fact" WHERE "file" = $1`,
      [basename(this.plan.file)],
    );
    for (const r of rows) this.records.set(`${r.type} ${r.key}`, { factId: r.factId, loaded: r.loaded });
  }

  /** Records what this load wrote for each fact of the file, in one statement. */
  private async writeRecords(): Promise<void> {
    const rows = [...this.written.values()].map((w) => ({ fact_type: w.type, seed_key: w.seedKey, fact_id: w.factId, loaded: w.loaded }));
    await this.sql.query(
      `INSERT INTO "seed_fact" ("file", "fact_type", "seed_key", "fact_id", "loaded")
       SELECT $1, x."fact_type", x."seed_key", x."fact_id", x."loaded" FROM jsonb_to_recordset($2::jsonb) AS x("fact_type" text, "seed_key" text, "fact_id" int, "loaded" jsonb)
       ON CONFLICT ("file", "fact_type", "seed_key") DO UPDATE SET "fact_id" = EXCLUDED."fact_id", "loaded" = EXCLUDED."loaded", "loaded_at" = now()`,
      [basename(this.plan.file), JSON.stringify(rows)],
    );
  }

  /** Queues the anchors of a fact; they are written together at the end. */
  private cite(subjectType: NodeTypeName, subjectId: number, anchors: Anchor[]): void {
    for (const anchor of anchors) this.pendingCitations.push({ ...anchor, subjectType, subjectId });
  }

  /** One INSERT per kind of subject; a citation already stored (same source, offsets and subject) is left alone. */
  private async writeCitations(): Promise<void> {
    const { added, existing } = await this.store.addCitations(this.pendingCitations.map((c) => ({ ...c, sourceId: this.sourceId })));
    this.added.citation += added.length;
    this.unchanged.citation += existing;
  }

  private remember(kind: ReferenceKind, key: string, id: number): void {
    const map = this.ids.get(kind) ?? new Map<string, number>();
    map.set(key, id);
    this.ids.set(kind, map);
  }

  /** The id of a fact the file declared earlier or the database holds (checked before writing). */
  private id(kind: ReferenceKind, name: string, number?: number): number {
    const id = this.ids.get(kind)?.get(referenceKey(kind, name, number));
    if (id === undefined) throw new Error(`${describeReference({ kind, name, number })} was not resolved before use`);
    return id;
  }

  /** Like id(), passing through undefined (leave alone) and null (clear). */
  private optionalId(kind: ReferenceKind, name: string | null | undefined): number | null | undefined {
    return name == null ? name : this.id(kind, name);
  }

  private roundId(negotiation: string, number: number | undefined): number | null {
    return number === undefined ? null : this.id('round', negotiation, number);
  }
}

/** Date columns for a span: undefined leaves them alone, null clears them. */
function spanColumns(span: ResolvedSpan | null | undefined, start: string, end: string, wording: string): Column[] {
  const pick = <T>(value: (s: ResolvedSpan) => T) => (span === undefined ? undefined : span === null ? null : value(span));
  return [col(start, pick((s) => s.start), 'date'), col(end, pick((s) => s.end), 'date'), col(wording, pick((s) => s.wording))];
}

function zeroCounts(): Record<SeedTable, number> {
  return Object.fromEntries(SEED_TABLES.map((t) => [t, 0])) as Record<SeedTable, number>;
}
