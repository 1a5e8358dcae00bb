/**
 * Everything that can be checked about a seed file without a database: YAML,
 * the schema, excerpts against the source text, dates, and references
 * between the file's own facts. The result is a plan the loader writes.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { abbreviate, anchorExcerpt, type Anchor } from '../../lib/anchorExcerpt.js';
import { resolveDateWording } from '../../lib/resolveDateWording.js';
import { directQuoteMessage, isQuotedIn, normalizeSourceText, repeatedAnchors } from '../editing/rules.js';
import { type SeedProblem } from './SeedError.js';
import {
  seedFileSchema,
  type SeedAffiliation, type SeedAgreement, type SeedCite, type SeedDateSpec, type SeedDelegation,
  type SeedDelegationMember, type SeedFigure, type SeedIssue, type SeedNegotiation, type SeedOrganization,
  type SeedParticipant, type SeedPerson, type SeedPosition, type SeedRound, type SeedSource, type SeedStatement,
} from './seedFile.js';

export type { Anchor } from '../../lib/anchorExcerpt.js';

/** A resolved date span with the source's wording (null when only explicit dates were given). */
export interface ResolvedSpan {
  start: string;
  end: string;
  wording: string | null;
}

type DateField = 'dates' | 'statedOn' | 'asOf' | 'effectiveFrom' | 'effectiveTo';

/** One fact of the file, checked: where it is, its anchored excerpts and its resolved dates. */
export interface PlannedFact<T> {
  path: string;
  value: T;
  anchors: Anchor[];
  /** Resolved date fields; null when the file sets the field to null (clear it), absent when omitted. */
  spans: Partial<Record<DateField, ResolvedSpan | null>>;
}

export type PlannedDelegation = PlannedFact<SeedDelegation> & { members: PlannedFact<SeedDelegationMember>[] };

export type ReferenceKind = 'organization' | 'person' | 'agreement' | 'negotiation' | 'round' | 'issue';

/** A fact named by natural key; for a round, `name` is its negotiation's title and `number` the round's. */
export interface SeedReference {
  path: string;
  /** 1-based line in the file. */
  line?: number;
  kind: ReferenceKind;
  name: string;
  number?: number;
}

/** The checked contents of one seed file, in the order they are written. */
export interface SeedPlan {
  file: string;
  source: SeedSource;
  /** The source text as stored: the file's text without trailing whitespace. */
  text: string;
  organizations: PlannedFact<SeedOrganization>[];
  people: PlannedFact<SeedPerson>[];
  affiliations: PlannedFact<SeedAffiliation>[];
  agreements: PlannedFact<SeedAgreement>[];
  negotiations: PlannedFact<SeedNegotiation>[];
  rounds: PlannedFact<SeedRound>[];
  delegations: PlannedDelegation[];
  participants: PlannedFact<SeedParticipant>[];
  issues: PlannedFact<SeedIssue>[];
  statements: PlannedFact<SeedStatement>[];
  positions: PlannedFact<SeedPosition>[];
  figures: PlannedFact<SeedFigure>[];
  /** References to facts the file does not declare: they must already be in the database. */
  externalReferences: SeedReference[];
}

export interface SeedInspection {
  /** Null when there are problems. */
  plan: SeedPlan | null;
  problems: SeedProblem[];
  /** Known even when there are problems, as far as the file could be read. */
  externalReferences: SeedReference[];
}

/** The map key of a reference: a name, or "title #number" for a round. */
export function referenceKey(kind: ReferenceKind, name: string, number?: number): string {
  return kind === 'round' ? `${name} #${number}` : name;
}

/** How a reference reads in a message: `negotiation "X"`, `round 6 of negotiation "X"`. */
export function describeReference(ref: Pick<SeedReference, 'kind' | 'name' | 'number'>): string {
  return ref.kind === 'round' ? `round ${ref.number} of negotiation "${ref.name}"` : `${ref.kind} "${ref.name}"`;
}

/** Formats a path array as `statements[3].cite[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * Reads and checks `file` fully without a database, collecting every
 * problem instead of stopping at the first. A plan is returned only when
 * there are none.
 */
