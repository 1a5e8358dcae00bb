import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { HASHED_NAME, isFile, pathnameOf, resolveAsset, sendFile, sendText } from '../ide/serveIde.js';
import { jsonForScript } from '../lib/jsonForScript.js';
import type { FirstAnswer, PageOperations } from './firstAnswers.js';

/** The id of the element of index.html that holds the embedded first answers (read by client/boot.ts). */
export const FIRST_ANSWERS_ELEMENT = 'overview-answers';

/** Where the overview's bundled files are served; scripts/build-overview.mjs writes URLs under it. */
export const OVERVIEW_ASSET_PATH = '/overview/assets/';

/** The paths at which a browser gets the overview page. */
export const OVERVIEW_PAGE_PATHS: readonly string[] = ['/', '/overview'];

/**
 * The policy sent with the overview: every script, style, image and request
 * must come from this server, and nothing inline may run or style the page
 * (no 'unsafe-inline' anywhere: Preact and ECharts set styles through the
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
  /**
   * Answers to the page's first requests for a GET of the page with this query
   * string (see createFirstAnswers), embedded in it as JSON so the first view
   * needs two round trips fewer. Without it, index.html is sent as built.
   */
  firstAnswers?: (req: IncomingMessage, search: URLSearchParams, operations: PageOperations) => Promise<FirstAnswer[]>;
}

/**
 * Returns a request handler for the overview page that answers true when it
 * handled the request: a GET or HEAD of `/` or `/overview` (any query string:
 * the page keeps its state there) gets index.html, or a 503 naming the build
 * step when the page is not built (a GET with `firstAnswers` gets it with
 * them embedded, and is never stored by caches); a GET or HEAD of
 * `/overview/assets/<file>` gets that file. Anything else, including a
 * missing or malformed asset path, answers false and is left to the next
 * handler.
 */
export function createOverviewHandler(options: OverviewHandlerOptions): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean> {
  const assetDir = resolve(options.assetDir);
  const policy = { 'content-security-policy': OVERVIEW_CONTENT_SECURITY_POLICY };
  const readPage = createPageReader(resolve(assetDir, 'index.html'));

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
      if (req.method === 'GET' && options.firstAnswers) {
        return sendPageWithAnswers(req, res, readPage, options.firstAnswers, policy).then(() => true);
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

/** index.html as built, and the operations of its config, read again only when the file changes (a rebuild). */
function createPageReader(page: string): () => Promise<{ html: string; operations: PageOperations }> {
  let cached: { mtimeMs: number; html: string; operations: PageOperations } | undefined;
  return async () => {
    const { mtimeMs } = await stat(page);
    if (cached?.mtimeMs !== mtimeMs) {
      const html = await readFile(page, 'utf8');
      cached = { mtimeMs, html, operations: operationsOf(html) };
    }
    return cached;
  };
}

/**
 * Sends index.html with the first answers for this URL in a JSON script
 * element before </body>. Everything before that point is sent at once, so
 * the browser fetches and compiles the page's scripts while the answers are
 * worked out; its module scripts run only once the document has ended, with
 * the answers in it.
 */
async function sendPageWithAnswers(
  req: IncomingMessage,
  res: ServerResponse,
  readPage: ReturnType<typeof createPageReader>,
  firstAnswers: NonNullable<OverviewHandlerOptions['firstAnswers']>,
  headers: Record<string, string>,
): Promise<void> {
  const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const { html, operations } = await readPage();
  const close = html.lastIndexOf('</body>');
  const end = close === -1 ? html.length : close;
  res.writeHead(200, {
    ...headers,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-type': 'text/html; charset=utf-8',
    // The answers are this moment's data, and may depend on the Authorization header.
    'cache-control': 'no-store',
  });
  res.write(html.slice(0, end));
  const answers = await firstAnswers(req, search, operations);
  res.end(`<script id="${FIRST_ANSWERS_ELEMENT}" type="application/json">${jsonForScript(answers)}</script>\n  ${html.slice(end)}`);
}

/** The operations in the page's embedded config (scripts/build-overview.mjs writes it); none when it cannot be read. */
function operationsOf(html: string): PageOperations {
  const config = /<script id="overview-config" type="application\/json">([^<]*)<\/script>/.exec(html)?.[1];
  try {
    return config ? ((JSON.parse(config) as { operations?: PageOperations }).operations ?? {}) : {};
  } catch {
    return {};
  }
}
