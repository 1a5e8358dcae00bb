/**
 * Who is asking, and whether they may: `Authorization: Bearer <token>`
 * resolved lazily (one statement, only when an operation needs it), roles
 * reader < editor < admin. Authentication failures are thrown errors, not
 * userErrors: UNAUTHENTICATED (no, unknown or revoked token) or FORBIDDEN
 * (the role may not do this).
 */
import { CodedError, ErrorCode } from '../../errors/index.js';
import type { ApiTokenRole } from '../../entities/ApiToken.js';
import type { RequestSql } from '../../loaders/sql.js';
import { hashToken } from './apiTokens.js';

/** The holder of a valid token. */
export interface Principal {
  /** The token's name; history records changes under it. */
  name: string;
  role: ApiTokenRole;
}

/** What the request's Authorization header turned out to be. */
export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'token'; principal: Principal };

/** Per-request authentication state, kept in the GraphQL context. */
export interface RequestAuth {
  /** True when reads, too, need a valid token (READS_REQUIRE_TOKEN). */
  readsRequireToken: boolean;
  /** Resolves the Authorization header once per request; later calls share the answer. */
  authenticate(): Promise<Authentication>;
}

const RANK: Record<ApiTokenRole, number> = { reader: 1, editor: 2, admin: 3 };

/** Builds the lazy per-request authentication for `header` (the raw Authorization header, if any). */
export function createRequestAuth(sql: RequestSql, header: string | null | undefined, readsRequireToken: boolean): RequestAuth {
  let answer: Promise<Authentication> | undefined;
  return { readsRequireToken, authenticate: () => (answer ??= authenticate(sql, header)) };
}

/** Resolves an Authorization header: anonymous without one, invalid unless it is `Bearer <live token>`. */
export async function authenticate(sql: RequestSql, header: string | null | undefined): Promise<Authentication> {
  if (header === undefined || header === null || header.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header);
  if (!match) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <token>".' };
  const [row] = await sql.query<{ name: string; role: ApiTokenRole; revoked: boolean }>(
    `SELECT "name", "role", "revoked_at" IS NOT NULL AS "revoked" FROM "api_token" WHERE "token_hash" = $1`,
    [hashToken(match[1])],
  );
  if (!row) return { kind: 'invalid', reason: 'The token is not valid.' };
  if (row.revoked) return { kind: 'invalid', reason: `The token "${row.name}" was revoked.` };
  return { kind: 'token', principal: { name: row.name, role: row.role } };
}

/**
 * The principal allowed to do `action` with at least `role`; throws
 * UNAUTHENTICATED without a valid token, FORBIDDEN for a lesser role.
 */
export async function requireRole(auth: RequestAuth, role: ApiTokenRole, action: string): Promise<Principal> {
  const result = await auth.authenticate();
  if (result.kind === 'anonymous') {
    throw new CodedError(ErrorCode.UNAUTHENTICATED, `${capitalize(action)} needs a token with the ${role} role or higher, sent as "Authorization: Bearer <token>".`);
  }
  if (result.kind === 'invalid') throw new CodedError(ErrorCode.UNAUTHENTICATED, `${result.reason} ${capitalize(action)} needs a valid token.`);
  if (RANK[result.principal.role] < RANK[role]) {
    throw new CodedError(ErrorCode.FORBIDDEN, `The token "${result.principal.name}" has the ${result.principal.role} role; ${action} needs ${role} or higher.`);
  }
  return result.principal;
}

/** Lets a read through: always when reads are open, otherwise only with a valid token of any role. */
export async function ensureReadAllowed(auth: RequestAuth): Promise<void> {
  if (!auth.readsRequireToken) return;
  await requireRole(auth, 'reader', 'reading');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
