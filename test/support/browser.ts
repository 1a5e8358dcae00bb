import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A second fence behind the request routing below: names other than the
  // loopback ones do not resolve, so nothing could leave the host anyway.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** What a person would have seen after running RoundParticipants in the IDE. */
export interface IdeRunResult {
  /** The whole text of GraphiQL's result pane once the response arrived. */
  resultText: string;
  /** Every request the page, its workers or the browser tried to send off this machine; each was aborted. */
  blockedRequests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations, in order. */
  pageErrors: string[];
  /** The titles of the operation tabs, in order. */
  tabTitles: string[];
}

/** Options of {@link runRoundParticipantsInIde}. */
export interface IdeRunOptions {
  /** Where to save a PNG of the page after the run, to look at. */
  screenshotPath?: string;
  /** How long each step may take; default 30 s. */
  timeoutMs?: number;
}

/**
 * Opens the IDE at `url` (the GraphQL endpoint) in headless Chromium with
 * every request to another host aborted and recorded, waits until GraphiQL
 * has the schema (the docs show the Query type) and the RoundParticipants tab
 * open, clicks the run button, and returns the result pane's text once it
 * holds a response. Fails when Chromium is missing or a step times out.
 */
export async function runRoundParticipantsInIde(url: string, options: IdeRunOptions = {}): Promise<IdeRunResult> {
  const timeout = options.timeoutMs ?? 30_000;
  const guarded = await launchGuardedBrowser();
  const { browser, blockedRequests: blocked, pageErrors } = guarded;
  try {
    const page = await guarded.newPage({ width: 1440, height: 900 });
    page.setDefaultTimeout(timeout);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.locator('.graphiql-query-editor').getByText('RoundParticipants').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    // Poll with evaluate (run by the debugger protocol): waitForFunction would
    // compile its predicate in the page, which the IDE's CSP (no 'unsafe-eval') forbids.
    const deadline = Date.now() + timeout;
    let resultText = '';
    while (!/"(data|errors)"/.test((resultText = await page.evaluate<string>(READ_RESPONSE)))) {
      if (Date.now() > deadline) throw new Error(`no result in the IDE's result pane within ${timeout} ms`);
      await page.waitForTimeout(100);
    }
    const tabTitles = (await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).map((t) => t.trim());
    if (options.screenshotPath) await page.screenshot({ path: options.screenshotPath });
    return { resultText, blockedRequests: [...blocked], pageErrors, tabTitles };
  } finally {
    await browser.close();
  }
}

/**
 * A browser-side expression for the whole text of the result pane (the DOM
 * holds only its visible lines): the value of the Monaco editor inside
 * `.graphiql-response`, found through the Monaco instance that GraphiQL
 * publishes as `globalThis.__MONACO`.
 */
const READ_RESPONSE = `(globalThis.__MONACO?.editor.getEditors()
  .find((editor) => editor.getContainerDomNode().closest('.graphiql-response'))
  ?.getValue() ?? '')`;

/** A headless Chromium whose pages can reach only this machine, and what they tried and reported. */
export interface GuardedBrowser {
  browser: Browser;
  /** Every request a page, its workers or the browser tried to send off this machine; each was aborted. */
  blockedRequests: Set<string>;
  /** Console errors, uncaught exceptions and Content-Security-Policy violations of every page, in order. */
  pageErrors: string[];
  /** A new page (in its own context) of the given viewport size, watched like the others. */
  newPage(viewport: { width: number; height: number }): Promise<Page>;
}

/**
 * Launches Debian's Chromium with every request to another host aborted and
 * recorded, and console errors, uncaught exceptions and CSP violations
 * collected. Fails when Chromium is missing. Close `browser` when done.
 */
export async function launchGuardedBrowser(): Promise<GuardedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`expected Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH), but there is none`);
  }
  const blocked = new Set<string>();
  const pageErrors: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    blockedRequests: blocked,
    pageErrors,
    async newPage(viewport) {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      context.on('request', (request) => {
        if (!isOnThisMachine(request.url())) blocked.add(request.url());
      });
      await context.route('**/*', (route) => {
        const requestUrl = route.request().url();
        if (isOnThisMachine(requestUrl)) return route.continue();
        blocked.add(requestUrl);
        return route.abort('blockedbyclient');
      });
      // Chromium reports CSP violations only to the page, not to the console API.
      await context.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (e) =>
          console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
      return page;
    },
  };
}

/** True for loopback HTTP(S) URLs and for data:/blob: URLs, which never touch the network. */
function isOnThisMachine(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}
