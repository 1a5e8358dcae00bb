import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, parse, validate } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateSpan, formatFigure, formatSpan } from '../src/overview/client/format.js';
import { alignToBuckets } from '../src/overview/common/dates.js';
import { pieceText } from '../src/overview/client/highlight.js';
import { parseState, serializeState } from '../src/overview/common/urlState.js';
import { createOverviewHandler, OVERVIEW_CONTENT_SECURITY_POLICY } from '../src/overview/serveOverview.js';
import { splitOperations } from '../src/ide/splitOperations.js';
import { toGlobalId } from '../src/lib/globalId.js';
import { generateSyntheticData } from '../src/services/generator/generate.js';
import { startTestApi, type TestApi } from './support/api.js';
import { launchGuardedBrowser, type GuardedBrowser } from './support/browser.js';
import { openOverview, readOverviewConfig, waitForPanels } from './support/overview.js';

const root = resolve(import.meta.dirname, '..');
const schema = buildSchema(readFileSync(resolve(root, 'schema.graphql'), 'utf8'));
const QUOTE = "They're going to pay us a lot more.";
const QUOTE_EXCERPT = `In a media interview over the weekend, he claimed, "${QUOTE}"`;

// ---------------------------------------------------------------- pure parts

describe('how the overview writes figures, dates and highlights', () => {
  it('writes figures with their unit and "≈" when the source gives them as approximate', () => {
    expect(formatFigure(870_000_000, 'USD', true)).toBe('≈ US$870 million');
    expect(formatFigure(28_500, 'troops', true)).toBe('≈ 28,500 troops');
    expect(formatFigure(1_389_000_000_000, 'KRW', false)).toBe('₩1.389 trillion');
    expect(formatFigure(12.5, 'CHF', false)).toBe('CHF 12.5');
    expect(formatFigure(3, '%', false)).toBe('3 %');
  });

  it("writes a date as the source gave it next to the span it resolved to", () => {
    expect(formatDateSpan({ start: '2020-01-11', end: '2020-01-12', wording: 'over the weekend' })).toBe('over the weekend (11–12 Jan 2020)');
    expect(formatDateSpan({ start: '2020-01-14', end: '2020-01-14', wording: null })).toBe('14 Jan 2020');
    expect(formatDateSpan(null)).toBe('undated');
    expect(formatSpan('2019-01-01', '2019-12-31')).toBe('2019');
    expect(formatSpan('2020-02-01', '2020-02-29')).toBe('Feb 2020');
    expect(formatSpan('2020-01-30', '2020-02-02')).toBe('30 Jan – 2 Feb 2020');
    expect(formatSpan('2019-12-30', '2020-01-02')).toBe('30 Dec 2019 – 2 Jan 2020');
  });

  it('widens a time range to the whole weeks (from Monday) or months it touches', () => {
    expect(alignToBuckets({ from: '2020-01-11', to: '2020-01-17' }, 'WEEK')).toEqual({ from: '2020-01-06', to: '2020-01-20' });
    expect(alignToBuckets({ from: '2020-01-13', to: '2020-01-14' }, 'WEEK')).toEqual({ from: '2020-01-13', to: '2020-01-20' });
    expect(alignToBuckets({ from: '2019-12-31', to: '2020-02-01' }, 'MONTH')).toEqual({ from: '2019-12-01', to: '2020-02-01' });
  });

  it('cuts a source into plain text and cited excerpts by the offsets, marking a quote inside its excerpt', () => {
    const text = 'He said "pay more" twice: "pay more".';
    // The second "pay more" is the cited one; searching for the excerpt would find the first.
    const start = text.lastIndexOf('"pay more"');
    expect(pieceText(text, [{ excerpt: '"pay more"', start, end: start + 10 }], 'pay more')).toEqual([
      { kind: 'text', text: 'He said "pay more" twice: ' },
      {
        kind: 'excerpt',
        start,
        end: start + 10,
        parts: [
          { kind: 'cited', text: '"' },
          { kind: 'quote', text: 'pay more' },
          { kind: 'cited', text: '"' },
        ],
      },
      { kind: 'text', text: '.' },
    ]);
    expect(pieceText('abcdef', [{ excerpt: 'bcd', start: 1, end: 4 }, { excerpt: 'de', start: 3, end: 5 }])).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'excerpt', start: 1, end: 5, parts: [{ kind: 'cited', text: 'bcde' }] },
      { kind: 'text', text: 'f' },
    ]);
    expect(() => pieceText('abcdef', [{ excerpt: 'xyz', start: 1, end: 4 }])).toThrow('expected the source text at 1–4 to read "xyz", but it does not');
  });

  it('keeps its state in the query string, dropping values that cannot be right', () => {
    const state = { negotiation: 'TmVnOjE=', from: '2020-01-01', to: '2020-01-31', bucket: 'MONTH' as const, q: 'pay more', open: 'U3RtOjE=' };
    expect(parseState(serializeState(state))).toEqual(state);
    expect(serializeState({ bucket: 'WEEK' })).toBe('');
    expect(parseState('?from=2020-02-30&to=yesterday&bucket=DAY')).toEqual({ bucket: 'WEEK' });
    expect(parseState('?from=2020-02-01&to=2020-01-01')).toEqual({ bucket: 'WEEK' });
  });
});