export async function inspectSeedFile(file: string): Promise<SeedInspection> {
  const problems: SeedProblem[] = [];
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { plan: null, problems: [{ path: '', message: `cannot read the file: ${(error as Error).message}` }], externalReferences: [] };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      problems.push({ path: '', line, message: `malformed YAML: ${error.message}` });
    }
    return { plan: null, problems, externalReferences: [] };
  }
  const lineOf = (path: PropertyKey[]) => locate(doc, lineCounter, path);
  const report = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), line: lineOf(path), message });

  const parsed = seedFileSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportSchemaIssue(issue, report);
    return { plan: null, problems, externalReferences: [] };
  }
  const data = parsed.data;

  let text: string;
  if (data.source.textFile !== undefined) {
    const textPath = resolve(dirname(file), data.source.textFile);
    try {
      text = await readFile(textPath, 'utf8');
    } catch (error) {
      report(['source', 'textFile'], `cannot read the source text: ${(error as Error).message}`);
      return { plan: null, problems, externalReferences: [] };
    }
  } else {
    text = data.source.text ?? '';
  }
  // Editors add a final newline or not; the stored text never ends in whitespace.
  text = normalizeSourceText(text);
  if (text === '') report(['source', data.source.textFile !== undefined ? 'textFile' : 'text'], 'the source text is empty');

  const publishedAt = data.source.publishedAt;
  function plan<T extends { cite?: SeedCite }>(path: PropertyKey[], value: T, dateFields: DateField[] = [], fallback: Anchor[] = []): PlannedFact<T> {
    const anchors = value.cite ? anchorAll(text, value.cite, [...path, 'cite'], report) : fallback;
    const spans: PlannedFact<T>['spans'] = {};
    for (const field of dateFields) {
      const spec = (value as Record<string, unknown>)[field] as SeedDateSpec | null | undefined;
      if (spec === undefined) continue;
      spans[field] = spec === null ? null : resolveSpec(spec, publishedAt, [...path, field], report);
    }
    return { path: formatPath(path), value, anchors, spans };
  }

  const organizations = data.organizations.map((v, i) => plan(['organizations', i], v));
  const people = data.people.map((v, i) => plan(['people', i], v));
  const affiliations = data.affiliations.map((v, i) => plan(['affiliations', i], v));
  const agreements = data.agreements.map((v, i) => plan(['agreements', i], v, ['effectiveFrom', 'effectiveTo']));
  const negotiations = data.negotiations.map((v, i) => plan(['negotiations', i], v));
  const rounds = data.rounds.map((v, i) => plan(['rounds', i], v, ['dates']));
  const delegations = data.delegations.map((v, i): PlannedDelegation => {
    const delegation = plan(['delegations', i], v);
    const members = (v.members ?? []).map((m, j) => plan(['delegations', i, 'members', j], m, [], delegation.anchors));
    return { ...delegation, members };
  });
  const participants = data.participants.map((v, i) => plan(['participants', i], v));
  const issues = data.issues.map((v, i) => plan(['issues', i], v));
  const statements = data.statements.map((v, i) => plan(['statements', i], v, ['statedOn']));
  const positions = data.positions.map((v, i) => plan(['positions', i], v));
  const figures = data.figures.map((v, i) => plan(['figures', i], v, ['asOf']));

  checkAgreementDates(agreements, report);
  checkDirectQuotes(statements, report);
  checkDuplicates(
    {
      organizations: organizations.map((f) => f.value.name),
      people: people.map((f) => f.value.name),
      affiliations: affiliations.map((f) => [f.value.person, f.value.organization, f.value.role]),
      agreements: agreements.map((f) => f.value.name),
      negotiations: negotiations.map((f) => f.value.title),
      rounds: rounds.map((f) => [f.value.negotiation, f.value.number]),
      delegations: delegations.map((f) => [f.value.negotiation, f.value.round ?? null, f.value.party]),
      participants: participants.map((f) => [f.value.negotiation, f.value.round, f.value.person]),
      issues: issues.map((f) => f.value.name),
      statements: statements.map((f) => [f.value.negotiation, f.value.speaker.person ?? null, f.value.speaker.organization ?? null, f.value.text, f.spans.statedOn?.start ?? null]),
      positions: positions.map((f) => [f.value.negotiation, f.value.round ?? null, f.value.party, f.value.issue]),
      figures: figures.map((f) => [f.value.label, f.spans.asOf?.start ?? null]),
    },
    report,
  );
  delegations.forEach((d, i) => checkDuplicates({ members: d.members.map((m) => m.value.person) }, report, ['delegations', i]));

  const declared = new Set<string>([
    ...organizations.map((f) => `organization:${f.value.name}`),
    ...people.map((f) => `person:${f.value.name}`),
    ...agreements.map((f) => `agreement:${f.value.name}`),
    ...negotiations.map((f) => `negotiation:${f.value.title}`),
    ...rounds.map((f) => `round:${referenceKey('round', f.value.negotiation, f.value.number)}`),
    ...issues.map((f) => `issue:${f.value.name}`),
  ]);
  const externalReferences = collectReferences(data, lineOf).filter((ref) => !declared.has(`${ref.kind}:${referenceKey(ref.kind, ref.name, ref.number)}`));

  const orderedOrganizations = orderByDependency(organizations, 'organizations', (f) => f.value.name, (f) => f.value.parent, 'parent', report);
  const orderedAgreements = orderByDependency(agreements, 'agreements', (f) => f.value.name, (f) => f.value.supersedes, 'supersedes', report);

  if (problems.length > 0) return { plan: null, problems: sortProblems(problems), externalReferences };
  return {
    plan: {
      file, source: data.source, text,
      organizations: orderedOrganizations, people, affiliations, agreements: orderedAgreements, negotiations, rounds,
      delegations, participants, issues, statements, positions, figures, externalReferences,
    },
    problems: [],
    externalReferences,
  };
}

