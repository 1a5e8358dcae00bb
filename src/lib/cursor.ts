/**
 * Opaque pagination cursors: base64url JSON of a list tag (so a cursor from
 * one list or ordering is refused by another) and the position's key values.
 */
export function encodeCursor(tag: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

/** The key values of a cursor made by `encodeCursor(tag, ...)`, or null when it is not one. */
export function decodeCursor(tag: string, cursor: string): unknown[] | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed[0] !== tag) return null;
    return parsed.slice(1);
  } catch {
    return null;
  }
}
