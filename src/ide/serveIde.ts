import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Where the IDE's bundled files are served; scripts/build-ide.mjs writes URLs under it. */
export const IDE_ASSET_PATH = '/ide/';

/**
 * The policy sent with the IDE: every script, stylesheet, font, image, worker
 * and request must come from this server, so the browser itself refuses to
 * reach anywhere else. `data:` fonts and images are GraphiQL's own inlined ones.
 * Monaco positions every line with inline styles and injects <style> elements,
 * so styles need 'unsafe-inline'; that opens no way out, since whatever a style
 * could load (fonts, images) is held to 'self' and data: by the rules below.
 * No 'unsafe-eval' and no blob: workers: the bundle needs neither.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** esbuild's `[name]-[hash]` names: such a file never changes, so browsers may keep it for good. */
export const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** A path segment as esbuild names files; anything else (`..`, `%2f`, `\`) is refused. */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Settings of {@link createIdeHandler}. */
export interface IdeHandlerOptions {
  /** The directory scripts/build-ide.mjs wrote (index.html and the hashed files), e.g. dist/ide. */
  assetDir: string;
  /** The GraphQL endpoint's path, where a browser gets the IDE. Default `/graphql`. */
  graphqlPath?: string;
}

/**
 * Returns a request handler for the GraphiQL IDE that answers true when it
 * handled the request: a GET or HEAD of `graphqlPath` that prefers text/html
 * (a browser navigating there) gets index.html, or a 503 naming the build step
 * when the IDE is not built; a GET or HEAD of `/ide/<file>` gets that file of
 * `assetDir` with its content type. Everything else, including a missing or
 * malformed asset path, answers false and is left untouched for the next
 * handler (Apollo), so POSTs to `graphqlPath` never stop here.
 */
export function createIdeHandler(options: IdeHandlerOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const assetDir = resolve(options.assetDir);
  const graphqlPath = options.graphqlPath ?? '/graphql';

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = pathnameOf(req.url);
    if (pathname === undefined) return false;

    if (pathname === graphqlPath) {
      if (!prefersHtml(req.headers.accept)) return false;
      const page = resolve(assetDir, 'index.html');
      if (!isFile(page)) {
        sendText(res, 503, `The GraphQL IDE is not built: expected ${page}. Run \`npm run build\`.\n`);
        return true;
      }
      sendFile(req, res, page, { 'cache-control': 'no-cache', vary: 'Accept' });
      return true;
    }

    if (pathname.startsWith(IDE_ASSET_PATH)) {
      const file = resolveAsset(assetDir, pathname.slice(IDE_ASSET_PATH.length));
      if (file === undefined || !isFile(file)) return false;
      const cacheControl = HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      sendFile(req, res, file, { 'cache-control': cacheControl });
      return true;
    }

    return false;
  };
}

/**
 * True when an Accept header ranks text/html at least as high as JSON: a
 * browser's navigation does, a GraphQL client (JSON, or no header) does not.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2)) || 0;
    if (type === 'text/html') html = Math.max(html, q);
    if (type === 'application/json' || type === 'application/graphql-response+json') json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

/** The request's path without query string, or undefined when it cannot be parsed. */
export function pathnameOf(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? '/', 'http://ide.invalid').pathname;
  } catch {
    return undefined;
  }
}

/**
 * The file under `assetDir` that the URL path `rest` names, or undefined when
 * any decoded segment is not a plain file name (so no `..`, no encoded `/`).
 */
export function resolveAsset(assetDir: string, rest: string): string | undefined {
  const segments = rest.split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (!SAFE_SEGMENT.test(name)) return undefined;
    decoded.push(name);
  }
  const file = resolve(assetDir, ...decoded);
  // Belt and braces: the segment check already keeps the path inside assetDir.
  return file.startsWith(assetDir + sep) ? file : undefined;
}

/** True when `path` names a regular file. */
export function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Sends `file` with its content type and length (no body for HEAD), under the
 * IDE's security headers; `headers` add to them or override them (another CSP).
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): void {
  const { size } = statSync(file);
  res.writeHead(200, {
    ...securityHeaders(),
    ...headers,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(size),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', (error) => res.destroy(error));
  stream.pipe(res);
}

/** Sends a plain-text answer under the IDE's security headers; `headers` add to them or override them. */
export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...securityHeaders(),
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
