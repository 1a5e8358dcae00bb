import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Context } from './graphql/context.js';

/** The pg pool behind TypeORM's postgres driver (its counters are public API of pg.Pool). */
interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  /** Checkouts refused after DB_POOL_WAIT_MS (src/db/boundedPool.ts). */
  waitTimeouts?: number;
}

/** Prometheus metrics of one server: its own registry, so tests can build many. */
export function createMetrics(dataSource: DataSource) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kb_' });
  const pool = () => (dataSource.driver as unknown as { master?: PoolStats }).master;

  const requests = new Counter({
    name: 'kb_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kb_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'kb_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'kb_db_pool_connections_in_use',
    help: 'Database connections checked out of the pool.',
    registers: [registry],
    collect() {
      const p = pool();
      this.set(p ? p.totalCount - p.idleCount : 0);
    },
  });
  new Gauge({
    name: 'kb_db_pool_connections_idle',
    help: 'Open database connections waiting in the pool.',
    registers: [registry],
    collect() {
      this.set(pool()?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: 'kb_db_pool_waiting_requests',
    help: 'Queries waiting for a database connection.',
    registers: [registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });
  let waitTimeoutsSeen = 0;
  new Counter({
    name: 'kb_db_pool_wait_timeouts_total',
    help: 'Queries refused with SERVICE_OVERLOADED: no pooled connection became free within DB_POOL_WAIT_MS.',
    registers: [registry],
    collect() {
      const n = pool()?.waitTimeouts ?? 0;
      if (n > waitTimeoutsSeen) this.inc(n - waitTimeoutsSeen);
      waitTimeoutsSeen = n;
    },
  });
  const slowQueries = new Counter({ name: 'kb_db_slow_queries_total', help: 'SQL statements slower than DB_SLOW_QUERY_MS.', registers: [registry] });
  const escapedErrors = new Counter({
    name: 'kb_escaped_errors_total',
    help: 'Errors that escaped every handler (unhandled rejections, uncaught exceptions), by kind; each is a bug, logged with its request id.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });

  /** Records every operation's name, duration and error codes. */
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse({ operationName, response, errors: requestErrors }) {
          const operation = operationName ?? 'anonymous';
          end({ operation });
          const sent = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          requests.inc({ operation, outcome: sent.length || requestErrors?.length ? 'error' : 'ok' });
          for (const e of sent) errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };

  return { registry, plugin, slowQueries, escapedErrors };
}

export type Metrics = ReturnType<typeof createMetrics>;
