/**
 * How each kind of fact is edited: which input field sets which column and
 * how it is checked, the rules across fields, and what comes with a fact
 * (parties, a delegation's members). The flows that use these specs are in
 * editFacts.ts; they are the same for every kind.
 */
import { toGlobalId } from '../../lib/globalId.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import type { FactRow, LinkWriter, Values } from './factStore.js';
import type { AnchoredCitation, CitationInput, MutationScope } from './MutationScope.js';
import { directQuoteMessage, isInOrder, isQuotedIn, normalizeSourceText } from './rules.js';
import type { InputPath } from './userErrors.js';

/** A mutation's input object; fields are read by the editor's specs. */
export type FactInput = Record<string, any>;

type Scalar = 'name' | 'text' | 'enum' | 'date' | 'boolean' | 'url' | 'sourceText' | 'positiveInt' | 'number';

/** How one input field becomes columns. `required`: must be given on create and cannot be cleared (set to null) later. */
export type FieldSpec =
  | { input: string; column: string; as: Scalar; required?: boolean }
  | { input: string; column: string; as: 'ref'; types: NodeTypeName[]; required?: boolean }
  /** A DateSpanInput into start, end and wording columns. */
  | { input: string; as: 'span'; columns: [start: string, end: string, wording: string] }
  /** A Person or Organization ID into the two speaker columns. */
  | { input: string; as: 'speaker'; required: true }
  /** A list of references (parties), written as links rather than columns. */
  | { input: string; as: 'refList'; types: NodeTypeName[] };

/** An input decoded: columns to write, referenced facts by input field, and reference lists. */
export interface Decoded {
  values: Values;
  refs: Record<string, FactRow>;
  lists: Record<string, number[]>;
}

/** What the cross-field rules see. */
export interface CheckContext {
  mode: 'create' | 'update';
  input: FactInput;
  decoded: Decoded;
  /** What the fact will be: the stored columns overlaid with those written (by column). */
  merged: Values;
  current: FactRow | null;
  /** The citations this request adds. */
  citations: AnchoredCitation[];
  /** Set by `check` for `afterCreate` (a delegation's members, decoded before anything is written). */
  pending?: unknown;
}

export interface FactEditor {
  type: NodeTypeName;
  /** The input field a DUPLICATE points at. */
  keyField: string;
  /** The natural key in words, for the DUPLICATE message. */
  keyDescription: string;
  /** False only for sources, which are what facts cite. */
  cited: boolean;
  fields: FieldSpec[];
  /** Rules across fields; may add derived columns to `decoded.values` and `merged`. Records user errors. */
  check?(m: MutationScope, c: CheckContext): Promise<void> | void;
  /** Rows that hang off the fact (its parties). */
  links?(m: MutationScope, c: CheckContext): LinkWriter | undefined;
  /** Writes what comes with a new fact, after it and its citations. */
  afterCreate?(m: MutationScope, row: FactRow, c: CheckContext): Promise<void>;
}

const ROOT: InputPath = ['input'];
const MAX_FIGURE = 1e15;

/**
 * Decodes the fields of `input` that are present (an update leaves absent
 * ones alone; `null` clears an optional one), recording a user error for
 * each bad one, references checked to exist and stand.
 */
export async function decodeFields(m: MutationScope, editor: FactEditor, input: FactInput, mode: 'create' | 'update', path: InputPath = ROOT): Promise<Decoded> {
  const decoded: Decoded = { values: {}, refs: {}, lists: {} };
  for (const f of editor.fields) {
    const value = input[f.input];
    const at = [...path, f.input];
    if (value === undefined) {
      if (mode === 'create' && 'required' in f && f.required) m.fail(at, 'INVALID', `${f.input} is required`);
      continue;
    }
    if (value === null && 'required' in f && f.required) {
      m.fail(at, 'INVALID', `${f.input} is required and cannot be cleared`);
      continue;
    }
    switch (f.as) {
      case 'span':
        decodeSpan(m, at, value, f.columns, decoded.values);
        break;
      case 'speaker': {
        const row = await m.ref(at, value, ['Person', 'Organization']);
        if (!row) break;
        decoded.refs[f.input] = row;
        decoded.values.speaker_person_id = row.__typename === 'Person' ? row.id : null;
        decoded.values.speaker_organization_id = row.__typename === 'Organization' ? row.id : null;
        break;
      }
      case 'refList': {
        // null is the empty list: no parties at all.
        const ids: number[] = [];
        for (const [i, id] of ((value ?? []) as string[]).entries()) {
          const row = await m.ref([...at, i], id, f.types);
          if (row) ids.push(row.id);
        }
        decoded.lists[f.input] = ids;
        break;
      }
      case 'ref': {
        if (value === null) {
          decoded.values[f.column] = null;
          break;
        }
        const row = await m.ref(at, value, f.types);
        if (!row) break;
        decoded.refs[f.input] = row;
        decoded.values[f.column] = row.id;
        break;
      }
      default: {
        const scalar = value === null ? null : decodeScalar(m, at, f.as, value);
        if (scalar !== undefined) decoded.values[f.column] = scalar;
      }
    }
  }
  return decoded;
}

