/**
 * Opaque global IDs: base64url of "Type:id". Clients must not parse them;
 * the encoding may change.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global ID; null unless it is one `toGlobalId` could have made. */
export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  return { type: match[1], id };
}
