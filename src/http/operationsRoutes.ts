import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** Whether the database answers and every migration is applied; never takes longer than `timeoutMs`. */
export async function checkReadiness(dataSource: DataSource, timeoutMs = 2_000): Promise<{ ready: boolean; reason?: string }> {
  try {
    const pending = await within(timeoutMs, dataSource.showMigrations());
    return pending ? { ready: false, reason: 'migrations pending' } : { ready: true };
  } catch (error) {
    return { ready: false, reason: `database unavailable: ${(error as Error).message.split('\n')[0]}` };
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