// ---------------------------------------------------------------- the bundle and its handler

/** Builds the overview the way `npm run build` does, into a fresh temporary directory. */
async function buildOverviewInto(outDir: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-overview.mjs'], {
    cwd: root,
    env: { ...process.env, OVERVIEW_OUT_DIR: outDir },
  });
}

describe('the overview bundle and its handler', () => {
  let assetDir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    assetDir = await mkdtemp(join(tmpdir(), 'kb-overview-'));
    await buildOverviewInto(assetDir);
    const handle = createOverviewHandler({ assetDir });
    server = createServer((req, res) => {
      if (!handle(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    if (assetDir) await rm(assetDir, { recursive: true, force: true });
  });

  it('runs the contract operations exactly as the contract writes them, and its own ones validate against the schema', async () => {
    const { operations } = readOverviewConfig(await readFile(join(assetDir, 'index.html'), 'utf8'));
    const contract = [
      ...splitOperations(readFileSync(resolve(root, 'contract/core.graphql'), 'utf8')),
      ...splitOperations(readFileSync(resolve(root, 'contract/dashboards.graphql'), 'utf8')),
    ];
    for (const name of ['Activity', 'Timeline', 'PositionMatrix', 'Search']) {
      expect(operations[name]).toBe(contract.find((op) => op.name === name)?.document);
    }
    for (const [name, document] of Object.entries(operations)) {
      expect([name, validate(schema, parse(document)).map((e) => e.message)]).toEqual([name, []]);
    }
  });

  it('asks for at most one page of 20 in every list it names', async () => {
    const { operations } = readOverviewConfig(await readFile(join(assetDir, 'index.html'), 'utf8'));
    const firsts = Object.values(operations).flatMap((document) => [...document.matchAll(/\bfirst:\s*(\d+)/g)].map((m) => Number(m[1])));
    expect(firsts.length).toBeGreaterThan(0);
    expect(Math.max(...firsts)).toBeLessThanOrEqual(20);
  });

  it('serves the page at / and /overview under a same-origin policy with nothing inline', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    for (const path of ['/', '/overview', '/?negotiation=TmVnOjE%3D&bucket=MONTH']) {
      const response = await fetch(base + path);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(response.headers.get('content-security-policy')).toBe(OVERVIEW_CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe(html);
    }
    expect(OVERVIEW_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-|blob:/);
    expect([...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('/overview/assets/'))).toEqual([
      'data:,',
      '/graphql',
    ]);
  });

  it('serves its hashed files for good and lets other paths fall through', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1];
    const response = await fetch(base + script);
    expect([response.status, response.headers.get('content-type'), response.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    for (const path of ['/overview/assets/', '/overview/assets/../index.html', '/overview/assets/%2e%2e/index.html', '/overview/x', '/graphql']) {
      const other = await fetch(base + path);
      expect([path, other.status]).toEqual([path, 404]);
    }
    const post = await fetch(`${base}/`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
  });

  it('embeds the answers it is given for the URL, where no text of theirs can end the element, and lets no cache store them', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    const asked: { negotiation: string | null; operations: string[] }[] = [];
    const answers = [{ operationName: 'OverviewNegotiation', variables: { id: 'TmVnOjE' }, data: { title: 'A fictional </script><script>alert(1)</script> title' } }];
    const handle = createOverviewHandler({
      assetDir,
      firstAnswers: async (_req, search, operations) => {
        asked.push({ negotiation: search.get('negotiation'), operations: Object.keys(operations) });
        return answers;
      },
    });
    const withAnswers = createServer(async (req, res) => {
      if (!(await handle(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((done) => withAnswers.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(withAnswers.address() as AddressInfo).port}/?negotiation=TmVnOjE`;
      const response = await fetch(url);
      expect([response.status, response.headers.get('cache-control'), response.headers.get('content-security-policy')]).toEqual([
        200,
        'no-store',
        OVERVIEW_CONTENT_SECURITY_POLICY,
      ]);
      const body = await response.text();
      const element = /\n  <script id="overview-answers" type="application\/json">([^<]*)<\/script>/.exec(body)!;
      expect(JSON.parse(element[1])).toEqual(answers);
      expect(body.replace(element[0], '')).toBe(html);
      expect(asked).toEqual([{ negotiation: 'TmVnOjE', operations: expect.arrayContaining(['OverviewStart', 'OverviewNegotiation']) }]);
      // HEAD sends the page as built, without asking anything.
      expect((await fetch(url, { method: 'HEAD' })).headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
      expect(asked).toHaveLength(1);
    } finally {
      await new Promise((done) => withAnswers.close(done));
    }
  });

  it('sends the page up to its answers at once, so the browser fetches the scripts and the chart library while they are worked out', async () => {
    const html = await readFile(join(assetDir, 'index.html'), 'utf8');
    let answer!: (answers: []) => void;
    const handle = createOverviewHandler({ assetDir, firstAnswers: () => new Promise((resolve) => (answer = resolve)) });
    const slow = createServer(async (req, res) => {
      if (!(await handle(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    try {
      const response = await fetch(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/`);
      const reader = response.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      // Everything before </body> has arrived while the answers are still being worked out.
      expect(first).toBe(html.slice(0, html.lastIndexOf('</body>')));
      expect(first).toMatch(/<script type="module" src="\/overview\/assets\/main-[\w-]+\.js"><\/script>/);
      expect(first).toMatch(/<link rel="modulepreload" href="\/overview\/assets\/chunks\/charts-[\w-]+\.js">/);
      answer([]);
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
      expect(first + rest).toBe(html.replace('</body>', '<script id="overview-answers" type="application/json">[]</script>\n  </body>'));
    } finally {
      await new Promise((done) => slow.close(done));
    }
  });

  it('answers 503 naming the build step when the page is not built', async () => {
    const handle = createOverviewHandler({ assetDir: join(assetDir, 'nowhere') });
    const bare = createServer((req, res) => void handle(req, res));
    await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done));
    try {
      const response = await fetch(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`);
      expect([response.status, await response.text()]).toEqual([
        503,
        `The overview page is not built: expected ${join(assetDir, 'nowhere', 'index.html')}. Run \`npm run build\`.\n`,
      ]);
    } finally {
      await new Promise((done) => bare.close(done));
    }
  });
});

// ---------------------------------------------------------------- in Chromium, on the real API

describe('the overview in Chromium', () => {
  let seeded: TestApi;
  let mixed: TestApi;
  let empty: TestApi;
  let seededBase: string;
  let mixedBase: string;
  let emptyBase: string;
  let chrome: GuardedBrowser;
  let sourceText: string;

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist', 'overview', 'index.html'))) throw new Error('expected dist/overview to be built by the test setup, but it is not');
    [seeded, mixed, empty] = await Promise.all([startTestApi(), startTestApi(), startTestApi({ seed: false })]);
    // Two fictional negotiations beside the seed, for the pickers to choose between.
    await generateSyntheticData(mixed.db.dataSource, { scale: 2, seed: 11 });
    [seededBase, mixedBase, emptyBase] = (await Promise.all([seeded.listen(), mixed.listen(), empty.listen()])).map((u) => u.replace(/\/graphql$/, ''));
    const { data } = await seeded.execute('{ sources(first: 1) { nodes { text } } }');
    sourceText = data.sources.nodes[0].text;
    chrome = await launchGuardedBrowser();
  });

  afterAll(async () => {
    await chrome?.browser.close();
    await Promise.all([seeded?.stop(), mixed?.stop(), empty?.stop()]);
  });

  it('shows the seed in every panel at first view, with no request leaving the host and no console error', async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql')) requests.push(request.postDataJSON());
    });
    await openOverview(page, `${seededBase}/`);
    const text = (selector: string) => page.locator(selector).innerText();

    expect(page.url()).toMatch(/\?negotiation=[\w-]+$/);
    expect(await text('#negotiation-title')).toBe('South Korea-U.S. talks to renew the Special Measures Agreement');
    expect(await text('.summary')).toContain('Parties: South Korea, United States');

    const timeline = await text('#timeline');
    expect(timeline).toContain('Round 6 on Tuesday and Wednesday (U.S. time) (14–15 Jan 2020) · Washington');
    expect(timeline).toContain('Donald Trump (paraphrase): “South Korea is a rich country that should pay more for its defense.”');
    expect(await page.locator('#timeline .chart').getAttribute('aria-label')).toContain('Timeline from 11–16 Jan 2020: 1 round and 4 dated statements.');
    expect(await page.locator('#timeline .chart canvas').count()).toBe(1);
    await page.locator('#timeline').getByRole('button', { name: 'Table', exact: true }).click();
    expect(await text('#timeline table')).toContain('14–15 Jan 2020\tRound 6, Washington');

    expect(await page.locator('#activity .chart').getAttribute('aria-label')).toContain('Statements per party per week, 6–19 Jan 2020: 4 in all, South Korea 3, United States 1.');
    await page.locator('#activity').getByRole('button', { name: 'Table', exact: true }).click();
    expect(await text('#activity table')).toContain('week of 13 Jan 2020\t3\t0');
    expect(await text('#activity')).toContain('3 undated');

    const positions = await text('#positions table');
    expect(positions).toContain('South Korea\tUnited States');
    expect(positions).toContain('round 6 Negotiations should be conducted within the framework of the current agreement');
    expect(positions).toContain('no round given Demands a significant increase in the financial contributions');

    const figures = await page.locator('#figures .figure-value').allInnerTexts();
    expect(figures.sort()).toEqual(['≈ 28,500 troops', '≈ US$870 million']);
    expect(await text('#figures')).toContain('as of last year (2019)');

    const statements = page.locator('#statements .statement');
    expect(await statements.count()).toBe(7);
    const trump = statements.filter({ hasText: QUOTE });
    expect(await trump.locator('.meta').innerText()).toContain('Donald Trump\nquote\nover the weekend (11–12 Jan 2020)');
    expect(await text('#statements .pager')).toContain('1–7 of 7');

    expect(chrome.blockedRequests).toEqual(new Set());
    expect(chrome.pageErrors).toEqual([]);
    // One page at a time: no list asks for more than 20.
    const firsts = requests.map((r) => r.variables?.first).filter((n) => n !== undefined);
    expect(Math.max(0, ...(firsts as number[]))).toBeLessThanOrEqual(20);
    // The negotiation to show and its dates come embedded in the page; the browser asks only for the panels.
    expect(new Set(requests.map((r) => r.operationName))).toEqual(
      new Set(['Timeline', 'OverviewRounds', 'OverviewUndatedStatements', 'Activity', 'PositionMatrix', 'OverviewFigures', 'OverviewStatements']),
    );
    await page.context().close();
  });

  it("opens Trump's quote on the article with exactly its words highlighted where they stand", async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    await openOverview(page, `${seededBase}/`);
    await page.locator('#statements .statement').filter({ hasText: QUOTE }).getByRole('button', { name: /^Source of Donald Trump/ }).click();

    const dialog = page.getByRole('dialog');
    await dialog.locator('mark.quote').waitFor();
    expect(page.url()).toMatch(/&open=[\w-]+$/);
    expect(await dialog.locator('h2').innerText()).toBe('Donald Trump: quote');
    expect(await dialog.locator('.source h3').innerText()).toBe('S. Korea, U.S. Wrap Up Defense Cost Talks Without Breakthrough');
    expect(await dialog.locator('.source header p').innerText()).toContain('Yonhap News Agency, 16 Jan 2020');
    expect(await dialog.locator('mark.quote').allInnerTexts()).toEqual([QUOTE]);
    expect(await dialog.locator('mark.excerpt').allInnerTexts()).toEqual(['U.S. President Donald Trump', QUOTE_EXCERPT]);

    // Where it stands: the text before the mark is exactly the source's text before the quote.
    const before = await page.evaluate(() => {
      const document = (globalThis as any).document;
      const container = document.querySelector('dialog .source-text')!;
      const range = document.createRange();
      range.setStart(container, 0);
      range.setEndBefore(container.querySelector('mark.quote')!);
      return { before: range.toString(), whole: container.textContent };
    });
    expect(before.whole).toBe(sourceText);
    expect(before.before.length).toBe(sourceText.indexOf(QUOTE));
    expect(sourceText.indexOf(QUOTE)).toBe(sourceText.lastIndexOf(QUOTE));

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The URL follows the page's state in an effect, a frame after the dialog goes.
    await page.waitForURL((url) => !url.searchParams.has('open'), { timeout: 5_000 });
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('steps through the timeline from the keyboard and opens a round’s source with Enter', async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    await openOverview(page, `${seededBase}/`);
    await page.locator('#timeline .chart').focus();
    await page.keyboard.press('ArrowRight'); // Trump, 11–12 Jan
    await page.keyboard.press('ArrowRight'); // Jeong, 13 Jan
    await page.keyboard.press('ArrowRight'); // round 6, 14–15 Jan
    await page.getByText('Round 6, Washington', { exact: true }).waitFor();
    expect(await page.locator('#timeline .tip').innerText()).toContain('on Tuesday and Wednesday (U.S. time) (14–15 Jan 2020)');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark.excerpt').first().waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Round 6');
    expect(await dialog.locator('mark.excerpt').allInnerTexts()).toContain('held their sixth round of talks on Tuesday and Wednesday (U.S. time)');
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('changes the URL and the data with the negotiation picker, the time range and the bucket', async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    const { data } = await mixed.execute('{ negotiations(filter: { title: "Special Measures" }) { nodes { id } } }');
    const seedId: string = data.negotiations.nodes[0].id;
    await openOverview(page, `${mixedBase}/?negotiation=${encodeURIComponent(seedId)}`);

    const picker = page.getByRole('combobox', { name: 'Negotiation' });
    await picker.fill('synthetic');
    const options = page.getByRole('listbox', { name: 'Negotiation' }).getByRole('option');
    await expect.poll(() => options.allInnerTexts(), { timeout: 20_000 }).toEqual([
      expect.stringContaining('(synthetic 0001)'),
      expect.stringContaining('(synthetic 0002)'),
    ]);
    const chosen = (await options.first().innerText()).split('\n')[0].replace(/\s+\S+$/, '');
    await options.first().click();
    await page.waitForURL((url) => url.searchParams.get('negotiation') !== seedId);
    await page.locator('#negotiation-title', { hasText: 'synthetic' }).waitFor();
    await waitForPanels(page);
    expect(await page.locator('#negotiation-title').innerText()).toBe(chosen);
    expect(await page.locator('#statements .pager').innerText()).toMatch(/of \d+/);
    expect(await page.locator('#statements .statement').filter({ hasText: QUOTE }).count()).toBe(0);

    await page.goBack();
    await page.locator('#negotiation-title', { hasText: 'Special Measures' }).waitFor();
    await waitForPanels(page);

    // The time range: Monday 13 January 2020 holds only Jeong's remark.
    await page.locator('input[name=from]').fill('2020-01-13');
    await page.locator('input[name=to]').fill('2020-01-13');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2020-01-13' && url.searchParams.get('to') === '2020-01-13');
    await page.locator('#statements .pager', { hasText: '1–1 of 1' }).waitFor();
    expect(await page.locator('#statements .statement').innerText()).toContain('Jeong Eun-bo');
    await expect.poll(() => page.locator('#activity .chart').getAttribute('aria-label')).toContain('13–19 Jan 2020: 3 in all, South Korea 3.');

    await page.getByRole('button', { name: 'Month' }).click();
    await page.waitForURL((url) => url.searchParams.get('bucket') === 'MONTH');
    await page.locator('#activity').getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('#activity table', { hasText: 'Jan 2020' }).waitFor();

    await page.getByRole('button', { name: 'Whole negotiation' }).click();
    await page.waitForURL((url) => !url.searchParams.has('from'));
    await page.locator('#statements .pager', { hasText: '1–7 of 7' }).waitFor();
    expect(chrome.blockedRequests).toEqual(new Set());
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("searches with the API's full-text search and opens a hit's source", async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    await openOverview(page, `${seededBase}/`);
    await page.getByRole('searchbox').fill('pay more');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'pay more');
    const hits = page.locator('#search-results .hits li');
    await hits.first().waitFor();
    expect(await page.locator('#search-results').innerText()).toContain('South Korea is a rich country that should pay more for its defense.');
    await hits.filter({ hasText: 'rich country' }).getByRole('button').click();
    await page.getByRole('dialog').locator('mark.excerpt').waitFor();
    expect(await page.getByRole('dialog').locator('mark.excerpt').innerText()).toBe(
      'U.S. President Donald Trump has branded South Korea a rich country that should pay more for its defense.',
    );
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone-width screen without horizontal scrolling', async () => {
    const page = await chrome.newPage({ width: 375, height: 812 });
    await openOverview(page, `${seededBase}/`);
    for (const view of ['chart', 'table']) {
      if (view === 'table') {
        for (const panel of ['#timeline', '#activity']) await page.locator(panel).getByRole('button', { name: 'Table', exact: true }).click();
      }
      const widths = await page.evaluate(() => {
        const html = (globalThis as any).document.documentElement;
        return [html.scrollWidth, html.clientWidth];
      });
      expect([view, widths[0]]).toEqual([view, widths[1]]);
    }
    expect(await page.locator('#figures .figure-value').first().isVisible()).toBe(true);
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('links to the IDE, and the IDE links back', async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    await openOverview(page, `${seededBase}/`);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'GraphQL IDE' }).click();
    await page.waitForURL(`${seededBase}/graphql`);
    const back = page.locator('.graphiql-logo').getByRole('link', { name: 'Overview' });
    await back.waitFor({ timeout: 30_000 });
    await back.click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('#negotiation-title').waitFor();
    expect(chrome.blockedRequests).toEqual(new Set());
    await page.context().close();
  });

  it("shows the API's error in the panel that asked, not an empty chart", async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    const errorsBefore = chrome.pageErrors.length;
    // A window of 1900-2020 in weeks is over the API's 5,000-bucket limit.
    await page.goto(`${seededBase}/?from=1900-01-01&to=2020-12-31`);
    const alert = page.locator('#activity [role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Could not load activity\. The API answered:\n.*5,?000.*BAD_USER_INPUT/s);
    // The browser logs each 400 itself; nothing else goes wrong.

    // The ID of a round is no negotiation's: the API refuses it, and the page shows why.
    const { data } = await seeded.execute('{ rounds(first: 1) { nodes { id } } }');
    await page.goto(`${seededBase}/?negotiation=${encodeURIComponent(data.rounds.nodes[0].id)}`);
    const refused = page.locator('main [role=alert]').first();
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/^Could not load this negotiation\. The API answered:\n.* INVALID_ID$/s);
    // The panels asked with the ID before it was refused; their answers add no error of their own.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main [role=alert]').count()).toBe(1);
    expect(await page.locator('main .panel').count()).toBe(0);

    // A negotiation that does not exist: the page says so rather than drawing nothing.
    const missing = toGlobalId('Negotiation', 999_999);
    await page.goto(`${seededBase}/?negotiation=${encodeURIComponent(missing)}`);
    await page.getByText(`No negotiation has the ID “${missing}” given in the URL. Pick one above.`).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main [role=alert]').count()).toBe(1);
    expect(await page.locator('main .panel').count()).toBe(0);
    expect(chrome.pageErrors.slice(errorsBefore).every((e) => e.includes('status of 400'))).toBe(true);
    chrome.pageErrors.length = errorsBefore;
    await page.context().close();
  });

  it('says how to add data when the knowledge base is empty', async () => {
    const page = await chrome.newPage({ width: 1280, height: 900 });
    await page.goto(`${emptyBase}/`);
    await page.getByRole('heading', { name: 'No negotiations yet' }).waitFor();
    expect(await page.locator('.empty').innerText()).toContain('npm run kb -- ingest FILE');
    expect(chrome.pageErrors).toEqual([]);
    await page.context().close();
  });
});
