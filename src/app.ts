import type { Server } from 'node:http';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { Config } from './config/index.js';
import type { Context } from './graphql/context.js';
import { createHttpServer } from './http/createHttpServer.js';
import { createOperationsRoutes } from './http/operationsRoutes.js';
import { createIdeHandler } from './ide/serveIde.js';
import type { Logger } from './logger.js';
import { createOverviewHandler } from './overview/serveOverview.js';
import { createMetrics, type Metrics } from './metrics.js';
import { buildApolloServer } from './server.js';

export interface App {
  apollo: ApolloServer<Context>;
  server: Server;
  metrics: Metrics;
}

/**
 * Assembles the service on an open DataSource: Apollo with the query limits
 * and metrics, the IDE, the overview page at /, /healthz, /readyz and /metrics, behind one HTTP
 * server (not yet listening). main.ts and the tests build it the same way.
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
    plugins: [metrics.plugin],
  });
  await apollo.start();
  const ide = createIdeHandler({ assetDir: join(root, 'dist', 'ide') });
  const overview = createOverviewHandler({ assetDir: join(root, 'dist', 'overview') });
  const server = createHttpServer({
    apollo,
    dataSource,
    logger,
    maxPageSize: config.MAX_PAGE_SIZE,
    readsRequireToken: config.READS_REQUIRE_TOKEN,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxBatch: config.MAX_BATCH,
    corsOrigins: config.CORS_ORIGINS,
    routes: createOperationsRoutes(dataSource, metrics.registry),
    ideHandler: (req, res) => ide(req, res) || overview(req, res),
  });
  return { apollo, server, metrics };
}
