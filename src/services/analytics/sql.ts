/**
 * SQL building blocks of the analytics service: bound parameters, a window's
 * instants, and instants written as ISO 8601 with the offset of a time zone.
 * Everything is computed in PostgreSQL; these only assemble the text.
 */
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../lib/globalId.js';
import type { NodeTypeName } from '../../loaders/tables.js';
import { refuseInput } from './input.js';
import type { ResolvedWindow } from './window.js';

/** Binds values to $n placeholders while a statement is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];
  /** The placeholder of `value`, cast to `type` so PostgreSQL knows it even when null. */
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/** Placeholders for a window: its zone and both ends as timestamptz expressions. */
export interface WindowSql {
  zone: string;
  from: string;
  to: string;
}

/** Binds a window's zone and ends; a calendar date end means local midnight in the zone. */
export function bindWindow(p: SqlParams, window: ResolvedWindow): WindowSql {
  const zone = p.add(window.zone, 'text');
  const end = (instant: ResolvedWindow['from']) =>
    instant.kind === 'date' ? `(${p.add(instant.date, 'date')}::timestamp AT TIME ZONE ${zone})` : p.add(new Date(instant.epochMs).toISOString(), 'timestamptz');
  return { zone, from: end(window.from), to: end(window.to) };
}

/** `instant` (a timestamptz expression) as "YYYY-MM-DDTHH:MM:SS+HH:MM", the wall clock and offset in `zone`. */
export function isoInZone(instant: string, zone: string): string {
  const offset = `((${instant}) AT TIME ZONE ${zone} - (${instant}) AT TIME ZONE 'UTC')`;
  return `(to_char((${instant}) AT TIME ZONE ${zone}, 'YYYY-MM-DD"T"HH24:MI:SS')
    || CASE WHEN ${offset} < interval '0' THEN '-' ELSE '+' END
    || to_char(CASE WHEN ${offset} < interval '0' THEN -${offset} ELSE ${offset} END, 'HH24:MI'))`;
}

/** Local midnight of the calendar date `date` (a date expression) in `zone`, as a timestamptz expression. */
export function midnightOf(date: string, zone: string): string {
  return `((${date})::timestamp AT TIME ZONE ${zone})`;
}

/**
 * The database id behind a global ID of `type` that names a live fact. A
 * malformed ID, one of another type, or one naming nothing (or a retracted
 * fact) is refused with BAD_USER_INPUT and HTTP 400; the check is one
 * primary-key lookup through the request's loader, before any data SQL.
 */
export async function ensureLiveId(ctx: Context, globalId: string, type: NodeTypeName, argument: string): Promise<number> {
  const decoded = fromGlobalId(globalId);
  const shown = JSON.stringify(String(globalId).slice(0, 60));
  if (!decoded || decoded.type !== type) throw refuseInput(argument, `${argument} must be the ID of a ${type}, but got ${shown}.`);
  const row = await ctx.loaders.byId<{ retractedAt: Date | null }>(type).load(decoded.id);
  if (!row || row.retractedAt) throw refuseInput(argument, `No ${type} has the ID ${shown}${row ? ' any more (it was retracted)' : ''}.`);
  return decoded.id;
}

/** Runs one statement, turning PostgreSQL's refusal of a time zone (which Node.js knew) into BAD_USER_INPUT. */
export async function queryInZone<T>(ctx: Context, sql: string, params: unknown[], zone: string): Promise<T[]> {
  try {
    return await ctx.sql.query<T>(sql, params);
  } catch (error) {
    const code = (error as { code?: string; driverError?: { code?: string } }).code ?? (error as { driverError?: { code?: string } }).driverError?.code;
    if (code === '22023' && /time zone/i.test((error as Error).message)) {
      throw refuseInput('timeZone', `timeZone ${JSON.stringify(zone)} is not known to this server's database; use another IANA name for the same zone.`);
    }
    throw error;
  }
}
