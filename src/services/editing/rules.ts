/**
 * Rules every write obeys, whether it comes from the API, a seed file or
 * `kb ingest`: one statement of each, so the two paths cannot drift apart.
 */
import { abbreviate, type Anchor } from '../../lib/anchorExcerpt.js';

/** A DIRECT_QUOTE's text is the quoted words, so it must occur inside one of the excerpts that cite it. */
export function isQuotedIn(text: string, excerpts: readonly { excerpt: string }[]): boolean {
  return excerpts.some((a) => a.excerpt.includes(text));
}

/** The message for a direct quote whose words are in none of its excerpts. */
export function directQuoteMessage(text: string): string {
  return `a DIRECT_QUOTE's text must be the quoted words exactly, but "${abbreviate(text)}" is not in any of its excerpts`;
}

/** Anchors that repeat an earlier one (same offsets): a fact cites the same words once. */
export function repeatedAnchors(anchors: readonly Anchor[]): Anchor[] {
  const seen = new Set<string>();
  const repeated: Anchor[] = [];
  for (const a of anchors) {
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) repeated.push(a);
    seen.add(key);
  }
  return repeated;
}

/** Removes trailing whitespace (and a byte-order mark): the stored form of a source text, so excerpts can't straddle it. */
export function normalizeSourceText(text: string): string {
  return text.replace(/^\uFEFF/, '').trimEnd();
}

/** Whether a DateSpan-like pair is in order; a missing bound never is out of order. */
export function isInOrder(start: string | null | undefined, end: string | null | undefined): boolean {
  return start === null || start === undefined || end === null || end === undefined || end >= start;
}
