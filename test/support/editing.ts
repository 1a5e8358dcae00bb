import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createApiToken, revokeApiToken, type ApiTokenRole } from '../../src/services/auth/apiTokens.js';
import { CONTRACT_DIR, ROOT } from './api.js';

/** The editing contract's operations, to be sent exactly as the file has them (pick one by operationName). */
export const EDITING = readFileSync(join(CONTRACT_DIR, 'editing.graphql'), 'utf8');

/** A fictional example source for edits in tests (not a real report). */
export const EXAMPLE_SOURCE = {
  title: 'EXAMPLE (fictional): Seventh round ends without a deal',
  publisher: 'Example Wire',
  publishedAt: '2020-03-19',
  url: 'https://example.org/fictional/round-7',
  text:
    'EXAMPLE ONLY, a made-up report for tests. The seventh round of the talks ended on Thursday in Los Angeles without a deal. ' +
    '"We remain apart on the total amount," Jeong said on Thursday. The South wants a one-year deal. ' +
    'The talks may resume in April. The talks may resume in April.',
};

/** Rows in every table of the public schema (migrations bookkeeping aside), by table. */
export async function countRows(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${name}"`))[0].n;
  return counts;
}

/** A fresh token with `role`; `revoked` revokes it at once. */
export async function makeToken(dataSource: DataSource, role: ApiTokenRole, name = `${role}-${Math.random().toString(36).slice(2, 8)}`, options: { revoked?: boolean } = {}) {
  const { token } = await createApiToken(dataSource, name, role);
  if (options.revoked) await revokeApiToken(dataSource, name);
  return { token, name };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/cli/kb.ts ...args` from the project root with `env` added (e.g. DATABASE_URL). */
export function runKb(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/kb.ts', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Posts one GraphQL operation over HTTP, with `token` as a Bearer token when given. */
export async function postGraphQL(url: string, body: { query: string; variables?: Record<string, unknown>; operationName?: string }, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}
