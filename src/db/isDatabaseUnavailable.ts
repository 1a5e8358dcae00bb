/**
 * True when `error` means the database could not answer (down, unreachable,
 * restarting, timed out) rather than that the statement was wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown } | null;
  if (!e) return false;
  if (e.driverError && e.driverError !== e) return isDatabaseUnavailable(e.driverError);
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '57014', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code)) {
    return true;
  }
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Client has encountered a connection error|Connection ended unexpectedly/i.test(message);
}
