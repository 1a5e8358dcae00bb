import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { HASHED_NAME, isFile, pathnameOf, resolveAsset, sendFile, sendText } from '../ide/serveIde.js';

/** Where the overview's bundled files are served; scripts/build-overview.mjs writes URLs under it. */
export const OVERVIEW_ASSET_PATH = '/overview/assets/';

/** The paths at which a browser gets the overview page. */
export const OVERVIEW_PAGE_PATHS: readonly string[] = ['/', '/overview'];

/**
 * The policy sent with the overview: every script, style, image and request
 * must come from this server, and nothing inline may run or style the page
 * (no 'unsafe-inline' anywhere: React and ECharts set styles through the
 * CSSOM, which CSP does not restrict). `data:` images are ECharts' own.
 */
export const OVERVIEW_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Settings of {@link createOverviewHandler}. */
export interface OverviewHandlerOptions {
  /** The directory scripts/build-overview.mjs wrote (index.html and the hashed files), e.g. dist/overview. */
  assetDir: string;
}

/**
 * Returns a request handler for the overview page that answers true when it
 * handled the request: a GET or HEAD of `/` or `/overview` (any query string:
 * the page keeps its state there) gets index.html, or a 503 naming the build
 * step when the page is not built; a GET or HEAD of `/overview/assets/<file>`
 * gets that file. Anything else, including a missing or malformed asset path,
 * answers false and is left to the next handler.
 */
export function createOverviewHandler(options: OverviewHandlerOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const assetDir = resolve(options.assetDir);
  const policy = { 'content-security-policy': OVERVIEW_CONTENT_SECURITY_POLICY };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = pathnameOf(req.url);
    if (pathname === undefined) return false;

    if (OVERVIEW_PAGE_PATHS.includes(pathname)) {
      const page = resolve(assetDir, 'index.html');
      if (!isFile(page)) {
        sendText(res, 503, `The overview page is not built: expected ${page}. Run \`npm run build\`.\n`, policy);
        return true;
      }
      sendFile(req, res, page, { ...policy, 'cache-control': 'no-cache' });
      return true;
    }

    if (pathname.startsWith(OVERVIEW_ASSET_PATH)) {
      const file = resolveAsset(assetDir, pathname.slice(OVERVIEW_ASSET_PATH.length));
      if (file === undefined || !isFile(file)) return false;
      const cacheControl = HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      sendFile(req, res, file, { ...policy, 'cache-control': cacheControl });
      return true;
    }

    return false;
  };
}
