import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

/** What code running for one HTTP request can learn about that request, wherever it runs. */
export interface RequestScope {
  requestId: string;
  res: ServerResponse;
}

/**
 * The request each piece of asynchronous work belongs to. Node restores it
 * for `unhandledRejection` and `uncaughtException` handlers too, so an
 * error that escapes a request can still be told apart and answered.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();
