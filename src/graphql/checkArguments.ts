import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues, getNamedType, getVariableValues, isAbstractType, isInputObjectType, isListType, getNullableType, Kind, TypeInfo, visit,
  visitWithTypeInfo, type DocumentNode, type FragmentDefinitionNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
  type FieldNode, type GraphQLField, type SelectionSetNode,
} from 'graphql';
import { CodedError, ErrorCode } from '../errors/index.js';
import { ensureNestedPage, nestedConnectionTag } from '../services/read/pagination.js';

const REFUSED = { http: { status: 400 } };

/**
 * Checks, before anything runs, what can be checked of an operation's
 * arguments without the database, so that bad input is refused whole
 * (HTTP 400, nothing executed, nothing written) rather than failing one
 * field after a mutation has committed:
 * - subscriptions are refused (OPERATION_NOT_SUPPORTED): this API has none;
 * - a string argument or input field holding U+0000 (PostgreSQL cannot store
 *   it in text) is BAD_USER_INPUT naming the argument, e.g. `input.citations[0].excerpt`;
 * - the `after` of every nested connection (a round's `history`, a
 *   negotiation's `rounds`, ...) must be a cursor of that list (INVALID_CURSOR).
 */
export function argumentChecksPlugin(schema: () => GraphQLSchema, maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new CodedError(ErrorCode.OPERATION_NOT_SUPPORTED, 'This API serves queries and mutations; subscriptions are not supported.', REFUSED);
          }
          const current = schema();
          const sites = argumentSites(current, document, operation);
          if (sites.length === 0) return;
          const variables = getVariableValues(current, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not fit their types: execution refuses them with its own message.
          if (variables.errors) return;
          checkSites(sites, operation, variables.coerced, maxPageSize);
        },
      };
    },
  };
}

/** A field of an operation that takes arguments, with what its arguments are checked against. */
interface ArgumentSite {
  field: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  /** The cursor tags its `after` may carry: one per type the parent can be that pages this field; empty when it pages nothing. */
  cursorTags: string[];
}

/**
 * The argument sites of each operation, found once per parsed document
 * (Apollo keeps parsed documents, so a repeated query reuses its operation
 * node); only the arguments' values are checked per request.
 */
const sitesOfOperation = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; sites: ArgumentSite[] }>();

/** Every field with arguments in `operation` and in the fragments it spreads, with the cursor tags its parent type allows. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const known = sitesOfOperation.get(operation);
  if (known?.schema === schema) return known.sites;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  for (const node of [operation, ...reachableFragments(operation.selectionSet, fragments)]) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const definition = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!definition || !parent || definition.args.length === 0) return;
          const possible = isAbstractType(parent) ? schema.getPossibleTypes(parent).map((t) => t.name) : [parent.name];
          const cursorTags = possible.map((t) => nestedConnectionTag(t, definition.name)).filter((t): t is string => t !== undefined);
          sites.push({ field, definition, cursorTags });
        },
      }),
    );
  }
  sitesOfOperation.set(operation, { schema, sites });
  return sites;
}

function checkSites(sites: ArgumentSite[], operation: OperationDefinitionNode, variables: Record<string, unknown>, maxPageSize: number): void {
  for (const { field, definition, cursorTags } of sites) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, field, variables);
    } catch {
      continue; // execution reports arguments that do not coerce
    }
    for (const arg of definition.args) ensureNoNul(args[arg.name], arg.type, arg.name);
    if (args.after === undefined || args.after === null || cursorTags.length === 0) continue;
    // A mutation must not fail after its write, so there the cursor must suit every type the parent can be.
    const failures = cursorTags.map((tag) => attempt(() => ensureNestedPage(tag, args, maxPageSize)));
    const refusal = operation.operation === 'mutation' ? failures.find((f) => f !== null) : failures.every((f) => f !== null) ? failures[0] : null;
    if (refusal) throw new CodedError(ErrorCode.INVALID_CURSOR, refusal.message, { ...refusal.extensions, ...REFUSED });
  }
}

/** Null when `fn` returns; the coded error it threw otherwise. */
function attempt(fn: () => unknown): CodedError | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
}

function reachableFragments(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FragmentDefinitionNode[] {
  const out: FragmentDefinitionNode[] = [];
  visit(selectionSet, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (seen.has(name) || !fragment) return;
      seen.add(name);
      out.push(fragment, ...reachableFragments(fragment.selectionSet, fragments, seen));
    },
  });
  return out;
}

/** Throws BAD_USER_INPUT naming `path` for a string holding U+0000 anywhere in `value`. */
function ensureNoNul(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new CodedError(ErrorCode.BAD_USER_INPUT, `${path} contains a NUL character (U+0000), which cannot be stored; remove it.`, { argument: path, ...REFUSED });
    }
    return;
  }
  if (isListType(nullable) && Array.isArray(value)) {
    value.forEach((item, i) => ensureNoNul(item, nullable.ofType, `${path}[${i}]`));
    return;
  }
  const named = getNamedType(nullable);
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (fields[key]) ensureNoNul(inner, fields[key].type, `${path}.${key}`);
    }
  }
}
