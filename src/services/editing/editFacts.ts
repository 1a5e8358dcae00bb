/**
 * The mutations: create, update and retract any fact, and add or move
 * citations. Each runs in one transaction (runMutation) and writes only when
 * every check passed; user errors come back with their input paths.
 */
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../lib/globalId.js';
import { NODE_ENTITIES, type NodeTypeName } from '../../loaders/tables.js';
import { CITEABLE_TYPES, decodeFields, EDITORS, type CheckContext, type FactEditor, type FactInput } from './editors.js';
import type { FactRow, Values } from './factStore.js';
import type { CitationInput, MutationScope } from './MutationScope.js';
import { runMutation } from './runMutation.js';
import type { MutationResult } from './userErrors.js';

export type EditableType = Exclude<NodeTypeName, 'Citation'>;

const ROOT = ['input'];
const ALL_TYPES = Object.keys(NODE_ENTITIES) as NodeTypeName[];

/**
 * Creates a fact of `type` from `input`: every field checked, references
 * live, the natural key free (DUPLICATE), at least one citation found in its
 * source; then the fact, its citations and their history in one
 * transaction.
 */
export function createFact(ctx: Context, type: EditableType, input: FactInput): Promise<MutationResult<FactRow>> {
  const editor = EDITORS[type];
  return runMutation(ctx, async (m) => {
    const decoded = await decodeFields(m, editor, input, 'create');
    const citations = editor.cited ? await m.citations([...ROOT, 'citations'], input.citations, { required: true }) : [];
    if (m.failed) return null;
    const c: CheckContext = { mode: 'create', input, decoded, merged: mergedValues(m, editor, null, decoded.values), current: null, citations };
    await editor.check?.(m, c);
    if (m.failed || !(await isKeyFree(m, editor, c))) return null;
    const row = await m.store.create(type, decoded.values, editor.links?.(m, c));
    await m.store.addCitations(citations.map((a) => ({ ...a, subjectType: type, subjectId: row.id })));
    await editor.afterCreate?.(m, row, c);
    return row;
  });
}

/**
 * Updates the fact `input.id` from `input.version`: the given fields are
 * checked as on create and against the stored ones; the UPDATE itself
 * checks the version, so a concurrent change makes this a CONFLICT.
 * Citations given are added. Changing nothing writes nothing.
 */
export function updateFact(ctx: Context, type: EditableType, input: FactInput & { id: string; version: number }): Promise<MutationResult<FactRow>> {
  const editor = EDITORS[type];
  return runMutation(ctx, async (m) => {
    const current = await m.current(ROOT, input.id, input.version, [type]);
    if (!current) return null;
    const decoded = await decodeFields(m, editor, input, 'update');
    const citations = editor.cited ? await m.citations([...ROOT, 'citations'], input.citations, { required: false }) : [];
    if (m.failed) return null;
    const c: CheckContext = { mode: 'update', input, decoded, merged: mergedValues(m, editor, current, decoded.values), current, citations };
    await editor.check?.(m, c);
    if (m.failed || !(await isKeyFree(m, editor, c))) return null;
    const row = await m.store.update(type, current, decoded.values, editor.links?.(m, c));
    if (!row) return m.missedUpdate(ROOT, type, current.id, input.version);
    await m.store.addCitations(citations.map((a) => ({ ...a, subjectType: type, subjectId: row.id })));
    return row;
  });
}

/**
 * Retracts any fact from `input.version` with a reason: it leaves lists and
 * search, keeps its history, and takes its citations with it. Refused
 * (INVALID) for a fact's last live citation and for a source live
 * citations still point into.
 */
export function retractFact(ctx: Context, input: { id: string; version: number; reason: string }): Promise<MutationResult<FactRow>> {
  return runMutation(ctx, async (m) => {
    const decoded = m.decodeId([...ROOT, 'id'], input.id, ALL_TYPES);
    const reason = m.text([...ROOT, 'reason'], input.reason);
    if (!decoded) return null;
    const current = await m.current(ROOT, input.id, input.version, [decoded.type], 'retracted again');
    if (!current || !reason) return null;
    if (decoded.type === 'Source' && !(await isSourceUncited(m, current))) return null;
    if (decoded.type === 'Citation' && !(await isSpareCitation(m, current))) return null;
    const row = await m.store.retract(decoded.type, current, reason);
    return row ?? m.missedUpdate(ROOT, decoded.type, current.id, input.version);
  });
}

/** Adds an excerpt of a source as a citation of an existing, standing fact; DUPLICATE when it already cites those words. */
export function addCitation(ctx: Context, input: CitationInput & { subjectId: string }): Promise<MutationResult<FactRow>> {
  return runMutation(ctx, async (m) => {
    const subject = await m.ref([...ROOT, 'subjectId'], input.subjectId, CITEABLE_TYPES);
    const anchored = await m.citation(ROOT, input);
    if (!subject || !anchored) return null;
    const values = citationValues(m, subject.__typename, subject.id, anchored);
    const existing = await m.store.findByKey('Citation', values);
    if (existing) {
      return m.fail([...ROOT, 'excerpt'], 'DUPLICATE', `${subject.__typename} ${toGlobalId(subject.__typename, subject.id)} already cites these words: Citation ${toGlobalId('Citation', existing.id)}${existing.retractedAt ? ' (retracted)' : ''}`);
    }
    const { added } = await m.store.addCitations([{ ...anchored, subjectType: subject.__typename, subjectId: subject.id }]);
    return added[0];
  });
}

