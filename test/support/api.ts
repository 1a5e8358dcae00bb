import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import type { ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../../src/graphql/context.js';
import { createHttpServer } from '../../src/http/createHttpServer.js';
import { projectRoot } from '../../src/lib/projectRoot.js';
import { buildApolloServer } from '../../src/server.js';
import { loadSeedDirectory } from '../../src/services/seeds/loadSeeds.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const ROOT = projectRoot(join(process.cwd(), 'package.json'));
export const CONTRACT_DIR = join(ROOT, '..', 'shared', 'contract');

export interface ExecuteResult {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the request issued. */
  statements: number;
}

export interface TestApi {
  db: TestDatabase;
  apollo: ApolloServer<Context>;
  /** Runs an operation in-process with a fresh context, as one HTTP request would. */
  execute(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<ExecuteResult>;
  /** Starts the real HTTP server on a free port; returns its /graphql URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

/** A migrated test database (seeded from seeds/ unless `seed: false`) behind the real Apollo server. */
export async function startTestApi(options: { seed?: boolean; maxPageSize?: number } = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  if (options.seed ?? true) await loadSeedDirectory(db.dataSource, join(ROOT, 'seeds'));
  const logger = pino({ level: 'silent' });
  const apollo = buildApolloServer({ schemaPath: join(ROOT, 'schema.graphql'), logger });
  await apollo.start();
  const maxPageSize = options.maxPageSize ?? 100;
  let server: Server | undefined;
  return {
    db,
    apollo,
    async execute(query, variables, operationName) {
      const contextValue = createContext(db.dataSource, { maxPageSize });
      const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental responses are not expected');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors as ExecuteResult['errors'], statements: contextValue.sql.statementCount };
    },
    async listen() {
      server = createHttpServer({ apollo, dataSource: db.dataSource, logger, maxPageSize });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    },
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await apollo.stop();
      await db.drop();
    },
  };
}
