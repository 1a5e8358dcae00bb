import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** The process's structured JSON logger (pino). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'negotiation-kb' }, timestamp: pino.stdTimeFunctions.isoTime });
}
