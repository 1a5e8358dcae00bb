import type { Logger } from './logger.js';
import { ErrorCode } from './errors/index.js';
import { requestScope } from './http/requestScope.js';

/** Counts errors that escaped every handler, by kind ("rejection" or "exception"). */
export interface EscapedErrorCounter {
  inc(labels: { kind: 'rejection' | 'exception' }): void;
}

/**
 * Keeps the process serving when an error escapes every handler: an
 * unhandled promise rejection or an uncaught exception is logged at error
 * level with the request it came from (its request id), counted, and that
 * request, if it has not been answered yet, is answered with
 * INTERNAL_SERVER_ERROR; the process goes on. Such an error is always a bug:
 * the log line is what to report. Returns a function that removes the guards.
 */
export function guardProcess(logger: Logger, counter: () => EscapedErrorCounter | undefined): () => void {
  const report = (kind: 'rejection' | 'exception') => (error: unknown) => {
    const scope = requestScope.getStore();
    counter()?.inc({ kind });
    logger.error({ err: error, requestId: scope?.requestId, kind }, `an error escaped every handler (unhandled ${kind}); the process goes on`);
    const res = scope?.res;
    if (kind === 'exception' && res && !res.headersSent && !res.writableEnded) {
      // The code that would have answered this request may never run now.
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error; it has been logged.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
    }
  };
  const onRejection = report('rejection');
  const onException = report('exception');
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
