/**
 * `kb ingest`: loads source documents in the seed format (seeds/README.md)
 * into a database that is in use, through the same checks and the same
 * write path (FactStore: natural keys, version bumps, history) as seeding
 * and the API.
 */
import type { DataSource } from 'typeorm';
import { loadPlan, writePlan, type SeedFileReport } from './loadSeeds.js';
import { inspectSeedFile } from './planSeedFile.js';
import { SeedError, type SeedProblem } from './SeedError.js';

/** Who history names for ingested files unless told otherwise. */
export const INGEST_ACTOR = 'ingest';

/** What happened to one file: loaded (with its report), or refused (with every problem found). */
export type IngestOutcome = { file: string; ok: true; report: SeedFileReport } | { file: string; ok: false; problems: SeedProblem[] };

export interface IngestOptions {
  /** Check and write everything, then roll it all back; the outcomes say what would have happened. */
  dryRun?: boolean;
  /** Who history records as having made the changes (default "ingest"). */
  actor?: string;
  /** Called after each file, with the 1-based count of files done so far. */
  onProgress?: (file: string, done: number, total: number) => void;
}

/**
 * Ingests `files` in order, each in a transaction of its own: a file is
 * checked in full (YAML, schema, excerpts, dates, references) and either
 * written whole or not at all. A refused file does not stop the others
 * (one that relies on it is then refused for its missing references).
 * Loading a file again changes nothing. A dry run holds every file in one
 * transaction (a savepoint each), so later files see what earlier ones
 * would add, and rolls it back.
 */
export async function ingestFiles(dataSource: DataSource, files: string[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const actor = options.actor ?? INGEST_ACTOR;
  return options.dryRun ? dryRun(dataSource, files, actor, options.onProgress) : ingest(dataSource, files, actor, options.onProgress);
}

async function ingest(dataSource: DataSource, files: string[], actor: string, onProgress: IngestOptions['onProgress']): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const [i, file] of files.entries()) {
    const { plan, problems } = await inspectSeedFile(file);
    if (!plan) outcomes.push({ file, ok: false, problems });
    else {
      try {
        outcomes.push({ file, ok: true, report: await loadPlan(dataSource, plan, { dryRun: false, actor }) });
      } catch (error) {
        outcomes.push(refused(file, error));
      }
    }
    onProgress?.(file, i + 1, files.length);
  }
  return outcomes;
}

async function dryRun(dataSource: DataSource, files: string[], actor: string, onProgress: IngestOptions['onProgress']): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    for (const [i, file] of files.entries()) {
      const { plan, problems } = await inspectSeedFile(file);
      if (!plan) outcomes.push({ file, ok: false, problems });
      else {
        await runner.query('SAVEPOINT "ingest_file"');
        try {
          const report = await writePlan(runner, plan, actor);
          await runner.query('RELEASE SAVEPOINT "ingest_file"');
          outcomes.push({ file, ok: true, report });
        } catch (error) {
          await runner.query('ROLLBACK TO SAVEPOINT "ingest_file"');
          outcomes.push(refused(file, error));
        }
      }
      onProgress?.(file, i + 1, files.length);
    }
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
  return outcomes;
}

function refused(file: string, error: unknown): IngestOutcome {
  if (error instanceof SeedError) return { file, ok: false, problems: error.problems };
  throw error;
}
