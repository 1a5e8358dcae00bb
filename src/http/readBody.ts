import type { IncomingMessage } from 'node:http';

/** Thrown when a request body is over the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body is larger than ${limit} bytes`);
  }
}

/**
 * Reads a request body as UTF-8, refusing more than `limit` bytes. An
 * oversized body is drained (not kept) so the client can read the refusal;
 * past ten times the limit the connection is cut.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > 10 * limit) {
        reject(new BodyTooLargeError(limit));
        req.destroy();
      }
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLargeError(limit)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}
