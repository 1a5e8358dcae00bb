import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A strong ETag for exact bytes: the same representation always gets the same tag, any change a new one. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** Whether `If-None-Match` names `etag` (or is `*`), so a 304 may replace the body. */
export function matchesIfNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  // Weak comparison, as RFC 9110 prescribes for If-None-Match.
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag);
}

/** Seconds of `max-age` in a Cache-Control header, or 0. */
function maxAgeOf(cacheControl: unknown): number {
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(String(cacheControl ?? ''));
  return match && !/no-store/.test(String(cacheControl)) ? Number(match[1]) : 0;
}

/**
 * For a 200 answer that its Cache-Control lets clients keep (max-age > 0),
 * sets a strong ETag and, when the request's If-None-Match names it, answers
 * 304 Not Modified without a body. Returns true when it answered.
 */
export function answerIfNotModified(req: IncomingMessage, res: ServerResponse, status: number, body: string): boolean {
  if (status !== 200 || maxAgeOf(res.getHeader('cache-control')) === 0) return false;
  const etag = strongEtag(body);
  res.setHeader('etag', etag);
  if (!matchesIfNoneMatch(req, etag)) return false;
  res.statusCode = 304;
  res.removeHeader('content-type');
  res.removeHeader('content-length');
  res.end();
  return true;
}
