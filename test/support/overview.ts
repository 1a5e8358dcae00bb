import type { Page } from 'playwright-core';

/** The `<script id="overview-config">` JSON that scripts/build-overview.mjs embeds in index.html. */
export function readOverviewConfig(html: string): { endpoint: string; ide: string; operations: Record<string, string> } {
  const match = /<script id="overview-config" type="application\/json">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('expected index.html to embed <script id="overview-config">, but it does not');
  return JSON.parse(match[1]);
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
 * its data; returns the milliseconds from navigation until then.
 */
export async function openOverview(page: Page, url: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await waitForPanels(page, timeoutMs);
  return performance.now() - started;
}
