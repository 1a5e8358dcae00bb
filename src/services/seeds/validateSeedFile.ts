import type { SeedProblem } from './SeedError.js';
import { describeReference, inspectSeedFile, type SeedReference } from './planSeedFile.js';

/** The result of checking a seed file without a database. */
export interface SeedValidation {
  file: string;
  /** True when the file has no problems (its external references may still be missing from a database). */
  ok: boolean;
  problems: SeedProblem[];
  /** Facts the file names but does not declare: they must exist in the database when it is loaded. */
  mustExistInDatabase: Array<SeedReference & { description: string }>;
}

/**
 * Checks `file` fully without a database: YAML and the schema, every excerpt
 * found verbatim and unambiguously in the source text, dates real, resolvable
 * and consistent (end >= start, wording agreeing with explicit dates), and
 * references resolved within the file or listed as needing the database.
 * Never throws for a bad file; the problems are in the result.
 */
export async function validateSeedFile(file: string): Promise<SeedValidation> {
  const { problems, externalReferences } = await inspectSeedFile(file);
  return {
    file,
    ok: problems.length === 0,
    problems,
    mustExistInDatabase: externalReferences.map((ref) => ({ ...ref, description: describeReference(ref) })),
  };
}
