import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/index.js';
import { createContext } from '../../src/graphql/context.js';
import { projectRoot } from '../../src/lib/projectRoot.js';
import { loadSeedDirectory } from '../../src/services/seeds/loadSeeds.js';
import type { SqlObserver } from '../../src/db/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const ROOT = projectRoot(join(process.cwd(), 'package.json'));
/** The API's promised operations, kept in the project (contract/*.graphql). */
export const CONTRACT_DIR = join(ROOT, 'contract');

export interface ExecuteResult {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the request issued. */
  statements: number;
}

export interface TestApi extends App {
  db: TestDatabase;
  /**
   * Runs an operation in-process with a fresh context, as one HTTP request
   * would; `token` is sent as `Authorization: Bearer <token>`.
   */
  execute(query: string, variables?: Record<string, unknown>, operationName?: string, options?: { token?: string }): Promise<ExecuteResult>;
  /** Starts the real HTTP server on a free port; returns its /graphql URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real app (createApp, as `npm start` builds it) on a fresh migrated test
 * database, seeded from seeds/ unless `seed: false`; `env` overrides settings
 * as environment variables would.
 */
export async function startTestApi(options: { seed?: boolean; env?: Record<string, string>; observer?: SqlObserver } = {}): Promise<TestApi> {
  const db = await createTestDatabase({ observer: options.observer });
  if (options.seed ?? true) await loadSeedDirectory(db.dataSource, join(ROOT, 'seeds'));
  const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
  const app = await createApp({ config, dataSource: db.dataSource, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), root: ROOT });
  let listening = false;
  return {
    ...app,
    db,
    async execute(query, variables, operationName, options) {
      const contextValue = createContext(db.dataSource, {
        maxPageSize: config.MAX_PAGE_SIZE,
        readsRequireToken: config.READS_REQUIRE_TOKEN,
        authorization: options?.token === undefined ? undefined : `Bearer ${options.token}`,
      });
      const response = await app.apollo.executeOperation({ query, variables, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental responses are not expected');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors as ExecuteResult['errors'], statements: contextValue.sql.statementCount };
    },
    async listen() {
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      listening = true;
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    },
    async stop() {
      if (listening) {
        app.server.closeAllConnections();
        await new Promise<void>((resolve) => app.server.close(() => resolve()));
      }
      await app.apollo.stop();
      await db.drop();
    },
  };
}