/** A scalar field's column value; undefined after recording a user error. */
function decodeScalar(m: MutationScope, at: InputPath, as: Scalar, value: unknown): unknown {
  switch (as) {
    case 'name':
      return m.name(at, value as string) ?? undefined;
    case 'text':
      return m.text(at, value as string) ?? undefined;
    case 'sourceText': {
      const text = normalizeSourceText(value as string);
      return text === '' ? (m.fail(at, 'INVALID', 'the source text must not be empty'), undefined) : text;
    }
    case 'url': {
      let url: URL | undefined;
      try {
        url = new URL(value as string);
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol)) {
        m.fail(at, 'INVALID', `must be an http or https URL, but got ${JSON.stringify(String(value).slice(0, 100))}`);
        return undefined;
      }
      return value;
    }
    case 'positiveInt':
      if (!Number.isInteger(value) || (value as number) < 1) {
        m.fail(at, 'INVALID', `must be a whole number from 1 up, but got ${String(value)}`);
        return undefined;
      }
      return value;
    case 'number':
      if (!Number.isFinite(value) || Math.abs(value as number) >= MAX_FIGURE) {
        m.fail(at, 'INVALID', `must be a number smaller than ${MAX_FIGURE} in size, but got ${String(value)}`);
        return undefined;
      }
      return value;
    default:
      return value;
  }
}

/** A DateSpanInput (null clears it): `end` defaults to `start` and must not be before it. */
function decodeSpan(m: MutationScope, at: InputPath, span: { start: string; end?: string | null; wording?: string | null } | null, columns: [string, string, string], values: Values): void {
  const [startColumn, endColumn, wordingColumn] = columns;
  if (span === null) {
    Object.assign(values, { [startColumn]: null, [endColumn]: null, [wordingColumn]: null });
    return;
  }
  const end = span.end ?? span.start;
  if (!isInOrder(span.start, end)) {
    m.fail([...at, 'end'], 'INVALID', `end ${end} is before start ${span.start}`);
    return;
  }
  const wording = span.wording === undefined || span.wording === null ? null : m.name([...at, 'wording'], span.wording);
  if (span.wording && wording === null) return;
  Object.assign(values, { [startColumn]: span.start, [endColumn]: end, [wordingColumn]: wording });
}

/**
 * Sets a fact's negotiation from its round when only the round is given,
 * and refuses a round of another negotiation or neither at all.
 */
function deriveNegotiation(m: MutationScope, c: CheckContext, options: { required: boolean }): void {
  const round = c.decoded.refs.roundId;
  const negotiationId = c.merged.negotiation_id as number | null;
  if (round) {
    if (negotiationId !== null && negotiationId !== undefined && negotiationId !== round.negotiationId) {
      m.fail([...ROOT, 'roundId'], 'INVALID', `Round ${toGlobalId('Round', round.id)} belongs to Negotiation ${toGlobalId('Negotiation', round.negotiationId)}, not to Negotiation ${toGlobalId('Negotiation', negotiationId)}`);
      return;
    }
    c.decoded.values.negotiation_id = round.negotiationId;
    c.merged.negotiation_id = round.negotiationId;
  } else if (options.required && (negotiationId === null || negotiationId === undefined)) {
    m.fail([...ROOT, 'negotiationId'], 'INVALID', 'give negotiationId, or roundId (whose negotiation is then used)');
  }
}

/** Refuses dates out of order, pointing at the later field. */
function checkOrder(m: MutationScope, c: CheckContext, start: string, end: string, endField: InputPath, words: string): void {
  if (!isInOrder(c.merged[start] as string | null, c.merged[end] as string | null)) m.fail(endField, 'INVALID', words);
}