/**
 * Moves a citation to other words of its source (or of another source): the
 * excerpt is found again (`start` picks among several occurrences), the
 * version checked in the UPDATE.
 */
export function updateCitation(ctx: Context, input: { id: string; version: number; sourceId?: string | null; excerpt?: string | null; start?: number | null }): Promise<MutationResult<FactRow>> {
  return runMutation(ctx, async (m) => {
    const current = await m.current(ROOT, input.id, input.version, ['Citation']);
    if (!current) return null;
    if (input.sourceId === null) m.fail([...ROOT, 'sourceId'], 'INVALID', 'sourceId cannot be cleared');
    if (input.excerpt === null) m.fail([...ROOT, 'excerpt'], 'INVALID', 'excerpt cannot be cleared');
    if (m.failed) return null;
    const anchored = await m.citation(ROOT, {
      sourceId: input.sourceId ?? toGlobalId('Source', current.sourceId),
      excerpt: input.excerpt ?? current.excerpt,
      // Re-anchoring the same words without a new start keeps them where they were.
      start: input.start ?? (input.excerpt === undefined && input.sourceId === undefined ? current.startOffset : undefined),
    });
    if (!anchored) return null;
    const subject = subjectOf(m, current);
    const values = citationValues(m, subject.type, subject.id, anchored);
    const existing = await m.store.findByKey('Citation', values, { exceptId: current.id });
    if (existing) return m.fail([...ROOT, 'excerpt'], 'DUPLICATE', `the fact already cites these words: Citation ${toGlobalId('Citation', existing.id)}`);
    const row = await m.store.update('Citation', current, values);
    return row ?? m.missedUpdate(ROOT, 'Citation', current.id, input.version);
  });
}

/** The stored columns of `current` (none on create) overlaid with those about to be written, by column. */
function mergedValues(m: MutationScope, editor: FactEditor, current: FactRow | null, values: Values): Values {
  const merged: Values = {};
  for (const c of m.store.kind(editor.type).columns) merged[c.column] = values[c.column] !== undefined ? values[c.column] : (current?.[c.property] ?? null);
  return merged;
}

/** False, with a DUPLICATE, when another fact has the natural key this one would have; only checked when the key changes. */
async function isKeyFree(m: MutationScope, editor: FactEditor, c: CheckContext): Promise<boolean> {
  const kind = m.store.kind(editor.type);
  if (c.current && !kind.naturalKey.some((column) => c.decoded.values[column] !== undefined)) return true;
  const key = Object.fromEntries(kind.naturalKey.map((column) => [column, c.merged[column] ?? null]));
  const existing = await m.store.findByKey(editor.type, key, { exceptId: c.current?.id });
  if (!existing) return true;
  m.fail(
    [...ROOT, editor.keyField],
    'DUPLICATE',
    `a ${editor.type} with the same ${editor.keyDescription} already exists: ${toGlobalId(editor.type, existing.id)}${existing.retractedAt ? ' (retracted)' : ''}; edit that one instead`,
  );
  return false;
}

/** Citation columns: the anchored words and the one subject column set. */
function citationValues(m: MutationScope, subjectType: NodeTypeName, subjectId: number, anchored: { sourceId: number; excerpt: string; start: number; end: number }): Values {
  const values: Values = { source_id: anchored.sourceId, excerpt: anchored.excerpt, start_offset: anchored.start, end_offset: anchored.end };
  for (const k of Object.values(m.store.catalog)) if (k.citationColumn) values[k.citationColumn] = k.type === subjectType ? subjectId : null;
  return values;
}

/** The fact a citation supports. */
function subjectOf(m: MutationScope, citation: FactRow): { type: NodeTypeName; id: number } {
  const citationKind = m.store.kind('Citation');
  for (const k of Object.values(m.store.catalog)) {
    const id = k.citationColumn ? citation[citationKind.byColumn.get(k.citationColumn)!.property] : null;
    if (id !== null && id !== undefined) return { type: k.type, id };
  }
  throw new Error(`citation ${citation.id} has no subject`);
}

/** A source can be retracted once no live citation points into it. */
async function isSourceUncited(m: MutationScope, source: FactRow): Promise<boolean> {
  // Locked, so a citation cannot be added to it while this transaction decides.
  await m.store.load('Source', source.id, { lock: true });
  const [{ n }] = await m.store.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "citation" WHERE "source_id" = $1::int AND "retracted_at" IS NULL`, [source.id]);
  if (n === 0) return true;
  m.fail([...ROOT, 'id'], 'INVALID', `${n} live citation(s) still point into this source; retract the facts they support (or move those citations) first`);
  return false;
}

/** A citation can be retracted unless it is the last live one of a standing fact. */
async function isSpareCitation(m: MutationScope, citation: FactRow): Promise<boolean> {
  const subject = subjectOf(m, citation);
  // Locking the subject serializes retractions of its citations, so two cannot each leave the other as the last one.
  const row = await m.store.load(subject.type, subject.id, { lock: true });
  if (!row || row.retractedAt) return true;
  const column = m.store.kind(subject.type).citationColumn!;
  const [{ n }] = await m.store.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "citation" WHERE "${column}" = $1::int AND "retracted_at" IS NULL AND "id" <> $2::int`,
    [subject.id, citation.id],
  );
  if (n > 0) return true;
  m.fail(
    [...ROOT, 'id'],
    'INVALID',
    `this is the last citation of ${subject.type} ${toGlobalId(subject.type, subject.id)}, and every fact needs one; add another citation first, or retract the ${subject.type} itself`,
  );
  return false;
}
