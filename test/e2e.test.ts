// End-to-end: the built web app (web/dist) in a real headless Chromium, against the real API server on a
// temporary store of real articles. Needs Debian's chromium (bash .ci/install-chromium) and `npm run build:web`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ingest } from '../src/ingest/ingest.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { buildServer } from '../src/serve/server.js';
import { openStore } from '../src/store/sqlite-store.js';
import type { ArticleRecord } from '../src/store/store.js';
import { repoRoot, seedArticle } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = join(repoRoot, 'web', 'dist');
const SHOTS = join(tmpdir(), 'dossier-e2e');
const XSS_ID = 'xss-test-article';

const XSS_TEXT = [
  'Officials in Pyongyang said on Monday that nothing happened. <script>window.__pwned = 1; document.title = "pwned"</script>',
  '',
  '"<img src=x onerror="window.__pwned=2;document.title=\'pwned\'">," said John Smith, a spokesman for the ministry.',
  '',
  'A link: javascript:window.__pwned=3 and <a href="javascript:window.__pwned=4">click</a> and <svg onload="window.__pwned=5"></svg>.',
  '',
  '<iframe src="javascript:parent.__pwned=6"></iframe><body onload="window.__pwned=7">',
].join('\n');

let dir = '';
let app: FastifyInstance;
let base = '';
let context: BrowserContext;
const pageErrors: string[] = [];

/** About 30 real articles: those naming Pyongyang first, then the first others of the demo corpus. */
function demoArticles(n: number): ArticleRecord[] {
  const lines = readFileSync(join(repoRoot, 'data', 'demo', 'pdnews.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const pick = [...lines.filter((l) => l.includes('Pyongyang')), ...lines.filter((l) => !l.includes('Pyongyang'))];
  return pick.slice(0, n).map((l) => {
    const r = JSON.parse(l);
    return {
      id: r.id,
      text: r.text,
      title: r.title,
      published: r.published,
      source: r.source,
      url: r.url,
      license: r.license,
    };
  });
}

async function* items(articles: ArticleRecord[]): AsyncGenerator<SourceItem> {
  for (const article of articles) yield { ok: true, article, where: article.id };
}

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the end-to-end tests need it. Install it with: bash .ci/install-chromium`,
    );
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIST}/index.html missing): run npm run build:web`);
  }
  mkdirSync(SHOTS, { recursive: true });
  console.log(`e2e screenshots: ${SHOTS}`);
  dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  const store = openStore(dbPath);
  const articles: ArticleRecord[] = [
    ...demoArticles(30),
    {
      id: 'seed-article',
      text: seedArticle(),
      published: '2023-09-06',
      title: 'North Korea will pay a price, says Sullivan',
    },
    {
      id: XSS_ID,
      text: XSS_TEXT,
      published: '2023-09-07',
      title: '<img src=x onerror="window.__pwned=8;document.title=\'pwned\'"> Headline',
      source: '<script>window.__pwned=9</script>',
      url: 'javascript:window.__pwned=10',
    },
  ];
  const summary = await ingest(store, items(articles));
  store.close();
  assert.equal(summary.failed, 0, 'every test article is stored');
  app = buildServer({ db: dbPath, staticDir: WEB_DIST });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(20_000);
  // Nothing leaves the machine: any request off the test server is refused.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => route.abort(),
  );
});

