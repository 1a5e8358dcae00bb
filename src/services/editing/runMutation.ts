import type { Context } from '../../graphql/context.js';
import { isPoolWaitTimeout } from '../../db/boundedPool.js';
import { isDatabaseUnavailable } from '../../db/isDatabaseUnavailable.js';
import { CodedError, ErrorCode, serviceOverloaded } from '../../errors/index.js';
import { requireRole } from '../auth/authorize.js';
import { factCatalog } from './factCatalog.js';
import { FactStore, type FactRow } from './factStore.js';
import { MutationScope } from './MutationScope.js';
import { sqlOn } from './sql.js';
import type { MutationResult, UserError } from './userErrors.js';

/** Unwinds a transaction that recorded user errors; never leaves runMutation. */
class RollBack extends Error {}

/**
 * Runs one mutation: requires an editor (or admin) token (throws
 * UNAUTHENTICATED / FORBIDDEN before anything is read), then `write` in one
 * transaction whose history names the token. Any user error rolls the whole
 * transaction back and comes back as data; so do database refusals a caller
 * can fix (a natural key taken meanwhile, a fact left uncited at commit,
 * a concurrent change). Anything else is thrown. On success the request's
 * loaders are emptied (their caches may predate the write) and primed with
 * the written row.
 */
export async function runMutation<T extends FactRow>(ctx: Context, write: (m: MutationScope) => Promise<T | null>): Promise<MutationResult<T>> {
  const principal = await requireRole(ctx.auth, 'editor', 'writing');
  const catalog = factCatalog(ctx.dataSource);
  let scope: MutationScope | undefined;
  try {
    const node = await ctx.dataSource.transaction(async (manager) => {
      const sql = sqlOn(manager.queryRunner!, () => ctx.sql.statementCount++);
      scope = new MutationScope(new FactStore(sql, catalog, principal.name));
      const result = await write(scope);
      if (scope.failed) throw new RollBack();
      if (result === null) throw new Error('a mutation wrote nothing but recorded no user error');
      // The deferred "every fact is cited" triggers fire here rather than at COMMIT, where a refusal would be harder to map.
      await sql.query('SET CONSTRAINTS ALL IMMEDIATE');
      return result;
    });
    ctx.loaders.reset();
    ctx.loaders.byId(node.__typename).prime(node.id, node);
    return { node, userErrors: [] };
  } catch (error) {
    if (error instanceof RollBack) return { node: null, userErrors: scope!.errors };
    const userError = userErrorOfDatabaseError(error);
    if (userError) return { node: null, userErrors: [userError] };
    if (isPoolWaitTimeout(error)) throw serviceOverloaded();
    if (isDatabaseUnavailable(error)) throw new CodedError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
    throw error;
  }
}

/** Check constraints the services check first; should one still fire, the input field it concerns and why. */
const CHECKS: Record<string, { field: string[]; message: string }> = {
  chk_round_dates: { field: ['input', 'endDate'], message: 'endDate must not be before startDate' },
  chk_round_number_positive: { field: ['input', 'number'], message: 'a round number is 1 or more' },
  chk_agreement_effective_period: { field: ['input', 'effectiveTo'], message: 'effectiveTo must not be before effectiveFrom' },
  chk_statement_stated_span: { field: ['input', 'statedOn', 'end'], message: 'statedOn.end must not be before statedOn.start' },
  chk_figure_as_of_span: { field: ['input', 'asOf', 'end'], message: 'asOf.end must not be before asOf.start' },
  chk_statement_one_speaker: { field: ['input', 'speakerId'], message: 'a statement has exactly one speaker' },
};

/**
 * The user error for a database refusal the caller can act on, or null.
 * Messages never carry SQL, table or constraint names.
 */
export function userErrorOfDatabaseError(error: unknown): UserError | null {
  const e = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: string; constraint?: string; message?: string };
  switch (e?.code) {
    case '23514':
      if (/has no citation/.test(e.message ?? '')) {
        return { field: ['input', 'citations'], code: 'INVALID', message: 'every fact needs at least one citation: an excerpt of a source that states it' };
      }
      if (e.constraint && CHECKS[e.constraint]) return { ...CHECKS[e.constraint], code: 'INVALID' };
      if (e.constraint?.endsWith('_not_blank')) return { field: ['input'], code: 'INVALID', message: 'a required text must not be blank' };
      return { field: ['input'], code: 'INVALID', message: 'the values are inconsistent with each other' };
    case '23505':
      return { field: ['input'], code: 'DUPLICATE', message: 'a fact with the same natural key was added by another request at the same time; look it up and edit it instead' };
    case '23503':
      return { field: ['input'], code: 'NOT_FOUND', message: 'a fact this one refers to does not exist' };
    case '40001':
    case '40P01':
      return { field: ['input'], code: 'CONFLICT', message: 'another change to the same facts ran at the same time; try again' };
    case '22003':
    case '22008':
      return { field: ['input'], code: 'INVALID', message: 'a value is out of range' };
    default:
      return null;
  }
}
