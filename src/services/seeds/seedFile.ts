/**
 * The seed file format (seeds/README.md explains it for analysts): one file is
 * one source document and the facts it states, every fact citing the words
 * of that document. References between facts are by natural key.
 */
import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../entities/Agreement.js';
import { NEGOTIATION_STATUSES } from '../../entities/Negotiation.js';
import { ORGANIZATION_KINDS } from '../../entities/Organization.js';
import { SOURCE_KINDS } from '../../entities/Source.js';
import { STATEMENT_KINDS } from '../../entities/Statement.js';
import { isCalendarDate } from '../../lib/resolveDateWording.js';

/** A non-blank name or label; surrounding spaces are dropped. */
const name = z.string().trim().min(1, 'must not be blank');

const isoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: `must be a date written YYYY-MM-DD, but got "${value}"` });
  else if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: `${value} is not a calendar date` });
});

/** Verbatim words of the source; never trimmed, since they must match the text exactly. */
const excerpt = z.string().refine((s) => s.trim() !== '', 'an excerpt must not be blank');

const citeEntry = z.union([excerpt, z.strictObject({ excerpt, start: z.number().int().min(0) })], {
  error: 'a cite entry is an excerpt string, or { excerpt, start } to pick one of several occurrences',
});

const cite = z
  .array(citeEntry, {
    error: (issue) => (issue.input === undefined ? 'every fact needs cite: a list of excerpts of the source text' : 'cite must be a list of excerpts'),
  })
  .min(1, 'cite needs at least one excerpt');

/** A date as the source words it, resolved against source.publishedAt, and/or given explicitly. */
const dateSpec = z
  .strictObject({
    wording: z.string().trim().min(1).optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
  })
  .refine((d) => d.wording !== undefined || d.start !== undefined, 'a date needs wording, start, or both');

const roundNumber = z.number().int().positive();

/** Optional attribute: omitted leaves a stored value alone, null clears it. */
function clearable<T extends z.ZodType>(schema: T) {
  return schema.nullable().optional();
}

const sourceSchema = z
  .strictObject({
    title: name,
    publisher: name,
    publishedAt: isoDate,
    kind: z.enum(SOURCE_KINDS).optional(),
    url: clearable(z.url()),
    textFile: name.optional(),
    text: z.string().optional(),
  })
  .refine((s) => (s.textFile === undefined) !== (s.text === undefined), 'source needs exactly one of textFile and text');

const organization = z.strictObject({
  name,
  shortName: clearable(name),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  parent: clearable(name),
  cite,
});

const person = z.strictObject({ name, cite });

const affiliation = z.strictObject({ person: name, organization: name, role: name, cite });

const agreement = z.strictObject({
  name,
  shortName: clearable(name),
  status: z.enum(AGREEMENT_STATUSES),
  effectiveFrom: clearable(dateSpec),
  effectiveTo: clearable(dateSpec),
  parties: z.array(name).optional(),
  supersedes: clearable(name),
  cite,
});

const negotiation = z.strictObject({
  title: name,
  status: z.enum(NEGOTIATION_STATUSES),
  parties: z.array(name).optional(),
  agreement: clearable(name),
  cite,
});

const round = z.strictObject({
  negotiation: name,
  number: roundNumber,
  dates: clearable(dateSpec),
  location: clearable(name),
  outcome: clearable(name),
  cite,
});

const delegationMember = z.strictObject({
  person: name,
  role: clearable(name),
  /** Defaults to the delegation's cite. */
  cite: cite.optional(),
});

const delegation = z.strictObject({
  negotiation: name,
  round: roundNumber.optional(),
  party: name,
  head: clearable(name),
  members: z.array(delegationMember).optional(),
  cite,
});

const participant = z.strictObject({
  negotiation: name,
  round: roundNumber,
  person: name,
  party: clearable(name),
  role: clearable(name),
  cite,
});

const issue = z.strictObject({ name, description: clearable(name), cite });

const speaker = z
  .strictObject({ person: name.optional(), organization: name.optional() })
  .refine((s) => (s.person === undefined) !== (s.organization === undefined), 'speaker needs exactly one of person and organization');

const statement = z.strictObject({
  speaker,
  negotiation: name,
  round: clearable(roundNumber),
  kind: z.enum(STATEMENT_KINDS),
  text: name,
  statedOn: dateSpec.optional(),
  cite,
});

const position = z.strictObject({
  negotiation: name,
  round: roundNumber.optional(),
  party: name,
  issue: name,
  summary: name,
  cite,
});

const figureValue = z.union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/)], {
  error: 'value must be a number (or a string of digits, for values too large for a JavaScript number)',
});

const figure = z
  .strictObject({
    label: name,
    value: figureValue.transform(String),
    unit: name,
    approximate: z.boolean().optional(),
    asOf: dateSpec.optional(),
    agreement: clearable(name),
    negotiation: clearable(name),
    round: clearable(roundNumber),
    organization: clearable(name),
    cite,
  })
  .refine((f) => f.round == null || typeof f.negotiation === 'string', { message: 'a figure with a round needs its negotiation', path: ['round'] });

/** The whole file: a source and the facts it states, each list optional. */
export const seedFileSchema = z.strictObject({
  source: sourceSchema,
  organizations: z.array(organization).default([]),
  people: z.array(person).default([]),
  affiliations: z.array(affiliation).default([]),
  agreements: z.array(agreement).default([]),
  negotiations: z.array(negotiation).default([]),
  rounds: z.array(round).default([]),
  delegations: z.array(delegation).default([]),
  participants: z.array(participant).default([]),
  issues: z.array(issue).default([]),
  statements: z.array(statement).default([]),
  positions: z.array(position).default([]),
  figures: z.array(figure).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedSource = SeedFile['source'];
export type SeedOrganization = SeedFile['organizations'][number];
export type SeedPerson = SeedFile['people'][number];
export type SeedAffiliation = SeedFile['affiliations'][number];
export type SeedAgreement = SeedFile['agreements'][number];
export type SeedNegotiation = SeedFile['negotiations'][number];
export type SeedRound = SeedFile['rounds'][number];
export type SeedDelegation = SeedFile['delegations'][number];
export type SeedDelegationMember = NonNullable<SeedDelegation['members']>[number];
export type SeedParticipant = SeedFile['participants'][number];
export type SeedIssue = SeedFile['issues'][number];
export type SeedStatement = SeedFile['statements'][number];
export type SeedPosition = SeedFile['positions'][number];
export type SeedFigure = SeedFile['figures'][number];
export type SeedDateSpec = z.infer<typeof dateSpec>;
export type SeedCite = z.infer<typeof cite>;
