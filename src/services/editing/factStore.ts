/**
 * The write functions every path shares: the API's mutations, seed loading,
 * `kb ingest` and the synthetic generator. Each runs inside the caller's
 * transaction and records what it changed in `change` (history) there too,
 * so a fact and its history commit or roll back together.
 */
import { toGlobalId } from '../../lib/globalId.js';
import type { Anchor } from '../../lib/anchorExcerpt.js';
import type { NodeTypeName, Row } from '../../loaders/tables.js';
import { historyValue, isSameValue, type FactCatalog, type FactColumn, type FactKind } from './factCatalog.js';
import { Params, type Sql } from './sql.js';

/** Column values of a fact by database column; `undefined` leaves a column alone, `null` clears it. */
export type Values = Record<string, unknown>;

/** A fact as the loaders read it: its properties, bookkeeping included, and its GraphQL type name. */
export type FactRow = Row<{ id: number; version: number; retractedAt: Date | null; retractionReason: string | null } & Record<string, any>>;

/** What one change did, field by field (history's `changes`). */
export type ChangeSet = Record<string, { before: unknown; after: unknown } | unknown>;

export type ChangeAction = 'CREATE' | 'UPDATE' | 'RETRACT';

/** A citation to write: the anchored words of a source and the fact they support. */
export interface NewCitation extends Anchor {
  sourceId: number;
  subjectType: NodeTypeName;
  subjectId: number;
}

/** Writes rows that hang off a fact (its parties) and says what changed, or null when nothing did. */
export type LinkWriter = (id: number) => Promise<ChangeSet | null>;

interface ChangeEntry {
  type: NodeTypeName;
  id: number;
  version: number;
  action: ChangeAction;
  changes: ChangeSet;
}

/**
 * Fact writes on one transaction, each recorded in history under `actor`.
 * Every update carries its version check in the UPDATE statement itself
 * (`WHERE id = $1 AND version = $2`), so of two concurrent updates from the
 * same version exactly one can succeed.
 */
export class FactStore {
  constructor(
    readonly sql: Sql,
    readonly catalog: FactCatalog,
    readonly actor: string,
  ) {}

  kind(type: NodeTypeName): FactKind {
    return this.catalog[type];
  }