type Report = (path: PropertyKey[], message: string) => void;

function reportSchemaIssue(issue: z.core.$ZodIssue, report: Report): void {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) report([...path, key], `unknown key "${key}"`);
  } else if (issue.code === 'invalid_type' && issue.input === undefined && issue.message.startsWith('Invalid input')) {
    report(path, `is required (expected ${issue.expected})`);
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    report(path, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but got ${JSON.stringify(issue.input)}`);
  } else {
    report(path, issue.message);
  }
}

/** Finds each excerpt in the text (the same rule as the API's citations); one found more than once needs `start`. */
function anchorAll(text: string, cite: SeedCite, path: PropertyKey[], report: Report): Anchor[] {
  const anchors: Anchor[] = [];
  cite.forEach((entry, i) => {
    const { excerpt, start } = typeof entry === 'string' ? { excerpt: entry, start: undefined } : entry;
    const { anchor, problem } = anchorExcerpt(text, excerpt, start, 'write it as { excerpt, start } with one of those offsets, or quote more words');
    if (anchor) anchors.push(anchor);
    else report(problem.at === 'start' ? [...path, i, 'start'] : [...path, i], problem.message);
  });
  for (const a of repeatedAnchors(anchors)) report(path, `cites the same words twice ("${abbreviate(a.excerpt)}" at ${a.start})`);
  return anchors;
}

/**
 * Resolves a date: the wording against the publication date, explicit
 * start/end when the wording cannot be resolved (end defaults to start);
 * when both exist they must agree.
 */
function resolveSpec(spec: SeedDateSpec, publishedAt: string, path: PropertyKey[], report: Report): ResolvedSpan | null {
  const wording = spec.wording ?? null;
  if (wording !== null) {
    const resolved = resolveDateWording(publishedAt, wording);
    if (resolved.ok) {
      let agrees = true;
      for (const bound of ['start', 'end'] as const) {
        const given = spec[bound];
        if (given !== undefined && given !== resolved[bound]) {
          agrees = false;
          report([...path, bound], `wording "${wording}" resolves to ${resolved.start}..${resolved.end} (from publishedAt ${publishedAt}), which disagrees with ${bound} ${given}`);
        }
      }
      return agrees ? { start: resolved.start, end: resolved.end, wording } : null;
    }
    if (spec.start === undefined) {
      report([...path, 'wording'], `${resolved.reason}; give start (and end) explicitly`);
      return null;
    }
  }
  const start = spec.start!;
  const end = spec.end ?? start;
  if (end < start) {
    report([...path, 'end'], `end ${end} is before start ${start}`);
    return null;
  }
  return { start, end, wording };
}

function checkAgreementDates(agreements: PlannedFact<SeedAgreement>[], report: Report): void {
  agreements.forEach((f, i) => {
    for (const field of ['effectiveFrom', 'effectiveTo'] as const) {
      const span = f.spans[field];
      if (span && span.start !== span.end) {
        report(['agreements', i, field], `an agreement's ${field} is one day, but ${span.wording ? `"${span.wording}" resolves to` : 'the dates give'} ${span.start}..${span.end}; give start (= end) explicitly, or leave it out`);
      }
    }
    const from = f.spans.effectiveFrom;
    const to = f.spans.effectiveTo;
    if (from && to && to.end < from.start) report(['agreements', i, 'effectiveTo'], `effectiveTo ${to.end} is before effectiveFrom ${from.start}`);
  });
}

/** A direct quote's text is the quoted words, so it must appear in one of its excerpts. */
function checkDirectQuotes(statements: PlannedFact<SeedStatement>[], report: Report): void {
  statements.forEach((f, i) => {
    if (f.value.kind !== 'DIRECT_QUOTE' || f.anchors.length === 0) return;
    if (!isQuotedIn(f.value.text, f.anchors)) {
      report(['statements', i, 'text'], directQuoteMessage(f.value.text));
    }
  });
}

/** Reports a fact declared twice in one list (same natural key); `prefix` is the path of the lists' parent. */
function checkDuplicates(sections: Record<string, unknown[]>, report: Report, prefix: PropertyKey[] = []): void {
  for (const [section, keys] of Object.entries(sections)) {
    const first = new Map<string, number>();
    keys.forEach((key, i) => {
      const k = JSON.stringify(key);
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, i);
      else report([...prefix, section, i], `declares the same fact as ${formatPath([...prefix, section, earlier])} (same natural key ${k})`);
    });
  }
}