after(async () => {
  await context?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${path}: console: ${m.text()}`);
  });
  await page.goto(`${base}/${path}`);
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

test('the server sends a Content-Security-Policy that forbids inline scripts', async () => {
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy') ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
  assert.match(scriptSrc, /'self'/, csp);
  assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/, csp);
});

test('home page shows counts, top actors and recent articles; search finds Pyongyang', async () => {
  const page = await open('');
  await page.getByRole('heading', { name: 'Top actors' }).waitFor();
  await page.locator('.top-actors li').first().waitFor();
  await page.locator('.articles li').first().waitFor();
  const articles = await page.locator('.counts li').first().textContent();
  assert.match(articles ?? '', /^\s*3[0-9]\s*articles/);
  await shot(page, '01-home');
  await page.getByRole('searchbox').fill('Pyongyang');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/search\?q=Pyongyang/);
  // the home page's article list has the same class: wait for the search's own snippets to render
  await page
    .locator('.snippet b', { hasText: /Pyongyang/i })
    .first()
    .waitFor();
  assert.ok((await page.locator('.articles li').count()) >= 3);
  assert.ok((await page.locator('.snippet b', { hasText: /Pyongyang/i }).count()) >= 1, 'snippets mark the match');
  await shot(page, '02-search');
  await page.close();
});

test('the seed article shows its quotes marked with their speaker, and marks explain themselves', async () => {
  const page = await open('#/article/seed-article');
  await page.locator('.annotated q.quote').first().waitFor();
  const tags = await page.locator('.speaker-tag').allTextContents();
  assert.ok(
    tags.some((t) => /Sullivan/.test(t)),
    `a quote is tagged with Sullivan: ${tags.join(' | ')}`,
  );
  assert.ok((await page.locator('mark.m-ent.ent-PERSON').count()) > 0, 'people are marked');
  assert.ok((await page.locator('mark.m-ev').count()) > 0, 'event triggers are marked');
  assert.ok((await page.locator('mark.m-time').count()) > 0, 'times are marked');
  // Keyboard: focus a time mark and see its normalised value and rule.
  await page.locator('.annotated mark.m-time').first().focus();
  const pop = page.locator('.popover');
  await pop.waitFor();
  assert.match((await pop.textContent()) ?? '', /\d{4}|REF|P\d/);
  await shot(page, '03-article-time-popover');
  await page.locator('.annotated mark.m-ev').first().hover();
  await pop.filter({ hasText: /status rule|asserted by/ }).waitFor();
  await shot(page, '04-article-event-popover');
  await page.locator('.speaker-tag', { hasText: 'Sullivan' }).first().hover();
  await pop.filter({ hasText: /speaker rule/ }).waitFor();
  assert.match((await pop.textContent()) ?? '', /Sullivan/);
  // Side panel lists quotes with speakers.
  assert.ok((await page.locator('aside.side li', { hasText: 'Jake Sullivan' }).count()) >= 1);
  await page.close();
});

test('an article from the corpus opens from search with its quotes attributed', async () => {
  const page = await open('#/search?q=Pyongyang');
  await page.locator('.articles li a').first().click();
  await page.waitForURL(/#\/article\//);
  await page.locator('.annotated .text').waitFor();
  assert.ok((await page.locator('.annotated mark').count()) > 0);
  await shot(page, '05-corpus-article');
  await page.close();
});

test('actor page shows roles, quotes and events', async () => {
  const page = await open('#/article/seed-article');
  await page.locator('aside.side a', { hasText: 'Jake Sullivan' }).first().click();
  await page.waitForURL(/#\/actor\//);
  await page.getByRole('heading', { level: 1, name: /Jake Sullivan/ }).waitFor();
  await page.getByRole('heading', { name: 'Quotes' }).waitFor();
  assert.ok((await page.locator('.quote-row').count()) >= 1, 'his quotes are listed');
  const main = (await page.locator('main').textContent()) ?? '';
  assert.match(main, /national security adviser/i);
  // "Moscow is now …": an event dated PRESENT_REF is shown as now, on its report's date, not as a code
  assert.doesNotMatch(main, /PRESENT_REF/);
  assert.match(main, /now, 2023-09-06/);
  await shot(page, '06-actor', true);
  await page.close();
});

test('the network draws nodes and edges, and an edge shows its evidence', async () => {
  const page = await open('#/network');
  await page.locator('svg.network .node').first().waitFor();
  const nodes = await page.locator('svg.network .node').count();
  const edges = await page.locator('svg.network .edge').count();
  assert.ok(nodes >= 2 && edges >= 1, `nodes ${nodes}, edges ${edges}`);
  await page.locator('svg.network .edge').first().focus();
  await shot(page, '07-network');
  await page.keyboard.press('Enter');
  await page.locator('aside.evidence h2').waitFor();
  await shot(page, '07b-network-evidence');
  await page.locator('aside.evidence .event-row').first().waitFor();
  await page.close();
});

test('contested claims page loads', async () => {
  const page = await open('#/contested');
  await page.getByRole('heading', { name: 'Contested claims' }).waitFor();
  await page.locator('.claim, .muted').first().waitFor();
  await shot(page, '08-contested');
  await page.close();
});

test('Analyse: pasting the seed article attributes quotes to Jake Sullivan', async () => {
  const page = await open('#/analyze');
  await page.getByLabel('Article text').fill(seedArticle());
  await page.locator('input[name=published]').fill('2023-09-06');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('.annotated .speaker-tag').first().waitFor({ timeout: 60_000 });
  const tags = await page.locator('.speaker-tag').allTextContents();
  assert.ok(tags.filter((t) => /Sullivan/.test(t)).length >= 2, `quotes of Sullivan: ${tags.join(' | ')}`);
  await shot(page, '09-analyse');
  await page.close();
});

test('hostile article text is shown as text and none of its payloads runs', async () => {
  const page = await open(`#/article/${XSS_ID}`);
  await page.locator('.annotated .text').waitFor();
  const text = (await page.locator('.annotated .text').textContent()) ?? '';
  assert.ok(text.includes('<script>window.__pwned = 1;'), 'the script tag shows as text');
  assert.ok(text.includes('onerror='), 'the handler shows as text');
  assert.match((await page.locator('h1').textContent()) ?? '', /<img src=x onerror=/);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.title(), 'Dossier');
  assert.equal(await page.locator('main img, main script, main iframe, main svg:not(.network)').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  // Its quotes and snippets, through search, stay text too.
  await page.goto(`${base}/#/search?q=spokesman`);
  await page.locator('.quote-row, .article-row').first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.title(), 'Dossier');
  await shot(page, '10-xss');
  await page.close();
});

test('phone-sized screen: the article reads in one column', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/#/article/seed-article`);
  await page.locator('.annotated .text').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 400, `no horizontal scroll (${width}px)`);
  await shot(page, '11-phone-article');
  await page.close();
});

test('no page error or CSP violation was reported', () => {
  assert.deepEqual(pageErrors, []);
});
