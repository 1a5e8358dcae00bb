import type { ApolloServerPlugin, GraphQLFieldResolverParams, GraphQLRequestContextExecutionDidStart, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { cacheControlFromInfo, type CacheScope } from '@apollo/cache-control-types';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ObjMap } from 'graphql/jsutils/ObjMap.js';
import type { Path } from 'graphql/jsutils/Path.js';

/**
 * Cache-Control on POST /graphql for dashboard queries, by Apollo's
 * cache-control hints: root fields of Query named in `fields` get `maxAge`
 * seconds (nested fields inherit it through `@cacheControl(inheritMaxAge:
 * true)` in schema.graphql), and Apollo answers `Cache-Control: max-age=N,
 * public|private` when every field asked allows it and there is no error.
 *
 * Apollo's cache-control plugin works out each field's hint as the field is
 * resolved, which wraps the resolution of every field of every row (a
 * dashboard answer has tens of thousands). Here its listener is shown each
 * field of the operation once instead, before execution, as if it were
 * resolved (see {@link hintFields}), and no field's resolution is wrapped;
 * and only for queries that ask for at least one of `fields`, so other
 * requests pay nothing for it (their answers say `no-store`, as Apollo's
 * would). Install it beside ApolloServerPluginCacheControlDisabled()
 * (otherwise Apollo adds its own).
 */
export function dashboardCachePlugin(options: { fields: Iterable<string>; maxAge: number; scope: CacheScope }): ApolloServerPlugin {
  const fields = new Set(options.fields);
  const cacheControl = ApolloServerPluginCacheControl();
  return {
    async serverWillStart(service) {
      await cacheControl.serverWillStart?.(service);
    },
    async requestDidStart(requestContext) {
      let inner: GraphQLRequestListener<any> | void = undefined;
      return {
        async didResolveOperation({ operation }) {
          const asksForDashboards =
            operation?.operation === 'query' && operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && fields.has(s.name.value));
          if (asksForDashboards) inner = await cacheControl.requestDidStart?.(requestContext);
        },
        async executionDidStart(executionContext) {
          if (!inner) return;
          const listener = await inner.executionDidStart?.(executionContext);
          const willResolveField = listener?.willResolveField;
          if (!willResolveField) return;
          hintFields(executionContext, (params) => {
            // Apollo's listener first gives the field its `cacheControl`; the hint goes on top.
            const done = willResolveField(params);
            const { info } = params;
            if (info.parentType.name === 'Query' && fields.has(info.fieldName)) {
              cacheControlFromInfo(info).setCacheHint({ maxAge: options.maxAge, scope: options.scope });
            }
            return done;
          });
        },
        async willSendResponse(responseContext) {
          if (inner) await inner.willSendResponse?.(responseContext);
          // What Apollo's plugin says of every answer it cannot cache.
          else if (!responseContext.response.http.headers.has('cache-control')) responseContext.response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

type WillResolveField = (params: GraphQLFieldResolverParams<any, any>) => ((error: Error | null, result?: unknown) => void) | void;

/**
 * Calls `willResolveField` (and the callback it returns) once for every
 * field the operation selects, with the field's resolve info as graphql-js
 * would build it, in document order, children before their parent is done.
 * Every field is shown, whether or not the data would reach it (a field of a
 * fragment on another type, below an empty list or a null): the policy can
 * only come out stricter than one worked out during execution, never looser.
 * Fields of an interface or union are shown once for each object type that
 * can take its place.
 */
function hintFields(context: GraphQLRequestContextExecutionDidStart<any>, willResolveField: WillResolveField): void {
  const { schema, operation, document, contextValue } = context;
  const fragments: ObjMap<FragmentDefinitionNode> = Object.create(null);
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const root = schema.getRootType(operation.operation);
  if (!root) return;

  const applies = (typeCondition: string | undefined, type: GraphQLObjectType) => {
    if (!typeCondition || typeCondition === type.name) return true;
    const condition = schema.getType(typeCondition);
    return condition !== undefined && isAbstractType(condition) && schema.isSubType(condition, type);
  };

  const visit = (selectionSet: SelectionSetNode, parentType: GraphQLObjectType, path: Path | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, parentType)) visit(selection.selectionSet, parentType, path);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, parentType)) visit(fragment.selectionSet, parentType, path);
        continue;
      }
      const fieldName = selection.name.value;
      const field = parentType.getFields()[fieldName];
      // Meta-fields (__typename, __schema) are answered by graphql-js without a resolver, so Apollo never sees them.
      if (!field) continue;
      const fieldPath: Path = { prev: path, key: selection.alias?.value ?? fieldName, typename: parentType.name };
      const info: GraphQLResolveInfo = {
        fieldName,
        fieldNodes: [selection],
        returnType: field.type,
        parentType,
        path: fieldPath,
        schema,
        fragments,
        rootValue: undefined,
        operation,
        variableValues: context.request.variables ?? {},
      };
      const done = willResolveField({ source: undefined, args: {}, contextValue, info });
      const type = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(type)) {
        for (const objectType of isObjectType(type) ? [type] : schema.getPossibleTypes(type)) visit(selection.selectionSet, objectType, fieldPath);
      }
      done?.(null, undefined);
    }
  };
  visit(operation.selectionSet, root, undefined);
}
