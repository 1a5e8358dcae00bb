/**
 * An operation's answer as CSV: its row list (the first list it returns),
 * one line per row, nested objects as dotted columns ("party.name"), lists
 * inside a row as a JSON cell. Columns come from the operation's selection,
 * so the header is there even when no row is.
 */
import { stringify } from 'csv-stringify/sync';
import {
  getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, Kind,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

/** Where an operation's rows are, and the columns of each row. */
export interface RowShape {
  /** Response keys from `data` to the row list (or to a single row object). */
  path: string[];
  columns: string[];
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** The schema type a field of `parent` returns; `__typename` is a String. */
function fieldType(parent: GraphQLCompositeType, name: string) {
  if (name === '__typename') return undefined;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name]?.type : undefined;
}

/** Every field a selection asks for on `parent`, fragments flattened, as [response key, field name, its selection, its parent]. */
function* fieldsOf(schema: GraphQLSchema, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, fragments: Fragments): Generator<[string, string, SelectionSetNode | undefined, GraphQLCompositeType]> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield [selection.alias?.value ?? selection.name.value, selection.name.value, selection.selectionSet, parent];
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) yield* fieldsOf(schema, condition, fragment.selectionSet, fragments);
    }
  }
}

/** Dotted column names for a row of type `parent` asked with `selectionSet`. */
function columnsOf(schema: GraphQLSchema, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, fragments: Fragments, prefix = ''): string[] {
  const columns: string[] = [];
  for (const [key, name, subSelection, owner] of fieldsOf(schema, parent, selectionSet, fragments)) {
    const type = fieldType(owner, name);
    const nullable = type && getNullableType(type);
    const named = nullable && getNamedType(nullable);
    if (nullable && !isListType(nullable) && named && isCompositeType(named) && subSelection) {
      columns.push(...columnsOf(schema, named, subSelection, fragments, `${prefix}${key}.`));
    } else {
      columns.push(`${prefix}${key}`);
    }
  }
  return [...new Set(columns)];
}

/**
 * The row list of an operation: its first root field when that is a list,
 * else the first list field inside it (a connection's `nodes` or `edges`,
 * Activity's `points`), else the root field's object as one row.
 */
export function rowShapeOf(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments): RowShape {
  const query = schema.getQueryType()!;
  const [[rootKey, rootName, rootSelection]] = [...fieldsOf(schema, query, operation.selectionSet, fragments)];
  const rootType = getNullableType(query.getFields()[rootName].type);
  const rootNamed = getNamedType(rootType);
  if (!isCompositeType(rootNamed) || !rootSelection) return { path: [rootKey], columns: [rootKey] };
  if (isListType(rootType)) return { path: [rootKey], columns: columnsOf(schema, rootNamed, rootSelection, fragments) };
  for (const [key, name, selection, owner] of fieldsOf(schema, rootNamed, rootSelection, fragments)) {
    const type = fieldType(owner, name);
    const named = type && getNamedType(type);
    if (type && isListType(getNullableType(type)) && named && isCompositeType(named) && selection) {
      return { path: [rootKey, key], columns: columnsOf(schema, named, selection, fragments) };
    }
  }
  return { path: [rootKey], columns: columnsOf(schema, rootNamed, rootSelection, fragments) };
}

/** The rows at `path` in `data`: a list as is, one object as one row, nothing as none. */
export function rowsAt(data: unknown, path: string[]): unknown[] {
  const value = path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
  if (Array.isArray(value)) return value;
  return value === null || value === undefined ? [] : [value];
}

/** One CSV cell: empty for null, text as is, numbers and booleans written out, lists and objects as JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** `rows` as RFC 4180 CSV: a header line, CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function toCsv(rows: unknown[], columns: string[]): string {
  const lines = rows.map((row) =>
    columns.map((column) => cell(column.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined), row))),
  );
  return stringify([columns, ...lines], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
