import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  Affiliation, Agreement, Citation, Delegation, DelegationMember, Figure, Issue, Negotiation,
  Organization, Person, Position, Round, RoundParticipant, Source, Statement,
} from '../entities/index.js';

/** GraphQL object type name -> entity, for every type that has a global ID. */
export const NODE_ENTITIES = {
  Source, Citation, Organization, Person, Affiliation, Agreement, Negotiation, Round,
  Delegation, DelegationMember, RoundParticipant, Statement, Issue, Position, Figure,
} as const;

export type NodeTypeName = keyof typeof NODE_ENTITIES;

/** A row as the loaders return it: the entity's properties plus its GraphQL type name. */
export type Row<T> = T & { __typename: NodeTypeName };

export function isNodeTypeName(name: string): name is NodeTypeName {
  return Object.prototype.hasOwnProperty.call(NODE_ENTITIES, name);
}

export interface TableInfo {
  typeName: NodeTypeName;
  /** Quoted table name. */
  table: string;
  /** `"t"."col" AS "property", ...` for alias "t", with the type name. */
  selectList: (alias: string) => string;
  /** The loaded columns' property names, in select-list order. */
  properties: string[];
  /** `"j"."col" AS "<prefix>property", ...`: the same columns under prefixed names, for a row joined to another. */
  prefixedList: (alias: string, prefix: string) => string;
}

/**
 * Columns the loaders leave out: bookkeeping timestamps no GraphQL field
 * shows, and a source's full text (tens of kilobytes, wanted only when
 * `Source.text` is asked for: see the `sourceText` loader).
 */
const NOT_LOADED = new Set(['createdAt', 'updatedAt', 'Source.text']);

const described = new WeakMap<DataSource, Record<NodeTypeName, TableInfo>>();

/**
 * Reads table and column names from TypeORM's metadata so SQL written by the
 * loaders follows the entities (and the naming strategy) instead of repeating
 * them. Computed once per DataSource: metadata does not change at run time.
 */
export function describeTables(dataSource: DataSource): Record<NodeTypeName, TableInfo> {
  let out = described.get(dataSource);
  if (out) return out;
  out = {} as Record<NodeTypeName, TableInfo>;
  for (const [typeName, entity] of Object.entries(NODE_ENTITIES) as [NodeTypeName, EntityTarget<ObjectLiteral>][]) {
    const meta = dataSource.getMetadata(entity);
    const columns = meta.columns.filter((c) => c.isSelect && !NOT_LOADED.has(c.propertyName) && !NOT_LOADED.has(`${typeName}.${c.propertyName}`));
    const lists = new Map<string, string>();
    out[typeName] = {
      typeName,
      table: `"${meta.tableName}"`,
      properties: columns.map((c) => c.propertyName),
      prefixedList: (alias, prefix) => columns.map((c) => `"${alias}"."${c.databaseName}" AS "${prefix}${c.propertyName}"`).join(', '),
      selectList: (alias) => {
        let list = lists.get(alias);
        if (list === undefined) {
          list = [`'${typeName}' AS "__typename"`, ...columns.map((c) => `"${alias}"."${c.databaseName}" AS "${c.propertyName}"`)].join(', ');
          lists.set(alias, list);
        }
        return list;
      },
    };
  }
  described.set(dataSource, out);
  return out;
}
