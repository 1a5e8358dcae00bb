/**
 * Reader roles for BI tools (Metabase, Superset, psql): PostgreSQL login
 * roles that may read the `analytics` views and nothing else. Created and
 * dropped by `kb reader create|revoke NAME`; marked by a comment on the role
 * so that `revoke` never drops a role it did not create.
 */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The comment that marks a role as one of ours. */
export const READER_COMMENT = 'negotiation-kb analytics reader (kb reader create)';

/** A reader role could not be created or dropped; the message says why, for a person. */
export class ReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReaderError';
  }
}

/** Lower-case letters, digits and "_", starting with a letter: a name that needs no quoting anywhere. */
const ROLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

function ensureRoleName(name: string): string {
  if (!ROLE_NAME.test(name) || name.startsWith('pg_')) {
    throw new ReaderError(`A reader name is 1 to 63 lower-case letters, digits or "_", starting with a letter (and not "pg_"), but got ${JSON.stringify(name)}.`);
  }
  return name;
}

/** Whether `error` is PostgreSQL's refusal for lack of a privilege. */
function isPrivilegeError(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).code ?? (error as { driverError?: { code?: string } }).driverError?.code;
  return code === '42501';
}

export interface CreatedReader {
  name: string;
  /** postgres://NAME:PASSWORD@host:port/database: the only place the password is ever shown. */
  url: string;
}

/**
 * Creates login role `name` with a random password, allowed to connect to
 * this database and SELECT the `analytics` views (also those later
 * migrations add), in read-only transactions by default; it gets no
 * privilege on any table. One transaction: on failure nothing is left.
 * `databaseUrl` is the URL the server connects with; the reader's URL is the
 * same with the reader's name and password.
 */
export async function createReader(dataSource: DataSource, databaseUrl: string, name: string): Promise<CreatedReader> {
  const role = ensureRoleName(name);
  const [{ exists }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS "exists"`, [role]);
  if (exists) throw new ReaderError(`A database role named "${role}" already exists; choose another name, or revoke it first (kb reader revoke ${role}).`);
  const password = randomBytes(24).toString('base64url');
  const [{ database }] = await dataSource.query(`SELECT current_database() AS "database"`);
  try {
    await dataSource.transaction(async (manager) => {
      // Utility statements take no parameters; the name and password are checked to need no quoting.
      await manager.query(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT CONNECTION LIMIT 10`);
      await manager.query(`COMMENT ON ROLE "${role}" IS '${READER_COMMENT}'`);
      await manager.query(`ALTER ROLE "${role}" IN DATABASE "${database}" SET default_transaction_read_only = on`);
      await manager.query(`ALTER ROLE "${role}" IN DATABASE "${database}" SET search_path = analytics`);
      await manager.query(`GRANT CONNECT ON DATABASE "${database}" TO "${role}"`);
      await manager.query(`GRANT USAGE ON SCHEMA "analytics" TO "${role}"`);
      await manager.query(`GRANT SELECT ON ALL TABLES IN SCHEMA "analytics" TO "${role}"`);
      await manager.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "analytics" GRANT SELECT ON TABLES TO "${role}"`);
    });
  } catch (error) {
    if (isPrivilegeError(error)) throw new ReaderError(`The database user the server connects as may not create roles; give it CREATEROLE (or run this with a DATABASE_URL of a user that has it).`);
    throw error;
  }
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = password;
  return { name: role, url: url.toString() };
}

/** The reader roles `kb reader create` made, by name. */
export async function listReaders(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT rolname AS "name" FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = $1 ORDER BY rolname`,
    [READER_COMMENT],
  );
  return rows.map((r) => r.name);
}

/**
 * Ends the sessions of reader `name`, revokes everything it was granted in
 * this database and drops the role. Refuses a role `kb reader create` did not make.
 */
export async function revokeReader(dataSource: DataSource, name: string): Promise<void> {
  const role = ensureRoleName(name);
  const [row] = await dataSource.query(`SELECT shobj_description(oid, 'pg_authid') AS "comment" FROM pg_roles WHERE rolname = $1`, [role]);
  if (!row) throw new ReaderError(`No database role is named "${role}"; kb reader list shows the readers.`);
  if (row.comment !== READER_COMMENT) throw new ReaderError(`The role "${role}" was not made by kb reader create; it is left alone.`);
  // Best effort: a role may drop another's sessions only with pg_signal_backend (or as superuser).
  await dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`, [role]).catch(() => undefined);
  await dataSource.transaction(async (manager) => {
    await manager.query(`DROP OWNED BY "${role}"`);
    await manager.query(`DROP ROLE "${role}"`);
  });
}
