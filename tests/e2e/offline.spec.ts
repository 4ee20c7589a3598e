/**
 * Offline reading and search: load the site once online, wait until the service worker
 * controls the page and has saved everything, cut the network, then search for a remembered
 * phrase and follow the first result to the quote in its article. Expectations come from the
 * build's corpus export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CorpusJson } from '../../src/lib/export/corpus-json.ts';
import { precisionOf } from '../../src/lib/schema/common.ts';
import { formatCalendarValue } from '../../src/lib/site/format-calendar.ts';
import { DIST } from './built-site.ts';

const corpus = JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8')) as CorpusJson;
const PHRASE = 'stringing us along';
const label = (value: string) => formatCalendarValue(value, precisionOf(value)!);

/** Collects Content-Security-Policy violations: console errors and `securitypolicyviolation` events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

/** Loads the site online and waits until the service worker controls it with everything saved. */
async function saveSiteForOffline(page: Page) {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null && document.documentElement.dataset.offline === 'ready', null, { timeout: 45_000 });
  await expect(page.locator('[data-offline-status]')).toBeVisible();
  await expect(page.locator('[data-offline-label]')).toHaveText('Available offline');
  // The precache holds every URL the worker lists, the search index included.
  const saved = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('factline-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(saved).toContain('/search/');
  expect(saved.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(5);
  return saved;
}

/** Everything that still reaches the server once the network is off (it should be nothing). */
function watchNetwork(context: BrowserContext): string[] {
  const reached: string[] = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) reached.push(request.url());
  });
  return reached;
}

test('with the network off, a remembered phrase finds the quote and leads to it in its article', async ({ page, context }) => {
  const csp = await watchCsp(page);
  await saveSiteForOffline(page);

  const expected = corpus.articles.flatMap((a) => a.quotes.filter((q) => q.text.toLowerCase().includes(PHRASE)).map((q) => ({ a, q })));
  expect(expected.length).toBeGreaterThan(0);

  await context.setOffline(true);
  const reached = watchNetwork(context);
  await page.goto(`/search/?q=${encodeURIComponent(PHRASE)}`);
  const first = page.locator('[data-search-results] > li').first();
  await expect(first).toHaveAttribute('data-kind', 'quote');
  await expect(first).toContainText(PHRASE);
  await expect(first.locator('[data-speaker]')).toHaveText('Donald Trump');
  const href = (await first.locator('[data-result-link]').getAttribute('href'))!;
  const match = expected.find(({ a, q }) => href === `/articles/${a.slug}/#q-${q.id.slice(1)}`);
  expect(match, `${href} is one of the quotes with “${PHRASE}”`).toBeDefined();
  const { a, q } = match!;
  expect(q.speaker).toBe('donald-trump');
  await expect(first.locator('[data-date]')).toHaveText(q.said ? `said ${label(q.said)}` : `reported ${label(a.published)}`);
  await expect(first.locator('[data-article]')).toContainText(a.title);
  await expect(page.locator('[data-offline-label]')).toHaveText('Offline: saved copy');

  await first.locator('[data-result-link]').click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#q-\d+$/);
  await expect(page.locator('h1')).toHaveText(a.title);
  await expect(page.locator(hash)).toBeInViewport();
  await expect(page.locator(hash)).toContainText(q.text.slice(0, 20));

  expect(reached, 'no request reached the server while offline').toEqual([]);
  expect(csp).toEqual([]);
});

test('offline, every saved page opens and a page that was never built gets the 404 page', async ({ page, context }) => {
  const csp = await watchCsp(page);
  await saveSiteForOffline(page);
  await context.setOffline(true);
  for (const path of ['/timeline/', '/actors/vladimir-putin/', '/quotes/', '/methodology/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
  }
  // A filtered search works offline too.
  await page.goto('/search/?kind=quote&actor=Vladimir+Putin');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  for (const speaker of await page.locator('[data-search-results] [data-speaker]').allTextContents()) expect(speaker).toBe('Vladimir Putin');
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  expect(csp).toEqual([]);
});

test('the service worker is versioned by the site’s contents and lists every saved file', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const version = /const VERSION = "([0-9a-f]{16})";/.exec(sw)?.[1];
  expect(version).toBeDefined();
  const urls = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)![1]!.replace(/,\n\]$/, '\n]')) as string[];
  expect(urls).toContain('/');
  expect(urls).toContain('/search/');
  expect(urls).toContain('/pagefind/pagefind.js');
  expect(urls).toContain('/manifest.webmanifest');
  expect(urls).not.toContain('/sw.js');
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  for (const icon of manifest.icons) {
    expect(urls).toContain(icon.src);
    expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  }
});