/** Every reference by natural key in the file, with its path. */
function collectReferences(data: z.infer<typeof seedFileSchema>, lineOf: (path: PropertyKey[]) => number | undefined): SeedReference[] {
  const refs: SeedReference[] = [];
  const add = (path: PropertyKey[], kind: ReferenceKind, name: string | null | undefined, number?: number | null) => {
    if (name === null || name === undefined) return;
    if (kind === 'round' && (number === null || number === undefined)) return;
    refs.push({ path: formatPath(path), line: lineOf(path), kind, name, ...(kind === 'round' ? { number: number! } : {}) });
  };
  data.organizations.forEach((o, i) => add(['organizations', i, 'parent'], 'organization', o.parent));
  data.affiliations.forEach((a, i) => {
    add(['affiliations', i, 'person'], 'person', a.person);
    add(['affiliations', i, 'organization'], 'organization', a.organization);
  });
  data.agreements.forEach((a, i) => {
    a.parties?.forEach((p, j) => add(['agreements', i, 'parties', j], 'organization', p));
    add(['agreements', i, 'supersedes'], 'agreement', a.supersedes);
  });
  data.negotiations.forEach((n, i) => {
    n.parties?.forEach((p, j) => add(['negotiations', i, 'parties', j], 'organization', p));
    add(['negotiations', i, 'agreement'], 'agreement', n.agreement);
  });
  data.rounds.forEach((r, i) => add(['rounds', i, 'negotiation'], 'negotiation', r.negotiation));
  data.delegations.forEach((d, i) => {
    add(['delegations', i, 'negotiation'], 'negotiation', d.negotiation);
    add(['delegations', i, 'round'], 'round', d.negotiation, d.round);
    add(['delegations', i, 'party'], 'organization', d.party);
    add(['delegations', i, 'head'], 'person', d.head);
    d.members?.forEach((m, j) => add(['delegations', i, 'members', j, 'person'], 'person', m.person));
  });
  data.participants.forEach((p, i) => {
    add(['participants', i, 'negotiation'], 'negotiation', p.negotiation);
    add(['participants', i, 'round'], 'round', p.negotiation, p.round);
    add(['participants', i, 'person'], 'person', p.person);
    add(['participants', i, 'party'], 'organization', p.party);
  });
  data.statements.forEach((s, i) => {
    add(['statements', i, 'speaker', 'person'], 'person', s.speaker.person);
    add(['statements', i, 'speaker', 'organization'], 'organization', s.speaker.organization);
    add(['statements', i, 'negotiation'], 'negotiation', s.negotiation);
    add(['statements', i, 'round'], 'round', s.negotiation, s.round);
  });
  data.positions.forEach((p, i) => {
    add(['positions', i, 'negotiation'], 'negotiation', p.negotiation);
    add(['positions', i, 'round'], 'round', p.negotiation, p.round);
    add(['positions', i, 'party'], 'organization', p.party);
    add(['positions', i, 'issue'], 'issue', p.issue);
  });
  data.figures.forEach((f, i) => {
    add(['figures', i, 'agreement'], 'agreement', f.agreement);
    add(['figures', i, 'negotiation'], 'negotiation', f.negotiation);
    add(['figures', i, 'round'], 'round', f.negotiation, f.round);
    add(['figures', i, 'organization'], 'organization', f.organization);
  });
  return refs;
}

/** Orders facts so one that another in the same list depends on (a parent) comes first; reports cycles. */
function orderByDependency<T extends PlannedFact<unknown>>(
  facts: T[],
  section: string,
  keyOf: (f: T) => string,
  dependencyOf: (f: T) => string | null | undefined,
  field: string,
  report: Report,
): T[] {
  const byKey = new Map(facts.map((f) => [keyOf(f), f]));
  const ordered: T[] = [];
  const state = new Map<T, 'visiting' | 'done'>();
  const visit = (f: T): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') {
      report([section, facts.indexOf(f), field], `"${keyOf(f)}" depends on itself through ${field}`);
      return;
    }
    state.set(f, 'visiting');
    const dependency = dependencyOf(f);
    const parent = dependency ? byKey.get(dependency) : undefined;
    if (parent) visit(parent);
    state.set(f, 'done');
    ordered.push(f);
  };
  facts.forEach(visit);
  return ordered;
}

/** The 1-based line of the deepest node of `path` present in the document. */
function locate(doc: Document, lineCounter: LineCounter, path: PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let found = node;
  for (const segment of path) {
    if (isMap(node)) node = node.get(segment, true);
    else if (isSeq(node) && typeof segment === 'number') node = node.get(segment, true);
    else break;
    if (node === undefined) break;
    found = node;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

function sortProblems(problems: SeedProblem[]): SeedProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
