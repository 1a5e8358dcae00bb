/**
 * API tokens: created and revoked from the command line, stored only as the
 * SHA-256 of the secret, which is shown once when the token is made.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { API_TOKEN_ROLES, type ApiTokenRole } from '../../entities/ApiToken.js';

export { API_TOKEN_ROLES, type ApiTokenRole } from '../../entities/ApiToken.js';

/** Every token starts with this, so a leaked one is easy to recognize (and to search logs for). */
export const TOKEN_PREFIX = 'kb_';

/** What is known about a token, without its secret. */
export interface ApiTokenInfo {
  name: string;
  role: ApiTokenRole;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A token operation refused for a reason a person can act on (name taken, no such token). */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/** The stored form of a token: hex SHA-256 of the whole token string. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new secret: the prefix and 32 random bytes, base64url. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Whether `role` is one of reader, editor, admin. */
export function isApiTokenRole(role: string): role is ApiTokenRole {
  return (API_TOKEN_ROLES as readonly string[]).includes(role);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

/**
 * Creates a token named `name` (unique for ever: history names changes by
 * it) with `role`; returns the secret, which is not stored and cannot be
 * shown again. Throws TokenError for a bad or taken name or an unknown role.
 */
export async function createApiToken(dataSource: DataSource, name: string, role: string): Promise<{ token: string; info: ApiTokenInfo }> {
  if (!NAME.test(name)) {
    throw new TokenError(`a token name is 1-100 letters, digits, ".", "_", "@" or "-", starting with a letter or digit, but got ${JSON.stringify(name)}`);
  }
  if (!isApiTokenRole(role)) throw new TokenError(`role must be one of ${API_TOKEN_ROLES.join(', ')}, but got ${JSON.stringify(role)}`);
  const token = generateToken();
  const rows: { created_at: Date }[] = await dataSource.query(
    `INSERT INTO "api_token" ("name", "role", "token_hash") VALUES ($1, $2, $3) ON CONFLICT ("name") DO NOTHING RETURNING "created_at"`,
    [name, role, hashToken(token)],
  );
  if (rows.length === 0) throw new TokenError(`a token named "${name}" already exists (names are never reused, revoked tokens included); choose another name`);
  return { token, info: { name, role, createdAt: rows[0].created_at, revokedAt: null } };
}

/** Every token, oldest first, without secrets. */
export async function listApiTokens(dataSource: DataSource): Promise<ApiTokenInfo[]> {
  return dataSource.query(`SELECT "name", "role", "created_at" AS "createdAt", "revoked_at" AS "revokedAt" FROM "api_token" ORDER BY "created_at", "id"`);
}

/** Revokes the token named `name` at once; throws TokenError when there is none or it is already revoked. */
export async function revokeApiToken(dataSource: DataSource, name: string): Promise<ApiTokenInfo> {
  const rows: ApiTokenInfo[] = await dataSource.query(
    `WITH revoked AS (
       UPDATE "api_token" SET "revoked_at" = now() WHERE "name" = $1 AND "revoked_at" IS NULL
       RETURNING "name", "role", "created_at" AS "createdAt", "revoked_at" AS "revokedAt")
     SELECT * FROM revoked`,
    [name],
  );
  if (rows.length > 0) return rows[0];
  const [existing] = await dataSource.query(`SELECT "revoked_at" FROM "api_token" WHERE "name" = $1`, [name]);
  throw new TokenError(existing ? `the token "${name}" was already revoked at ${(existing.revoked_at as Date).toISOString()}` : `there is no token named "${name}"`);
}
