/**
 * Where a fact's cited words stand in its source's text. Pure functions (no
 * DOM): the source viewer renders what they return.
 */

/** A citation as the API returns it: `text.slice(start, end) === excerpt`, UTF-16 indices. */
export interface CitationRange {
  excerpt: string;
  start: number;
  end: number;
}

/** A piece of an excerpt: plain cited words, or the quoted words inside them. */
export interface ExcerptPart {
  kind: 'cited' | 'quote';
  text: string;
}

/** A piece of the source text: uncited text, or one cited excerpt (overlapping ones merged). */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'excerpt'; start: number; end: number; parts: ExcerptPart[] };

/**
 * Cuts `text` into uncited text and cited excerpts, from the citations'
 * offsets (never by searching for the excerpt, which may occur twice).
 * Overlapping or touching citations become one excerpt. `quote`, when given
 * (a direct quote's words), is marked inside every excerpt that contains it,
 * at its first place there. Throws when a citation does not match the text,
 * so a wrong highlight is never shown.
 */
export function pieceText(text: string, citations: readonly CitationRange[], quote?: string): TextPiece[] {
  for (const c of citations) {
    if (!(c.start >= 0 && c.end <= text.length && c.start < c.end) || text.slice(c.start, c.end) !== c.excerpt) {
      throw new Error(`expected the source text at ${c.start}–${c.end} to read "${c.excerpt}", but it does not`);
    }
  }
  const ranges = [...citations].sort((a, b) => a.start - b.start).map((c) => [c.start, c.end] as [number, number]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) pieces.push({ kind: 'text', text: text.slice(at, start) });
    pieces.push({ kind: 'excerpt', start, end, parts: partsOf(text.slice(start, end), quote) });
    at = end;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

/** The excerpt as cited words with `quote` marked at its first place, if it is there. */
function partsOf(excerpt: string, quote: string | undefined): ExcerptPart[] {
  const index = quote ? excerpt.indexOf(quote) : -1;
  if (!quote || index < 0) return [{ kind: 'cited', text: excerpt }];
  const parts: ExcerptPart[] = [];
  if (index > 0) parts.push({ kind: 'cited', text: excerpt.slice(0, index) });
  parts.push({ kind: 'quote', text: quote });
  if (index + quote.length < excerpt.length) parts.push({ kind: 'cited', text: excerpt.slice(index + quote.length) });
  return parts;
}
