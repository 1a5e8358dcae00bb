import type { Page } from 'playwright-core';

/** The `<script id="overview-config">` JSON that scripts/build-overview.mjs embeds in index.html. */
export function readOverviewConfig(html: string): { endpoint: string; ide: string; operations: Record<string, string> } {
  const match = /<script id="overview-config" type="application\/json">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('expected index.html to embed <script id="overview-config">, but it does not');
  return JSON.parse(match[1]);
}

/** What the drawn-check reads of a page element. */
interface PageElement {
  textContent: string;
  querySelector(selector: string): unknown;
}

/** Waits until the Statements panel has its pager and no panel says "Loading…" any more. */
export async function waitForPanels(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await page.locator('#statements .pager').waitFor({ timeout: timeoutMs });
  while ((await page.getByText('Loading…').count()) > 0) {
    if (Date.now() > deadline) throw new Error(`the overview still said "Loading…" after ${timeoutMs} ms`);
    await page.waitForTimeout(25);
  }
}

/**
 * Opens the overview at `url` and resolves once every panel has drawn from
 * its data; returns the milliseconds from the start of the navigation to the
 * first animation frame in which they all had, as the page's own clock
 * (performance.now) tells it: checked in the page at every frame, with
 * textContent (which lays nothing out), so that measuring neither waits
 * for round trips to the browser nor adds work to the page's main thread.
 */
export async function openOverview(page: Page, url: string, timeoutMs = 60_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const drawn = await page.waitForFunction(
    () => {
      // Runs in the page (this Node project has no DOM types).
      const root = (globalThis as unknown as { document: { getElementById(id: string): PageElement | null } }).document.getElementById('root');
      return root?.querySelector('#statements .pager') && !root.textContent.includes('Loading…') ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: timeoutMs },
  );
  return (await drawn.jsonValue()) as number;
}
