/**
 * What the write path knows about each kind of fact, read from the TypeORM
 * entities so it follows them: table, editable columns (with SQL types and
 * what references point at), natural key, and the citation column that
 * names the kind as a citation's subject.
 */
import type { DataSource, EntityMetadata } from 'typeorm';
import { toGlobalId } from '../../lib/globalId.js';
import { NODE_ENTITIES, type NodeTypeName } from '../../loaders/tables.js';

export interface FactColumn {
  /** Property name; also the field name in history. */
  property: string;
  /** Column name in the database. */
  column: string;
  /** What parameters are cast to: int, text, date, numeric, boolean, or a quoted enum type. */
  sqlType: string;
  /** For a reference to another fact: the type it points at (history shows its global ID). */
  ref?: NodeTypeName;
  nullable: boolean;
}

export interface FactKind {
  type: NodeTypeName;
  /** Quoted table name. */
  table: string;
  /** Every column an edit may set (bookkeeping columns such as version are not among them). */
  columns: FactColumn[];
  byColumn: Map<string, FactColumn>;
  /** Columns that identify a fact of this kind (unique together; NULL equals NULL). */
  naturalKey: string[];
  /** The citation column naming this kind as a citation's subject; null for Source, which is cited, not citing. */
  citationColumn: string | null;
  /** `"t"."col" AS "property", ...` for alias `alias`, with `__typename`, as the loaders read rows. */
  selectList(alias: string): string;
}

export type FactCatalog = Record<NodeTypeName, FactKind>;

/** Natural keys by property, as the unique indexes of the first migration define them. */
const NATURAL_KEYS: Record<NodeTypeName, string[]> = {
  Source: ['publisher', 'publishedAt', 'title'],
  Citation: [
    'sourceId', 'startOffset', 'endOffset', 'organizationId', 'personId', 'affiliationId', 'agreementId', 'negotiationId', 'roundId',
    'delegationId', 'delegationMemberId', 'roundParticipantId', 'statementId', 'issueId', 'positionId', 'figureId',
  ],
  Organization: ['name'],
  Person: ['name'],
  Affiliation: ['personId', 'organizationId', 'role'],
  Agreement: ['name'],
  Negotiation: ['title'],
  Round: ['negotiationId', 'number'],
  Delegation: ['negotiationId', 'roundId', 'partyId'],
  DelegationMember: ['delegationId', 'personId'],
  RoundParticipant: ['roundId', 'personId'],
  Issue: ['name'],
  Statement: ['negotiationId', 'speakerPersonId', 'speakerOrganizationId', 'text', 'statedStart'],
  Position: ['negotiationId', 'roundId', 'partyId', 'issueId'],
  Figure: ['label', 'asOfStart'],
};

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'retractedAt', 'retractionReason']);

const catalogs = new WeakMap<DataSource, FactCatalog>();

/** The catalog for `dataSource`'s entities (built once per DataSource). */
export function factCatalog(dataSource: DataSource): FactCatalog {
  let catalog = catalogs.get(dataSource);
  if (!catalog) catalogs.set(dataSource, (catalog = buildCatalog(dataSource)));
  return catalog;
}

function buildCatalog(dataSource: DataSource): FactCatalog {
  const typeOfTarget = new Map<unknown, NodeTypeName>(Object.entries(NODE_ENTITIES).map(([name, entity]) => [entity, name as NodeTypeName]));
  const citationMeta = dataSource.getMetadata(NODE_ENTITIES.Citation);
  const out = {} as FactCatalog;
  for (const [type, entity] of Object.entries(NODE_ENTITIES) as [NodeTypeName, unknown][]) {
    const meta = dataSource.getMetadata(entity as never);
    const refs = referencesOf(meta, typeOfTarget);
    const columns: FactColumn[] = meta.columns
      .filter((c) => c.isSelect && !c.isGenerated && !c.generatedType && !BOOKKEEPING.has(c.propertyName))
      .map((c) => ({
        property: c.propertyName,
        column: c.databaseName,
        sqlType: c.type === 'enum' ? `"${c.enumName}"` : String(c.type),
        ref: refs.get(c.databaseName),
        nullable: c.isNullable,
      }));
    const byProperty = new Map(columns.map((c) => [c.property, c]));
    const selectColumns = meta.columns.filter((c) => c.isSelect);
    const citationProperty = `${type.charAt(0).toLowerCase()}${type.slice(1)}Id`;
    const citationColumn = type === 'Source' || type === 'Citation' ? null : citationMeta.findColumnWithPropertyName(citationProperty)?.databaseName ?? null;
    out[type] = {
      type,
      table: `"${meta.tableName}"`,
      columns,
      byColumn: new Map(columns.map((c) => [c.column, c])),
      naturalKey: NATURAL_KEYS[type].map((p) => {
        const column = byProperty.get(p);
        if (!column) throw new Error(`natural key of ${type} names ${p}, which is not an editable column`);
        return column.column;
      }),
      citationColumn,
      selectList: (alias) =>
        [`'${type}' AS "__typename"`, ...selectColumns.map((c) => `"${alias}"."${c.databaseName}" AS "${c.propertyName}"`)].join(', '),
    };
  }
  return out;
}

/** Column -> type of fact it references, for foreign keys to a fact's id (not the second column of a composite key). */
function referencesOf(meta: EntityMetadata, typeOfTarget: Map<unknown, NodeTypeName>): Map<string, NodeTypeName> {
  const refs = new Map<string, NodeTypeName>();
  for (const relation of meta.manyToOneRelations) {
    const target = typeOfTarget.get(relation.inverseEntityMetadata.target);
    if (!target) continue;
    for (const join of relation.joinColumns) {
      if (join.referencedColumn?.propertyName === 'id') refs.set(join.databaseName, target);
    }
  }
  return refs;
}

/** The citation columns of every kind, for queries over all of a citation's possible subjects. */
export function citationSubjectColumns(catalog: FactCatalog): { type: NodeTypeName; column: string }[] {
  return Object.values(catalog)
    .filter((k) => k.citationColumn !== null)
    .map((k) => ({ type: k.type, column: k.citationColumn! }));
}

/**
 * A column's value as history shows it: references as global IDs, numbers
 * as numbers (a numeric too precise for a double stays a string), times as
 * ISO strings.
 */
export function historyValue(column: FactColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.ref) return toGlobalId(column.ref, value as number);
  if (column.sqlType === 'numeric') {
    const n = Number(value);
    return canonicalNumeric(String(n)) === canonicalNumeric(String(value)) ? n : String(value);
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A numeric literal in one spelling: no leading zeros, no trailing fractional zeros, no "+". */
export function canonicalNumeric(value: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) return value.trim();
  const sign = match[1] === '-' ? '-' : '';
  const whole = match[2].replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return out === '0' ? '0' : sign + out;
}

/** Whether a stored value and a value about to be written are the same, for a column of `sqlType`. */
export function isSameValue(sqlType: string, stored: unknown, next: unknown): boolean {
  if (stored === null || stored === undefined || next === null || next === undefined) {
    return (stored === null || stored === undefined) && (next === null || next === undefined);
  }
  if (sqlType === 'numeric') return canonicalNumeric(String(stored)) === canonicalNumeric(String(next));
  return String(stored) === String(next);
}
