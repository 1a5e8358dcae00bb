import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Registry } from 'prom-client';

/** Resolves to `value`, or rejects after `ms`. */
function within<T>(ms: number, value: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    value.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/**
 * Whether PostgreSQL can be reached and every migration is applied; never
 * takes longer than `timeoutMs`. It opens a connection of its own instead of
 * waiting for one from the pool: a pool whose connections are all busy is
 * overload (SERVICE_OVERLOADED), not an unreachable database.
 */
export async function checkReadiness(dataSource: DataSource, timeoutMs = 2_000): Promise<{ ready: boolean; reason?: string }> {
  const { url } = dataSource.options as { url?: string };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, application_name: 'negotiation-kb readiness' });
  client.on('error', () => {});
  try {
    const applied = await within(
      timeoutMs,
      client.connect().then(() => client.query<{ name: string }>(`SELECT "name" FROM "migrations"`).then((r) => new Set(r.rows.map((m) => m.name)), () => new Set<string>())),
    );
    const pending = dataSource.migrations.some((m) => !applied.has(m.name ?? m.constructor.name));
    return pending ? { ready: false, reason: 'migrations pending' } : { ready: true };
  } catch (error) {
    return { ready: false, reason: `database unavailable: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    client.end().catch(() => {});
  }
}

/**
 * /healthz (the process answers), /readyz (database reachable and migrated:
 * 200, else 503 within 2 s) and /metrics (Prometheus text format).
 */
export function createOperationsRoutes(dataSource: DataSource, registry: Registry) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/healthz') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok' }));
      return true;
    }
    if (path === '/readyz') {
      const { ready, reason } = await checkReadiness(dataSource);
      res.statusCode = ready ? 200 : 503;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(ready ? { status: 'ready' } : { status: 'unavailable', reason }));
      return true;
    }
    if (path === '/metrics') {
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
      return true;
    }
    return false;
  };
}
