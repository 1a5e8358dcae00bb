import { abbreviate, anchorExcerpt } from '../../lib/anchorExcerpt.js';
import { fromGlobalId, toGlobalId } from '../../lib/globalId.js';
import { isNodeTypeName, type NodeTypeName } from '../../loaders/tables.js';
import type { FactRow, FactStore, NewCitation } from './factStore.js';
import type { InputPath, UserError, UserErrorCode } from './userErrors.js';

/** A citation as a mutation gives it. */
export interface CitationInput {
  sourceId: string;
  excerpt: string;
  start?: number | null;
}

/** A citation found in its source, ready to be written once its subject exists. */
export type AnchoredCitation = Omit<NewCitation, 'subjectType' | 'subjectId'>;

/** Longest names (titles, labels, roles) and texts a write accepts. */
const MAX_NAME = 1_000;
const MAX_TEXT = 20_000;

/**
 * One mutation's transaction and its user errors: the store to write with,
 * and checks that record a user error (with its input path) instead of
 * throwing. Services check everything they can, then write only when
 * nothing failed; the runner rolls back whenever errors were recorded.
 */
export class MutationScope {
  readonly errors: UserError[] = [];

  constructor(readonly store: FactStore) {}

  /** True once any user error was recorded. */
  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Records a user error; returns null so a check can `return m.fail(...)`. */
  fail(field: InputPath, code: UserErrorCode, message: string): null {
    this.errors.push({ field, code, message });
    return null;
  }

  /** The type and id behind a global ID of one of `types`; INVALID when it is not one. */
  decodeId(path: InputPath, globalId: string, types: readonly NodeTypeName[]): { type: NodeTypeName; id: number } | null {
    const decoded = fromGlobalId(globalId);
    if (!decoded || !isNodeTypeName(decoded.type)) {
      return this.fail(path, 'INVALID', `expected the ID of a ${types.join(' or ')}, but got ${JSON.stringify(String(globalId).slice(0, 60))}, which is not an ID this API issued`);
    }
    if (!types.includes(decoded.type)) {
      return this.fail(path, 'INVALID', `expected the ID of a ${types.join(' or ')}, but got the ID of a ${decoded.type}`);
    }
    return { type: decoded.type, id: decoded.id };
  }

  /** The live fact a reference names: NOT_FOUND when it does not exist or was retracted. */
  async ref(path: InputPath, globalId: string, types: readonly NodeTypeName[]): Promise<FactRow | null> {
    const decoded = this.decodeId(path, globalId, types);
    if (!decoded) return null;
    const row = await this.store.load(decoded.type, decoded.id);
    if (!row) return this.fail(path, 'NOT_FOUND', `there is no ${decoded.type} with ID ${globalId}`);
    if (row.retractedAt) return this.fail(path, 'NOT_FOUND', `${decoded.type} ${globalId} was retracted (${row.retractionReason}); new facts cannot refer to it`);
    return row;
  }

  /**
   * The fact an update or retraction edits, read in this transaction:
   * INVALID for an ID of another type, NOT_FOUND when it does not exist,
   * INVALID once retracted, CONFLICT when it is no longer at `version`.
   */
  async current(path: InputPath, globalId: string, version: number, types: readonly NodeTypeName[], action = 'changed'): Promise<FactRow | null> {
    const decoded = this.decodeId([...path, 'id'], globalId, types);
    if (!decoded) return null;
    const row = await this.store.load(decoded.type, decoded.id);
    if (!row) return this.fail([...path, 'id'], 'NOT_FOUND', `there is no ${decoded.type} with ID ${globalId}`);
    if (row.retractedAt) {
      return this.fail([...path, 'id'], 'INVALID', `${decoded.type} ${globalId} was retracted at ${row.retractedAt.toISOString()} (${row.retractionReason}); a retracted fact cannot be ${action}`);
    }
    if (row.version !== version) return this.conflict(path, decoded.type, globalId, row.version, version);
    return row;
  }

