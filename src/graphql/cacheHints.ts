import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { cacheControlFromInfo, type CacheScope } from '@apollo/cache-control-types';
import { Kind } from 'graphql';

/**
 * Cache-Control on POST /graphql for dashboard queries, by Apollo's
 * cache-control hints: root fields of Query named in `fields` get `maxAge`
 * seconds (nested fields inherit it through `@cacheControl(inheritMaxAge:
 * true)` in schema.graphql), and Apollo answers `Cache-Control: max-age=N,
 * public|private` when every field asked allows it and there is no error.
 *
 * Apollo's cache-control plugin wraps the resolution of every field; here it
 * runs only for queries that ask for at least one of `fields`, so other
 * requests pay nothing for it (their answers say `no-store`, as Apollo's
 * would). Install it beside
 * ApolloServerPluginCacheControlDisabled() (otherwise Apollo adds its own).
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
          return {
            willResolveField(fieldContext) {
              // Apollo's listener first gives the field its `cacheControl`; the hint goes on top.
              const done = listener?.willResolveField?.(fieldContext);
              const { info } = fieldContext;
              if (info.parentType.name === 'Query' && fields.has(info.fieldName)) {
                cacheControlFromInfo(info).setCacheHint({ maxAge: options.maxAge, scope: options.scope });
              }
              return done;
            },
          };
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
