/** Where an excerpt sits in a source text: `text.slice(start, end) === excerpt` (UTF-16 indices). */
export interface Anchor {
  excerpt: string;
  start: number;
  end: number;
}

/** Why an excerpt could not be anchored: which part of the citation is wrong, and a sentence saying why. */
export interface AnchorProblem {
  /** `excerpt` not in the text, `ambiguous` without `start`, or a `start` that is not an occurrence. */
  reason: 'not-found' | 'ambiguous' | 'bad-start' | 'blank';
  /** The part of the citation to fix. */
  at: 'excerpt' | 'start';
  message: string;
}

/** Every offset at which `excerpt` occurs in `text`, overlapping ones included, in order. */
export function findOccurrences(text: string, excerpt: string): number[] {
  const found: number[] = [];
  if (excerpt === '') return found;
  for (let i = text.indexOf(excerpt); i !== -1; i = text.indexOf(excerpt, i + 1)) found.push(i);
  return found;
}

/** An excerpt shortened for a message. */
export function abbreviate(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/**
 * Anchors an excerpt in a source text: it must occur verbatim; when it occurs
 * more than once, `start` must name one of its occurrences. `ambiguityHint`
 * ends the message for an ambiguous excerpt (how the caller gives `start`).
 */
export function anchorExcerpt(
  text: string,
  excerpt: string,
  start: number | null | undefined,
  ambiguityHint = 'give start with one of those offsets, or quote more words',
): { anchor: Anchor; problem?: undefined } | { anchor?: undefined; problem: AnchorProblem } {
  const shown = abbreviate(excerpt);
  if (excerpt.trim() === '') return { problem: { reason: 'blank', at: 'excerpt', message: 'an excerpt must not be blank' } };
  const at = findOccurrences(text, excerpt);
  if (at.length === 0) {
    return { problem: { reason: 'not-found', at: 'excerpt', message: `excerpt "${shown}" is not in the source text (excerpts must be copied verbatim)` } };
  }
  if (start !== undefined && start !== null) {
    if (at.includes(start)) return { anchor: { excerpt, start, end: start + excerpt.length } };
    return { problem: { reason: 'bad-start', at: 'start', message: `excerpt "${shown}" does not start at ${start}; it occurs at ${at.join(', ')}` } };
  }
  if (at.length > 1) {
    return {
      problem: { reason: 'ambiguous', at: 'excerpt', message: `excerpt "${shown}" is ambiguous: it occurs ${at.length} times (at ${at.join(', ')}); ${ambiguityHint}` },
    };
  }
  return { anchor: { excerpt, start: at[0], end: at[0] + excerpt.length } };
}
