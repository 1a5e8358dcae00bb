/** One thing wrong with a seed file: where in it (a path like `statements[3].cite[0]`) and why. */
export interface SeedProblem {
  /** The path inside the file, e.g. `statements[3].cite[0]`; empty for the file as a whole. */
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** Formats a problem as `path (line n): message`. */
export function describeSeedProblem(problem: SeedProblem): string {
  const where = [problem.path || '(file)', problem.line !== undefined ? `(line ${problem.line})` : ''].filter(Boolean).join(' ');
  return `${where}: ${problem.message}`;
}

/**
 * A seed file was refused. The message names the file and every problem
 * found in it (path inside the file and reason); `problems` has them as data.
 */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SeedProblem[],
    options?: { cause?: unknown },
  ) {
    super(
      problems.length === 1
        ? `${file}: ${describeSeedProblem(problems[0])}`
        : `${file}: ${problems.length} problems:\n${problems.map((p) => `  - ${describeSeedProblem(p)}`).join('\n')}`,
      options,
    );
    this.name = 'SeedError';
  }
}