/** A links writer for parties: `add` on create, `replace` on update; none when partyIds was not given. */
function partyLinks(owner: 'Agreement' | 'Negotiation') {
  return (m: MutationScope, c: CheckContext): LinkWriter | undefined => {
    const ids = c.decoded.lists.partyIds;
    if (!ids) return undefined;
    return async (id) => (await m.store.linkParties(owner, id, ids, c.mode === 'create' ? 'add' : 'replace')).changes;
  };
}

const citedFacts: Record<Exclude<NodeTypeName, 'Source' | 'Citation'>, FactEditor> = {
  Organization: {
    type: 'Organization',
    keyField: 'name',
    keyDescription: 'name',
    cited: true,
    fields: [
      { input: 'name', column: 'name', as: 'name', required: true },
      { input: 'shortName', column: 'short_name', as: 'name' },
      { input: 'kind', column: 'kind', as: 'enum', required: true },
      { input: 'parentId', column: 'parent_id', as: 'ref', types: ['Organization'] },
    ],
    async check(m, c) {
      const parent = c.decoded.values.parent_id as number | null | undefined;
      if (c.current && parent !== undefined && parent !== null) {
        // The parent chain of the new parent must not reach this organization.
        const [cycle] = await m.store.sql.query(
          `WITH RECURSIVE "up" AS (
             SELECT "id", "parent_id" FROM "organization" WHERE "id" = $1::int
             UNION SELECT o."id", o."parent_id" FROM "organization" o JOIN "up" ON o."id" = "up"."parent_id")
           SELECT 1 FROM "up" WHERE "id" = $2::int`,
          [parent, c.current.id],
        );
        if (cycle) m.fail([...ROOT, 'parentId'], 'INVALID', 'an organization cannot be its own parent, directly or through its parents');
      }
    },
  },

  Person: {
    type: 'Person',
    keyField: 'name',
    keyDescription: 'name',
    cited: true,
    fields: [{ input: 'name', column: 'name', as: 'name', required: true }],
  },

  Affiliation: {
    type: 'Affiliation',
    keyField: 'role',
    keyDescription: 'person, organization and role',
    cited: true,
    fields: [
      { input: 'personId', column: 'person_id', as: 'ref', types: ['Person'], required: true },
      { input: 'organizationId', column: 'organization_id', as: 'ref', types: ['Organization'], required: true },
      { input: 'role', column: 'role', as: 'name', required: true },
    ],
  },

  Agreement: {
    type: 'Agreement',
    keyField: 'name',
    keyDescription: 'name',
    cited: true,
    fields: [
      { input: 'name', column: 'name', as: 'name', required: true },
      { input: 'shortName', column: 'short_name', as: 'name' },
      { input: 'status', column: 'status', as: 'enum', required: true },
      { input: 'effectiveFrom', column: 'effective_from', as: 'date' },
      { input: 'effectiveTo', column: 'effective_to', as: 'date' },
      { input: 'effectiveWording', column: 'effective_wording', as: 'name' },
      { input: 'partyIds', as: 'refList', types: ['Organization'] },
      { input: 'supersedesId', column: 'supersedes_id', as: 'ref', types: ['Agreement'] },
    ],
    check(m, c) {
      checkOrder(m, c, 'effective_from', 'effective_to', [...ROOT, 'effectiveTo'], 'effectiveTo must not be before effectiveFrom');
      if (c.current && c.merged.supersedes_id === c.current.id) m.fail([...ROOT, 'supersedesId'], 'INVALID', 'an agreement cannot supersede itself');
    },
    links: partyLinks('Agreement'),
  },

  Negotiation: {
    type: 'Negotiation',
    keyField: 'title',
    keyDescription: 'title',
    cited: true,
    fields: [
      { input: 'title', column: 'title', as: 'name', required: true },
      { input: 'status', column: 'status', as: 'enum', required: true },
      { input: 'partyIds', as: 'refList', types: ['Organization'] },
      { input: 'agreementId', column: 'agreement_id', as: 'ref', types: ['Agreement'] },
    ],
    links: partyLinks('Negotiation'),
  },

  Round: {
    type: 'Round',
    keyField: 'number',
    keyDescription: 'number in this negotiation',
    cited: true,
    fields: [
      { input: 'negotiationId', column: 'negotiation_id', as: 'ref', types: ['Negotiation'], required: true },
      { input: 'number', column: 'number', as: 'positiveInt', required: true },
      { input: 'startDate', column: 'start_date', as: 'date' },
      { input: 'endDate', column: 'end_date', as: 'date' },
      { input: 'dateWording', column: 'date_wording', as: 'name' },
      { input: 'location', column: 'location', as: 'name' },
      { input: 'outcome', column: 'outcome', as: 'text' },
    ],
    check(m, c) {
      checkOrder(m, c, 'start_date', 'end_date', [...ROOT, 'endDate'], `endDate ${c.merged.end_date} is before startDate ${c.merged.start_date}`);
    },
  },

  Delegation: {
    type: 'Delegation',
    keyField: 'partyId',
    keyDescription: 'party in this round (or, without a round, in this negotiation)',
    cited: true,
    fields: [
      { input: 'negotiationId', column: 'negotiation_id', as: 'ref', types: ['Negotiation'] },
      { input: 'roundId', column: 'round_id', as: 'ref', types: ['Round'] },
      { input: 'partyId', column: 'party_id', as: 'ref', types: ['Organization'], required: true },
      { input: 'headId', column: 'head_id', as: 'ref', types: ['Person'] },
    ],
    async check(m, c) {
      deriveNegotiation(m, c, { required: true });
      if (c.mode !== 'create' || !c.input.members) return;
      // Members are checked now, so nothing is written when one of them is wrong.
      const members: { personId: number; role: string | null; citations: AnchoredCitation[] }[] = [];
      const seen = new Set<number>();
      for (const [j, member] of (c.input.members as { personId: string; role?: string | null; citations?: CitationInput[] | null }[]).entries()) {
        const at = [...ROOT, 'members', j];
        const person = await m.ref([...at, 'personId'], member.personId, ['Person']);
        const role = member.role === undefined || member.role === null ? null : m.name([...at, 'role'], member.role);
        const citations = member.citations ? await m.citations([...at, 'citations'], member.citations, { required: true }) : c.citations;
        if (!person) continue;
        if (seen.has(person.id)) m.fail([...at, 'personId'], 'INVALID', `lists ${person.name} twice`);
        seen.add(person.id);
        members.push({ personId: person.id, role, citations });
      }
      c.pending = members;
    },
    async afterCreate(m, row, c) {
      for (const member of (c.pending ?? []) as { personId: number; role: string | null; citations: AnchoredCitation[] }[]) {
        const created = await m.store.create('DelegationMember', { delegation_id: row.id, person_id: member.personId, role: member.role });
        await m.store.addCitations(member.citations.map((a) => ({ ...a, subjectType: 'DelegationMember', subjectId: created.id })));
      }
    },
  },

  DelegationMember: {
    type: 'DelegationMember',
    keyField: 'personId',
    keyDescription: 'person on this delegation',
    cited: true,
    fields: [
      { input: 'delegationId', column: 'delegation_id', as: 'ref', types: ['Delegation'], required: true },
      { input: 'personId', column: 'person_id', as: 'ref', types: ['Person'], required: true },
      { input: 'role', column: 'role', as: 'name' },
    ],
  },

  RoundParticipant: {
    type: 'RoundParticipant',
    keyField: 'personId',
    keyDescription: 'person in this round',
    cited: true,
    fields: [
      { input: 'roundId', column: 'round_id', as: 'ref', types: ['Round'], required: true },
      { input: 'personId', column: 'person_id', as: 'ref', types: ['Person'], required: true },
      { input: 'partyId', column: 'party_id', as: 'ref', types: ['Organization'] },
      { input: 'role', column: 'role', as: 'name' },
    ],
  },

  Statement: {
    type: 'Statement',
    keyField: 'text',
    keyDescription: 'speaker, words and date in this negotiation',
    cited: true,
    fields: [
      { input: 'speakerId', as: 'speaker', required: true },
      { input: 'negotiationId', column: 'negotiation_id', as: 'ref', types: ['Negotiation'] },
      { input: 'roundId', column: 'round_id', as: 'ref', types: ['Round'] },
      { input: 'kind', column: 'kind', as: 'enum', required: true },
      { input: 'text', column: 'text', as: 'text', required: true },
      { input: 'statedOn', as: 'span', columns: ['stated_start', 'stated_end', 'stated_wording'] },
    ],
    async check(m, c) {
      deriveNegotiation(m, c, { required: true });
      if (c.merged.kind !== 'DIRECT_QUOTE') return;
      if (c.mode === 'update' && c.decoded.values.text === undefined && c.decoded.values.kind === undefined) return;
      // The same rule as seed files: the quoted words are in one of the excerpts (stored or added now).
      const stored = c.current
        ? await m.store.sql.query<{ excerpt: string }>(`SELECT "excerpt" FROM "citation" WHERE "statement_id" = $1::int AND "retracted_at" IS NULL`, [c.current.id])
        : [];
      const text = c.merged.text as string;
      if (!isQuotedIn(text, [...stored, ...c.citations])) m.fail([...ROOT, 'text'], 'INVALID', directQuoteMessage(text));
    },
  },

  Issue: {
    type: 'Issue',
    keyField: 'name',
    keyDescription: 'name',
    cited: true,
    fields: [
      { input: 'name', column: 'name', as: 'name', required: true },
      { input: 'description', column: 'description', as: 'text' },
    ],
  },

  Position: {
    type: 'Position',
    keyField: 'issueId',
    keyDescription: 'party and issue in this round (or, without a round, in this negotiation)',
    cited: true,
    fields: [
      { input: 'partyId', column: 'party_id', as: 'ref', types: ['Organization'], required: true },
      { input: 'issueId', column: 'issue_id', as: 'ref', types: ['Issue'], required: true },
      { input: 'negotiationId', column: 'negotiation_id', as: 'ref', types: ['Negotiation'] },
      { input: 'roundId', column: 'round_id', as: 'ref', types: ['Round'] },
      { input: 'summary', column: 'summary', as: 'text', required: true },
    ],
    check(m, c) {
      deriveNegotiation(m, c, { required: true });
    },
  },

  Figure: {
    type: 'Figure',
    keyField: 'label',
    keyDescription: 'label and as-of date',
    cited: true,
    fields: [
      { input: 'label', column: 'label', as: 'name', required: true },
      { input: 'value', column: 'value', as: 'number', required: true },
      { input: 'unit', column: 'unit', as: 'name', required: true },
      { input: 'approximate', column: 'approximate', as: 'boolean', required: true },
      { input: 'asOf', as: 'span', columns: ['as_of_start', 'as_of_end', 'as_of_wording'] },
      { input: 'agreementId', column: 'agreement_id', as: 'ref', types: ['Agreement'] },
      { input: 'negotiationId', column: 'negotiation_id', as: 'ref', types: ['Negotiation'] },
      { input: 'roundId', column: 'round_id', as: 'ref', types: ['Round'] },
      { input: 'organizationId', column: 'organization_id', as: 'ref', types: ['Organization'] },
    ],
    check(m, c) {
      deriveNegotiation(m, c, { required: false });
    },
  },
};

