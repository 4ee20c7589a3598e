/**
 * Offline reading and search: load the site once online, wait until the service worker
 * controls the page and has saved everything, cut the network, then search for a remembered
 * phrase and follow the first result to the quote in its article. Expectations come from the
 * build's corpus export.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from './fixtures.ts';
import type { CorpusJson } from '../../src/lib/export/corpus-json.ts';
import { precisionOf } from '../../src/lib/schema/common.ts';
import { formatCalendarValue } from '../../src/lib/site/format-calendar.ts';
import { DIST } from './built-site.ts';
import { readCorpusExport } from '../helpers/corpus-export.ts';

const corpus = readCorpusExport(DIST);
const PHRASE = 'stringing us along';
const label = (value: string) => formatCalendarValue(value, precisionOf(value)!);

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
});

test('offline, every saved page opens and a page that was never built gets the 404 page', async ({ page, context }) => {
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
  // The server has /sw.js but the worker does not save it: a 404 proves its network is off too.
  expect((await page.goto('/sw.js'))?.status()).toBe(404);
});

/**
 * A static host for the built site whose next deploy can be switched on: the same files, with
 * a changed home page and the service worker of that content (another version). The browser
 * fetches worker updates itself, past Playwright's routing, so a real server is needed.
 */
async function deployableHost() {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', xml: 'application/xml', webmanifest: 'application/manifest+json', csv: 'text/csv' };
  let deploy = 1;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    let file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(DIST) || !existsSync(file)) file = join(DIST, '404.html');
    let body: Buffer | string = readFileSync(file);
    if (deploy === 2 && path === '/') body = body.toString('utf8').replace('</main>', '<p id="deploy-2">Second deploy</p></main>');
    if (deploy === 2 && path === '/sw.js') body = body.toString('utf8').replace(/^const VERSION = "[0-9a-f]{16}";/, 'const VERSION = "0123456789abcdef";');
    res.writeHead(file.endsWith('404.html') && path !== '/404.html' ? 404 : 200, { 'Content-Type': types[extname(file).slice(1)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, nextDeploy: () => void (deploy = 2), close: () => new Promise((r) => server.close(r)) };
}

test('a new deploy installs a new cache with the new pages and deletes the old one', async ({ page, context }) => {
  const host = await deployableHost();
  try {
    await page.goto(`${host.origin}/`);
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 45_000 });
    const cacheNames = () => page.evaluate(() => caches.keys());
    const [old] = await cacheNames();
    expect(old).toMatch(/^factline-[0-9a-f]{16}$/);
    expect(old).not.toBe('factline-0123456789abcdef');

    host.nextDeploy();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual(['factline-0123456789abcdef']);

    // Offline, the saved home page is the new deploy's.
    await context.setOffline(true);
    await page.goto(`${host.origin}/`);
    await expect(page.locator('#deploy-2')).toHaveText('Second deploy');
  } finally {
    await context.setOffline(false);
    await host.close();
  }
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
