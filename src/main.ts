import { isAbsolute, join } from 'node:path';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config/index.js';
import { openDatabase, type OpenDatabase } from './db/openDatabase.js';
import { createApp } from './app.js';
import { projectRoot } from './lib/projectRoot.js';
import { createLogger, type Logger } from './logger.js';
import { describeSeedConflict, loadSeedDirectory } from './services/seeds/loadSeeds.js';
import { describeStartupError } from './startupErrors.js';
import { guardProcess } from './guardProcess.js';
import { warmUp } from './overview/warmUp.js';

/** Listens on host:port; rejects with the listen error (e.g. EADDRINUSE). */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the knowledge base: configuration, database (embedded unless
 * DATABASE_URL), migrations, seeds, then GraphQL over HTTP; stops cleanly on
 * SIGINT/SIGTERM. Startup failures print one line and exit 1.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const logger: Logger = createLogger(config.LOG_LEVEL);
  const root = projectRoot();
  let db: OpenDatabase | undefined;
  let server: Server | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  guardProcess(logger, () => app?.metrics.escapedErrors);
  try {
    db = await openDatabase(config, {
      log: (message) => logger.info(message),
      observer: {
        onSlowQuery: (ms, sql) => {
          app?.metrics.slowQueries.inc();
          logger.warn({ ms, sql: sql.slice(0, 500) }, 'slow query');
        },
      },
    });
    if (config.SEED_ON_START) {
      const seedsDir = isAbsolute(config.SEEDS_DIR) ? config.SEEDS_DIR : join(root, config.SEEDS_DIR);
      const reports = await loadSeedDirectory(db.dataSource, seedsDir);
      for (const r of reports) {
        logger.info({ file: r.file, added: r.added, changed: r.changed }, 'seed file loaded');
        for (const conflict of r.conflicts) logger.warn({ conflict }, `seed conflict: ${describeSeedConflict(conflict)}`);
      }
    }
    app = await createApp({ config, dataSource: db.dataSource, logger, root });
    server = app.server;
    await listen(server, config.PORT, config.HOST);
    const base = `http://${config.HOST}:${config.PORT}`;
    logger.info(`overview at ${base}/, GraphQL API and IDE at ${base}/graphql`);
    installShutdown(server, app.apollo, db, logger, config.SHUTDOWN_GRACE_MS);
    if (config.WARM_UP_ON_START) {
      void warmUp(server.address()).then((result) =>
        'ms' in result ? logger.info({ ms: result.ms, requests: result.requests }, 'warmed up: visited the overview page once') : logger.warn({ reason: result.error }, 'warm-up skipped'),
      );
    }
  } catch (error) {
    process.stderr.write(`error: ${describeStartupError(error, config)}\n`);
    logger.debug({ err: error }, 'startup failed');
    server?.close();
    await db?.close().catch(() => {});
    process.exit(1);
  }
}

/** SIGINT/SIGTERM: stop accepting, let in-flight requests finish (bounded), close the pool, stop the database, exit 0. */
function installShutdown(server: Server, apollo: { stop(): Promise<void> }, db: OpenDatabase, logger: Logger, graceMs: number): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearTimeout(force);
    logger.debug('http server closed');
    await apollo.stop().catch((err) => logger.warn({ err }, 'apollo stop failed'));
    logger.debug('apollo stopped');
    await db.close().catch((err) => logger.warn({ err }, 'database close failed'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