/** The editor of every kind of fact but citations (which have their own mutations). */
export const EDITORS: Record<Exclude<NodeTypeName, 'Citation'>, FactEditor> = {
  Source: {
    type: 'Source',
    keyField: 'title',
    keyDescription: 'publisher, publication date and title',
    cited: false,
    fields: [
      { input: 'title', column: 'title', as: 'name', required: true },
      { input: 'publisher', column: 'publisher', as: 'name', required: true },
      { input: 'publishedAt', column: 'published_at', as: 'date', required: true },
      { input: 'url', column: 'url', as: 'url' },
      { input: 'kind', column: 'kind', as: 'enum', required: true },
      { input: 'text', column: 'text', as: 'sourceText', required: true },
    ],
    async check(m, c) {
      const text = c.decoded.values.text as string | undefined;
      if (!c.current || text === undefined || text === c.current.text) return;
      // A new text is only accepted while every live citation still reads the same words at its offsets.
      const cited = await m.store.sql.query<{ id: number; excerpt: string; start_offset: number; end_offset: number }>(
        `SELECT "id", "excerpt", "start_offset", "end_offset" FROM "citation" WHERE "source_id" = $1::int AND "retracted_at" IS NULL ORDER BY "start_offset"`,
        [c.current.id],
      );
      const broken = cited.filter((r) => text.slice(r.start_offset, r.end_offset) !== r.excerpt);
      if (broken.length > 0) {
        const examples = broken.slice(0, 3).map((r) => `Citation ${toGlobalId('Citation', r.id)} ("${r.excerpt.slice(0, 40)}" at ${r.start_offset})`);
        m.fail([...ROOT, 'text'], 'INVALID', `${broken.length} live citation(s) would no longer match the new text, e.g. ${examples.join(', ')}; move or retract them first`);
      }
    },
  },
  ...citedFacts,
};

/** Types a citation may support. */
export const CITEABLE_TYPES = Object.keys(citedFacts) as NodeTypeName[];
