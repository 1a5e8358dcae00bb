import type { ApolloServerPlugin } from '@apollo/server';
import { cacheControlFromInfo, type CacheScope } from '@apollo/cache-control-types';

/**
 * Gives root fields of Query named in `fields` a cache hint of `maxAge`
 * seconds, so Apollo's cache-control plugin (which must be listed after this
 * one: Apollo calls willResolveField hooks in reverse order) answers them with `Cache-Control: max-age=...` when every field
 * asked allows it (nested fields inherit with `@cacheControl(inheritMaxAge: true)`).
 */
export function cacheHintsPlugin(options: { fields: Iterable<string>; maxAge: number; scope: CacheScope }): ApolloServerPlugin {
  const fields = new Set(options.fields);
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.parentType.name === 'Query' && fields.has(info.fieldName)) {
                cacheControlFromInfo(info).setCacheHint({ maxAge: options.maxAge, scope: options.scope });
              }
            },
          };
        },
      };
    },
  };
}
