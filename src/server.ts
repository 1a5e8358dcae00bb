import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { argumentChecksPlugin } from './graphql/checkArguments.js';
import { costLimitPlugin, isLimitError, limitValidationRules, type QueryLimits } from './graphql/limits.js';
import { makeExecutableSchemaFromSdl } from './graphql/schema.js';
import type { Context } from './graphql/context.js';
import { ErrorCode } from './errors/index.js';
import type { Logger } from './logger.js';

/** The codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

export interface BuildServerOptions {
  schemaPath: string;
  logger: Logger;
  introspection?: boolean;
  limits: QueryLimits;
  /** Turn off for a server that answers single operations only. */
  allowBatchedHttpRequests?: boolean;
  plugins?: ApolloServerPlugin<Context>[];
}

/**
 * Formats every error for the client: coded errors pass, anything unexpected
 * is logged whole and sent as INTERNAL_SERVER_ERROR with no stack, SQL or
 * table names.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isLimitError(formatted.message)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const code = requestRefusalCode(original, formatted) ?? formatted.extensions?.code;
    if (code !== formatted.extensions?.code) return { ...formatted, extensions: { code } };
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && (original instanceof GraphQLError || code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error; it has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * The code of a request Apollo refused without one (it answers 4xx but
 * codes it INTERNAL_SERVER_ERROR): an automatic persisted query with a wrong
 * version or hash is PERSISTED_QUERY_INVALID, anything else BAD_REQUEST.
 * Undefined for every other error.
 */
function requestRefusalCode(original: unknown, formatted: GraphQLFormattedError): ErrorCode | undefined {
  if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR || !(original instanceof GraphQLError)) return undefined;
  const status = (original.extensions?.http as { status?: number } | undefined)?.status;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  return /persisted query|sha does not match/i.test(original.message) ? ErrorCode.PERSISTED_QUERY_INVALID : ErrorCode.BAD_REQUEST;
}

/** Builds the Apollo server from schema.graphql (the source of truth) and the resolvers. */
export function buildApolloServer(options: BuildServerOptions): ApolloServer<Context> {
  const schema = makeExecutableSchemaFromSdl(readFileSync(options.schemaPath, 'utf8'));
  return new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: options.allowBatchedHttpRequests ?? true,
    // main.ts owns shutdown (drain HTTP, close the pool, stop the database, exit 0).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: limitValidationRules(options.limits),
    formatError: createErrorFormatter(options.logger),
    // The IDE is our own offline bundle (src/ide); Apollo's landing page would load from a CDN.
    // Apollo's cache-control plugin would wrap every field of every request; dashboard
    // queries get it through dashboardCachePlugin (src/graphql/cacheHints.ts) alone.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(() => schema, options.limits),
      argumentChecksPlugin(() => schema, options.limits.maxPageSize),
      ...(options.plugins ?? []),
    ],
  });
}
