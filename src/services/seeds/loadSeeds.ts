/**
 * Loads seed files (see seeds/README.md) into the database: every file is
 * checked in full before anything is written, then written in a transaction
 * of its own, matching rows by natural key so that loading twice changes
 * nothing.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';
import type { NodeTypeName } from '../../loaders/tables.js';
import { factCatalog } from '../editing/factCatalog.js';
import { FactStore, type ChangeSet, type LinkWriter, type NewCitation, type Values } from '../editing/factStore.js';
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

/** What loading one file did, as row counts per table (every table of SEED_TABLES is present). */
export interface SeedFileReport {
  file: string;
  source: { id: number; title: string };
  added: Record<string, number>;
  changed: Record<string, number>;
  unchanged: Record<string, number>;
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
  private sourceId = 0;
  private readonly sql: Sql;
  private readonly store: FactStore;

  constructor(
    runner: QueryRunner,
    private readonly plan: SeedPlan,
    actor: string,
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
    await this.writeSource();

    for (const f of plan.organizations) {
      const id = await this.upsert(f, 'organization', [col('name', f.value.name)], [
        col('short_name', f.value.shortName),
        col('kind', f.value.kind, 'organization_kind'),
        col('parent_id', this.optionalId('organization', f.value.parent), 'int'),
      ]);
      this.remember('organization', f.value.name, id);
      this.cite('Organization', id, f.anchors);
    }
    for (const f of plan.people) {
      const id = await this.upsert(f, 'person', [col('name', f.value.name)], []);
      this.remember('person', f.value.name, id);
      this.cite('Person', id, f.anchors);
    }
    for (const f of plan.affiliations) {
      const id = await this.upsert(f, 'affiliation', [
        col('person_id', this.id('person', f.value.person), 'int'),
        col('organization_id', this.id('organization', f.value.organization), 'int'),
        col('role', f.value.role),
      ], []);
      this.cite('Affiliation', id, f.anchors);
    }
    for (const f of plan.agreements) {
      const from = f.spans.effectiveFrom;
      const to = f.spans.effectiveTo;
      const datesGiven = from !== undefined || to !== undefined;
      const wording = [from?.wording, to?.wording].filter(Boolean).join('; ') || null;
      const id = await this.upsert(f, 'agreement', [col('name', f.value.name)], [
        col('short_name', f.value.shortName),
        col('status', f.value.status, 'agreement_status'),
        col('effective_from', from === undefined ? undefined : (from?.start ?? null), 'date'),
        col('effective_to', to === undefined ? undefined : (to?.end ?? null), 'date'),
        col('effective_wording', datesGiven ? wording : undefined),
        col('supersedes_id', this.optionalId('agreement', f.value.supersedes), 'int'),
      ], (agreementId) => this.addParties('Agreement', agreementId, f.value.parties));
      this.remember('agreement', f.value.name, id);
      this.cite('Agreement', id, f.anchors);
    }
    for (const f of plan.negotiations) {
      const id = await this.upsert(f, 'negotiation', [col('title', f.value.title)], [
        col('status', f.value.status, 'negotiation_status'),
        col('agreement_id', this.optionalId('agreement', f.value.agreement), 'int'),
      ], (negotiationId) => this.addParties('Negotiation', negotiationId, f.value.parties));
      this.remember('negotiation', f.value.title, id);
      this.cite('Negotiation', id, f.anchors);
    }
    for (const f of plan.rounds) {
      const id = await this.upsert(f, 'round', [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('number', f.value.number, 'int'),
      ], [
        ...spanColumns(f.spans.dates, 'start_date', 'end_date', 'date_wording'),
        col('location', f.value.location),
        col('outcome', f.value.outcome),
      ]);
      this.remember('round', referenceKey('round', f.value.negotiation, f.value.number), id);
      this.cite('Round', id, f.anchors);
    }
    for (const f of plan.delegations) {
      const id = await this.upsert(f, 'delegation', [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('party_id', this.id('organization', f.value.party), 'int'),
      ], [col('head_id', this.optionalId('person', f.value.head), 'int')]);
      this.cite('Delegation', id, f.anchors);
      for (const member of f.members) {
        const memberId = await this.upsert(member, 'delegation_member', [
          col('delegation_id', id, 'int'),
          col('person_id', this.id('person', member.value.person), 'int'),
        ], [col('role', member.value.role)]);
        this.cite('DelegationMember', memberId, member.anchors);
      }
    }
    for (const f of plan.participants) {
      const id = await this.upsert(f, 'round_participant', [
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('person_id', this.id('person', f.value.person), 'int'),
      ], [
        col('party_id', this.optionalId('organization', f.value.party), 'int'),
        col('role', f.value.role),
      ]);
      this.cite('RoundParticipant', id, f.anchors);
    }
    for (const f of plan.issues) {
      const id = await this.upsert(f, 'issue', [col('name', f.value.name)], [col('description', f.value.description)]);
      this.remember('issue', f.value.name, id);
      this.cite('Issue', id, f.anchors);
    }
    for (const f of plan.statements) {
      const stated = f.spans.statedOn;
      const id = await this.upsert(f, 'statement', [
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
      ]);
      this.cite('Statement', id, f.anchors);
    }
    for (const f of plan.positions) {
      const id = await this.upsert(f, 'position', [
        col('negotiation_id', this.id('negotiation', f.value.negotiation), 'int'),
        col('round_id', this.roundId(f.value.negotiation, f.value.round), 'int'),
        col('party_id', this.id('organization', f.value.party), 'int'),
        col('issue_id', this.id('issue', f.value.issue), 'int'),
      ], [col('summary', f.value.summary)]);
      this.cite('Position', id, f.anchors);
    }
    for (const f of plan.figures) {
      const asOf = f.spans.asOf;
      const id = await this.upsert(f, 'figure', [
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
      ]);
      this.cite('Figure', id, f.anchors);
    }

    this.at = '';
    await this.writeCitations();
    // Run the deferred "every fact is cited" checks now, so a dry run sees them too.
    await this.sql.query('SET CONSTRAINTS ALL IMMEDIATE');
    return {
      file: plan.file,
      source: { id: this.sourceId, title: plan.source.title },
      added: this.added,
      changed: this.changed,
      unchanged: this.unchanged,
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
    this.sourceId = await this.upsert({ path: 'source' }, 'source', [
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
   * Finds the fact by its natural key (`key`) and locks it; adds it when
   * missing, updates the given attributes when any differs (version bump and
   * history, through the same FactStore the API uses), otherwise leaves it
   * alone. A retracted fact stays retracted and untouched. `links` may change
   * the fact's links (parties), which counts as a change of the fact.
   * Returns the id.
   */
  private async upsert(fact: Pick<PlannedFact<unknown>, 'path'>, table: SeedTable, key: Column[], attributes: Column[], links?: LinkWriter): Promise<number> {
    this.at = fact.path;
    const type = TYPE_OF_TABLE[table]!;
    const keyValues: Values = Object.fromEntries(key.map((c) => [c.name, c.value]));
    const values: Values = { ...keyValues, ...Object.fromEntries(attributes.filter((c) => c.value !== undefined).map((c) => [c.name, c.value])) };
    const found = await this.store.findByKey(type, keyValues, { lock: true });
    let outcome: Outcome;
    let id: number;
    if (!found) {
      id = (await this.store.create(type, values, links)).id;
      outcome = 'added';
    } else if (found.retractedAt !== null) {
      id = found.id;
      outcome = 'unchanged';
    } else {
      // The row is locked, so the version check in the update cannot fail.
      const updated = await this.store.update(type, found, values, links);
      if (!updated) throw new Error(`${type} ${found.id} changed while the file was being loaded`);
      id = updated.id;
      outcome = updated === found ? 'unchanged' : 'changed';
    }
    this[outcome][table] += 1;
    return id;
  }

  /** Adds the parties not yet linked (never removes one); their change when it added any. */
  private async addParties(owner: 'Agreement' | 'Negotiation', id: number, parties: string[] | undefined): Promise<ChangeSet | null> {
    if (!parties || parties.length === 0) return null;
    const partyIds = [...new Set(parties.map((name) => this.id('organization', name)))];
    const { changes, added } = await this.store.linkParties(owner, id, partyIds, 'add');
    const table = owner === 'Agreement' ? 'agreement_party' : 'negotiation_party';
    this.added[table] += added;
    this.unchanged[table] += partyIds.length - added;
    return changes;
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
