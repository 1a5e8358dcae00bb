import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { Config } from './config/index.js';
import { dashboardCachePlugin } from './graphql/cacheHints.js';
import { createContext, type Context } from './graphql/context.js';
import { httpStatusPlugin } from './graphql/httpStatus.js';
import { DASHBOARD_FIELDS } from './graphql/resolvers/dashboards.js';
import { makeExecutableSchemaFromSdl } from './graphql/schema.js';
import { createHttpServer } from './http/createHttpServer.js';
import { createOperationsRoutes } from './http/operationsRoutes.js';
import { createSavedQueriesRoute, loadSavedOperations } from './http/savedQueries.js';
import { createIdeHandler } from './ide/serveIde.js';
import type { Logger } from './logger.js';
import { createFirstAnswers } from './overview/firstAnswers.js';
import { createOverviewHandler } from './overview/serveOverview.js';
import { createMetrics, type Metrics } from './metrics.js';
import { buildApolloServer } from './server.js';

export interface App {
  apollo: ApolloServer<Context>;
  server: Server;
  metrics: Metrics;
}

/**
 * Assembles the service on an open DataSource: Apollo with the query limits,
 * cache hints, HTTP statuses and metrics, the IDE, the overview page at /, the saved queries
 * (GET /api/<OperationName>, from contract/), /healthz, /readyz and
 * /metrics, behind one HTTP server (not yet listening). main.ts and the
 * tests build it the same way.
 */
export async function createApp(options: { config: Config; dataSource: DataSource; logger: Logger; root: string }): Promise<App> {
  const { config, dataSource, logger, root } = options;
  const metrics = createMetrics(dataSource);
  const apollo = buildApolloServer({
    schemaPath: join(root, 'schema.graphql'),
    logger,
    introspection: config.INTROSPECTION,
    allowBatchedHttpRequests: config.MAX_BATCH > 0,
    limits: {
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxTokens: config.MAX_TOKENS,
      maxCost: config.MAX_COST,
      maxPageSize: config.MAX_PAGE_SIZE,
    },
    plugins: [
      // Dashboards' answers carry Cache-Control (and so an ETag) on /graphql too.
      dashboardCachePlugin({ fields: DASHBOARD_FIELDS, maxAge: config.API_CACHE_MAX_AGE, scope: config.READS_REQUIRE_TOKEN ? 'PRIVATE' : 'PUBLIC' }),
      httpStatusPlugin(),
      metrics.plugin,
    ],
  });
  await apollo.start();
  const contextFor = async (req: IncomingMessage) =>
    createContext(dataSource, { maxPageSize: config.MAX_PAGE_SIZE, authorization: req.headers.authorization, readsRequireToken: config.READS_REQUIRE_TOKEN });
  // A second executable schema for graphql-js to check saved queries' parameters (custom scalars included).
  const schema = makeExecutableSchemaFromSdl(readFileSync(join(root, 'schema.graphql'), 'utf8'));
  const savedQueries = createSavedQueriesRoute({
    apollo,
    schema,
    operations: loadSavedOperations(schema, join(root, 'contract')),
    contextFor,
    cacheMaxAge: config.API_CACHE_MAX_AGE,
    private: config.READS_REQUIRE_TOKEN,
  });
  const operationsRoutes = createOperationsRoutes(dataSource, metrics.registry);
  const ide = createIdeHandler({ assetDir: join(root, 'dist', 'ide') });
  const overviewDir = join(root, 'dist', 'overview');
  const overview = createOverviewHandler({
    assetDir: overviewDir,
    firstAnswers: createFirstAnswers({ apollo, contextFor }),
  });
  const server = createHttpServer({
    apollo,
    dataSource,
    logger,
    maxPageSize: config.MAX_PAGE_SIZE,
    readsRequireToken: config.READS_REQUIRE_TOKEN,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxHeaderBytes: config.MAX_HEADER_BYTES,
    maxBatch: config.MAX_BATCH,
    corsOrigins: config.CORS_ORIGINS,
    contextFor,
    routes: async (req, res) => (await operationsRoutes(req, res)) || savedQueries(req, res),
    ideHandler: (req, res) => ide(req, res) || overview(req, res),
  });
  return { apollo, server, metrics };
}