  /** Explains an UPDATE that found its row no longer at `version` (changed or retracted meanwhile): CONFLICT. */
  async missedUpdate(path: InputPath, type: NodeTypeName, id: number, version: number): Promise<null> {
    const now = await this.store.load(type, id);
    const globalId = toGlobalId(type, id);
    if (!now) return this.fail([...path, 'id'], 'NOT_FOUND', `there is no ${type} with ID ${globalId}`);
    return this.conflict(path, type, globalId, now.version, version);
  }

  private conflict(path: InputPath, type: NodeTypeName, globalId: string, stored: number, given: number): null {
    return this.fail(
      [...path, 'version'],
      'CONFLICT',
      `${type} ${globalId} is at version ${stored}, but this change is based on version ${given}; someone changed it meanwhile: reload it and apply your change again`,
    );
  }

  /** A non-blank name or label, trimmed; null after recording INVALID. */
  name(path: InputPath, value: string, max = MAX_NAME): string | null {
    const trimmed = value.trim();
    if (trimmed === '') return this.fail(path, 'INVALID', 'must not be blank');
    if (trimmed.length > max) return this.fail(path, 'INVALID', `must be at most ${max} characters, but has ${trimmed.length}`);
    return trimmed;
  }

  /** A non-blank text (a statement, summary, outcome), trimmed. */
  text(path: InputPath, value: string): string | null {
    return this.name(path, value, MAX_TEXT);
  }

  /**
   * Finds each citation's excerpt in its source (all sources read in one
   * statement): NOT_FOUND for a missing or retracted source,
   * EXCERPT_NOT_IN_SOURCE for words not in its text or not at `start`,
   * INVALID for an ambiguous excerpt without `start` (the message lists
   * where it occurs), a blank one, or the same words twice. `required`: at
   * least one.
   */
  async citations(path: InputPath, inputs: readonly CitationInput[] | null | undefined, options: { required: boolean }): Promise<AnchoredCitation[]> {
    const list = inputs ?? [];
    if (list.length === 0) {
      if (options.required) this.fail(path, 'INVALID', 'every fact needs at least one citation: an excerpt of a source that states it');
      return [];
    }
    const ids = list.map((c, i) => this.decodeId([...path, i, 'sourceId'], c.sourceId, ['Source']));
    const sources = await this.store.loadMany('Source', ids.filter((d) => d !== null).map((d) => d!.id));
    const anchored: AnchoredCitation[] = [];
    const seen = new Set<string>();
    list.forEach((c, i) => {
      const found = ids[i] && this.anchor([...path, i], c, sources.get(ids[i]!.id));
      if (!found) return;
      const key = `${found.sourceId}:${found.start}:${found.end}`;
      if (seen.has(key)) return void this.fail([...path, i], 'INVALID', `cites the same words twice ("${abbreviate(found.excerpt)}" at ${found.start})`);
      seen.add(key);
      anchored.push(found);
    });
    return anchored;
  }

  /** One citation whose fields sit directly at `path` (addCitation's input); null after recording why not. */
  async citation(path: InputPath, input: CitationInput): Promise<AnchoredCitation | null> {
    const decoded = this.decodeId([...path, 'sourceId'], input.sourceId, ['Source']);
    if (!decoded) return null;
    return this.anchor(path, input, (await this.store.loadMany('Source', [decoded.id])).get(decoded.id));
  }

  /** Anchors `c` in `source` (the Source its sourceId names, if it exists). */
  private anchor(at: InputPath, c: CitationInput, source: FactRow | undefined): AnchoredCitation | null {
    if (!source) return this.fail([...at, 'sourceId'], 'NOT_FOUND', `there is no Source with ID ${c.sourceId}`);
    if (source.retractedAt) return this.fail([...at, 'sourceId'], 'NOT_FOUND', `Source ${c.sourceId} was retracted (${source.retractionReason}); cite another source`);
    const { anchor, problem } = anchorExcerpt(source.text as string, c.excerpt, c.start);
    if (problem) {
      const code = problem.reason === 'ambiguous' || problem.reason === 'blank' ? 'INVALID' : 'EXCERPT_NOT_IN_SOURCE';
      return this.fail([...at, problem.at], code, `${problem.message} (source "${source.title}")`);
    }
    return { sourceId: source.id, ...anchor };
  }
}