  /** The fact with `id`, retracted or not; null when there is none. `lock` holds a row lock until the transaction ends. */
  async load(type: NodeTypeName, id: number, options: { lock?: boolean } = {}): Promise<FactRow | null> {
    const k = this.kind(type);
    const rows = await this.sql.query<FactRow>(
      `SELECT ${k.selectList('t')} FROM ${k.table} "t" WHERE "t"."id" = $1::int${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Facts by id, in one statement; missing ids are absent from the map. */
  async loadMany(type: NodeTypeName, ids: number[]): Promise<Map<number, FactRow>> {
    if (ids.length === 0) return new Map();
    const k = this.kind(type);
    const rows = await this.sql.query<FactRow>(`SELECT ${k.selectList('t')} FROM ${k.table} "t" WHERE "t"."id" = ANY($1::int[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The fact of `type` whose natural key equals `key` (every key column must
   * be given; null matches NULL), retracted or not, or null. `exceptId`
   * leaves one fact out (the one being edited).
   */
  async findByKey(type: NodeTypeName, key: Values, options: { lock?: boolean; exceptId?: number } = {}): Promise<FactRow | null> {
    const k = this.kind(type);
    const p = new Params();
    const conditions = k.naturalKey.map((column) => {
      const value = key[column];
      if (value === undefined) throw new Error(`looking up a ${type} by natural key needs ${column}`);
      return value === null ? `"t"."${column}" IS NULL` : `"t"."${column}" = ${p.add(value, k.byColumn.get(column)!.sqlType)}`;
    });
    if (options.exceptId !== undefined) conditions.push(`"t"."id" <> ${p.add(options.exceptId, 'int')}`);
    const rows = await this.sql.query<FactRow>(
      `SELECT ${k.selectList('t')} FROM ${k.table} "t" WHERE ${conditions.join(' AND ')} LIMIT 1${options.lock ? ' FOR UPDATE' : ''}`,
      p.values,
    );
    return rows[0] ?? null;
  }

  /**
   * Inserts a fact with the given columns (others take their defaults) and
   * records its CREATE (version 1) with every value it has; `links` runs
   * after the insert and its changes join the record.
   */
  async create(type: NodeTypeName, values: Values, links?: LinkWriter): Promise<FactRow> {
    const k = this.kind(type);
    const given = k.columns.filter((c) => values[c.column] !== undefined);
    const p = new Params();
    const placeholders = given.map((c) => p.add(values[c.column], c.sqlType));
    const [row] = await this.sql.query<FactRow>(
      `INSERT INTO ${k.table} AS "t" (${given.map((c) => `"${c.column}"`).join(', ')}) VALUES (${placeholders.join(', ')})
       RETURNING ${k.selectList('t')}`,
      p.values,
    );
    const changes = { ...this.creationChanges(type, row), ...(links ? await links(row.id) : null) };
    await this.recordChanges([{ type, id: row.id, version: row.version, action: 'CREATE', changes }]);
    return row;
  }

  /** The columns of `values` whose value differs from `row`'s. */
  differences(type: NodeTypeName, row: FactRow, values: Values): FactColumn[] {
    return this.kind(type).columns.filter((c) => values[c.column] !== undefined && !isSameValue(c.sqlType, row[c.property], values[c.column]));
  }

  /**
   * Sets the columns of `values` that differ from `row` (read in this
   * transaction), bumps the version and records an UPDATE with each field's
   * before and after; `links` runs first and its changes count too. Nothing
   * differs: writes nothing and returns `row`. Returns null, having written
   * nothing of the fact itself, when the stored version is no longer
   * `row.version` or the fact was retracted: the UPDATE carries that check.
   */
  async update(type: NodeTypeName, row: FactRow, values: Values, links?: LinkWriter): Promise<FactRow | null> {
    const k = this.kind(type);
    const changed = this.differences(type, row, values);
    const linked = links ? await links(row.id) : null;
    if (changed.length === 0 && !linked) return row;
    const p = new Params();
    const id = p.add(row.id, 'int');
    const version = p.add(row.version, 'int');
    const sets = changed.map((c) => `"${c.column}" = ${p.add(values[c.column], c.sqlType)}`);
    const rows = await this.sql.query<FactRow>(
      `UPDATE ${k.table} AS "t" SET ${[...sets, `"version" = "t"."version" + 1`, `"updated_at" = now()`].join(', ')}
        WHERE "t"."id" = ${id} AND "t"."version" = ${version} AND "t"."retracted_at" IS NULL
       RETURNING ${k.selectList('t')}`,
      p.values,
    );
    if (rows.length === 0) return null;
    const after = rows[0];
    const changes: ChangeSet = {};
    for (const c of changed) changes[c.property] = { before: historyValue(c, row[c.property]), after: historyValue(c, after[c.property]) };
    Object.assign(changes, linked);
    await this.recordChanges([{ type, id: after.id, version: after.version, action: 'UPDATE', changes }]);
    return after;
  }

  /**
   * Retracts `row` with `reason` if it is still at `row.version` and live
   * (null otherwise, nothing written), recording a RETRACT. The fact's live
   * citations are retracted with it, each recorded too: they only ever
   * stated this fact.
   */
  async retract(type: NodeTypeName, row: FactRow, reason: string): Promise<FactRow | null> {
    const k = this.kind(type);
    const rows = await this.sql.query<FactRow>(
      `UPDATE ${k.table} AS "t" SET "retracted_at" = now(), "retraction_reason" = $3::text, "version" = "t"."version" + 1, "updated_at" = now()
        WHERE "t"."id" = $1::int AND "t"."version" = $2::int AND "t"."retracted_at" IS NULL
       RETURNING ${k.selectList('t')}`,
      [row.id, row.version, reason],
    );
    if (rows.length === 0) return null;
    const after = rows[0];
    const entries: ChangeEntry[] = [{ type, id: after.id, version: after.version, action: 'RETRACT', changes: retractionChanges(after) }];
    if (k.citationColumn) {
      const citation = this.kind('Citation');
      const cascaded = await this.sql.query<FactRow>(
        `UPDATE ${citation.table} AS "t" SET "retracted_at" = now(), "retraction_reason" = $2::text, "version" = "t"."version" + 1, "updated_at" = now()
          WHERE "t"."${k.citationColumn}" = $1::int AND "t"."retracted_at" IS NULL
         RETURNING ${citation.selectList('t')}`,
        [row.id, `retracted with ${type} ${toGlobalId(type, row.id)}: ${reason}`],
      );
      for (const c of cascaded) entries.push({ type: 'Citation', id: c.id, version: c.version, action: 'RETRACT', changes: retractionChanges(c) });
    }
    await this.recordChanges(entries);
    return after;
  }

  /**
   * Writes citations (one INSERT per kind of subject), each recorded as a
   * CREATE; one already stored (same source, offsets and subject) is left
   * alone, retracted or not. Returns those added and how many were there.
   */
  async addCitations(citations: NewCitation[]): Promise<{ added: FactRow[]; existing: number }> {
    const k = this.kind('Citation');
    const bySubject = new Map<string, NewCitation[]>();
    for (const c of citations) {
      const column = this.kind(c.subjectType).citationColumn;
      if (!column) throw new Error(`a ${c.subjectType} cannot be the subject of a citation`);
      bySubject.set(column, [...(bySubject.get(column) ?? []), c]);
    }
    const added: FactRow[] = [];
    for (const [column, group] of bySubject) {
      const rows = await this.sql.query<FactRow>(
        `INSERT INTO ${k.table} AS "t" ("source_id", "excerpt", "start_offset", "end_offset", "${column}")
         SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[])
         ON CONFLICT DO NOTHING RETURNING ${k.selectList('t')}`,
        [group.map((c) => c.sourceId), group.map((c) => c.excerpt), group.map((c) => c.start), group.map((c) => c.end), group.map((c) => c.subjectId)],
      );
      added.push(...rows);
    }
    await this.recordChanges(added.map((row) => ({ type: 'Citation', id: row.id, version: row.version, action: 'CREATE', changes: this.creationChanges('Citation', row) })));
    return { added, existing: citations.length - added.length };
  }

  /** The organization ids a fact (agreement or negotiation) has as parties. */
  async partyIds(owner: 'Agreement' | 'Negotiation', id: number): Promise<number[]> {
    const [table, key] = owner === 'Agreement' ? ['agreement_party', 'agreement_id'] : ['negotiation_party', 'negotiation_id'];
    return (await this.sql.query<{ id: number }>(`SELECT "organization_id" AS "id" FROM "${table}" WHERE "${key}" = $1::int`, [id])).map((r) => r.id);
  }

  /**
   * Links a fact to its parties (`agreement_party` / `negotiation_party`):
   * `add` only adds, `replace` makes the set exactly `partyIds`. The change
   * is `parties` before and after, as global IDs; null when nothing changed.
   */
  async linkParties(owner: 'Agreement' | 'Negotiation', id: number, partyIds: number[], mode: 'add' | 'replace'): Promise<{ changes: ChangeSet | null; added: number }> {
    const table = owner === 'Agreement' ? 'agreement_party' : 'negotiation_party';
    const key = owner === 'Agreement' ? 'agreement_id' : 'negotiation_id';
    const current = (await this.sql.query<{ id: number }>(`SELECT "organization_id" AS "id" FROM "${table}" WHERE "${key}" = $1::int`, [id])).map((r) => r.id);
    const wanted = [...new Set(partyIds)];
    const toAdd = wanted.filter((p) => !current.includes(p));
    const toRemove = mode === 'replace' ? current.filter((p) => !wanted.includes(p)) : [];
    if (toAdd.length > 0) {
      await this.sql.query(`INSERT INTO "${table}" ("${key}", "organization_id") SELECT $1::int, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, toAdd]);
    }
    if (toRemove.length > 0) {
      await this.sql.query(`DELETE FROM "${table}" WHERE "${key}" = $1::int AND "organization_id" = ANY($2::int[])`, [id, toRemove]);
    }
    if (toAdd.length === 0 && toRemove.length === 0) return { changes: null, added: 0 };
    const asIds = (ids: number[]) => [...ids].sort((a, b) => a - b).map((o) => toGlobalId('Organization', o));
    const after = [...current.filter((p) => !toRemove.includes(p)), ...toAdd];
    return { changes: { parties: { before: asIds(current), after: asIds(after) } }, added: toAdd.length };
  }

  /** Every value a new fact has, as `{ before: null, after }` per field. */
  creationChanges(type: NodeTypeName, row: FactRow): ChangeSet {
    const changes: ChangeSet = {};
    for (const c of this.kind(type).columns) {
      if (row[c.property] !== null && row[c.property] !== undefined) changes[c.property] = { before: null, after: historyValue(c, row[c.property]) };
    }
    return changes;
  }

  /** Appends history entries in one statement. */
  private async recordChanges(entries: ChangeEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.sql.query(
      `INSERT INTO "change" ("subject_type", "subject_id", "version", "action", "actor", "changes")
       SELECT x."subject_type", x."subject_id", x."version", x."action"::"change_action", $2::text, x."changes"
         FROM jsonb_to_recordset($1::jsonb) AS x("subject_type" text, "subject_id" int, "version" int, "action" text, "changes" jsonb)`,
      [JSON.stringify(entries.map((e) => ({ subject_type: e.type, subject_id: e.id, version: e.version, action: e.action, changes: e.changes }))), this.actor],
    );
  }
}

function retractionChanges(row: FactRow): ChangeSet {
  return {
    retractedAt: { before: null, after: row.retractedAt instanceof Date ? row.retractedAt.toISOString() : row.retractedAt },
    retractionReason: { before: null, after: row.retractionReason },
  };
}
