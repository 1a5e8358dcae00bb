/** A `%substring%` pattern for ILIKE ... ESCAPE '\' that matches `text` literally (`%`, `_`, `\` included). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
