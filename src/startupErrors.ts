import type { Config } from './config/index.js';

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * One line, for a person, on why startup failed: the port in use, the
 * database unreachable, a migration that failed, or the error's message.
 */
export function describeStartupError(error: unknown, config: Pick<Config, 'PORT' | 'HOST' | 'DATABASE_URL'>): string {
  const e = error as { code?: string; message?: string; syscall?: string; name?: string } | undefined;
  const message = (e?.message ?? String(error)).split('\n')[0];
  if (e?.code === 'EADDRINUSE') return `port ${config.PORT} on ${config.HOST} is already in use; stop what uses it or set PORT to another port.`;
  if (e?.code === 'EACCES' && e.syscall === 'listen') return `no permission to listen on port ${config.PORT}; choose a port above 1023 with PORT.`;
  const where = config.DATABASE_URL ? redact(config.DATABASE_URL) : 'the embedded PostgreSQL';
  if (e?.code && ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(e.code)) {
    return `cannot reach the database at ${where} (${e.code}); check DATABASE_URL and that PostgreSQL is running.`;
  }
  if (e?.code === '28P01' || e?.code === '28000') return `the database at ${where} refused the credentials (${e.code}); check DATABASE_URL.`;
  if (e?.code === '3D000') return `the database named in ${where} does not exist (${message}).`;
  if (e?.name === 'MigrationError') return `${message}; the database is as it was before that migration.`;
  if (/timeout/i.test(message)) return `the database at ${where} did not answer in time (${message}).`;
  return message;
}
