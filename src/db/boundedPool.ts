import pg from 'pg';

/**
 * Every pooled connection was busy for longer than the pool-wait bound: the
 * server is overloaded, the database may be perfectly fine.
 */
export class PoolWaitTimeoutError extends Error {
  readonly code = 'KB_POOL_WAIT_TIMEOUT';
  constructor(readonly waitedMs: number) {
    super(`no database connection became free within ${waitedMs} ms`);
    this.name = 'PoolWaitTimeoutError';
  }
}

export function isPoolWaitTimeout(error: unknown): error is PoolWaitTimeoutError {
  return error instanceof PoolWaitTimeoutError || (error as { driverError?: unknown } | null)?.driverError instanceof PoolWaitTimeoutError;
}

type Checkout = (err: Error | undefined, client?: pg.PoolClient, release?: (err?: Error | boolean) => void) => void;

/**
 * A pg module whose Pool keeps two waits apart: opening a new connection is
 * bounded by `connectionTimeoutMillis` (its failure means the database cannot
 * be reached), while waiting for a connection when all `max` are in use is
 * bounded by `poolWaitMs` and fails with PoolWaitTimeoutError (the server is
 * busy). pg.Pool alone bounds both with one timeout and one message, so an
 * overloaded server looked like an outage. Waiters are served first come,
 * first served; the pool's `waitTimeouts` counts those that gave up.
 * Pass the result as TypeORM's `driver` option.
 */
export function createBoundedPg(poolWaitMs: number): typeof pg {
  class BoundedPool extends pg.Pool {
    /** Checkouts that gave up after poolWaitMs, since the pool was made (read by /metrics). */
    waitTimeouts = 0;
    private readonly waiters: { start: () => void }[] = [];

    constructor(config?: pg.PoolConfig) {
      super(config);
      // A connection came back or went away: once pg has put it back (next tick), the longest waiter takes it.
      const wake = () => process.nextTick(() => {
        if (!this.isSaturated()) this.waiters.shift()?.start();
      });
      this.on('release', wake);
      this.on('remove', wake);
    }

    /** Whether every connection the pool may open is open and checked out. */
    private isSaturated(): boolean {
      return this.totalCount >= (this.options.max ?? 10) && this.idleCount === 0;
    }

    connect(): Promise<pg.PoolClient>;
    connect(callback: Checkout): void;
    connect(callback?: Checkout): Promise<pg.PoolClient> | void {
      if (!callback) {
        return new Promise((resolve, reject) => this.connect((err, client) => (err ? reject(err) : resolve(client!))));
      }
      if (!this.isSaturated() && this.waiters.length === 0) {
        super.connect(callback);
        return;
      }
      const waiter = {
        start: () => {
          clearTimeout(timer);
          super.connect(callback);
        },
      };
      const timer = setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index < 0) return;
        this.waiters.splice(index, 1);
        this.waitTimeouts++;
        callback(new PoolWaitTimeoutError(poolWaitMs));
      }, poolWaitMs);
      this.waiters.push(waiter);
    }
  }
  return { ...pg, Pool: BoundedPool } as typeof pg;
}
