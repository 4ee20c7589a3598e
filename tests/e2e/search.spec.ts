/**
 * Search on the built site: the first query's download budget, filters that return only what
 * they name, the URL as the search's only state (reload, back and forward), the header box
 * and its `/` shortcut, and no Content-Security-Policy violation along the way. The
 * expectations come from the build's own corpus export, not from a copy kept here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures.ts';
import type { CorpusJson } from '../../src/lib/export/corpus-json.ts';
import { DIST } from './built-site.ts';
import { readCorpusExport } from '../helpers/corpus-export.ts';

const corpus = readCorpusExport(DIST);
const actorName = (id: string) => corpus.actors.find((a) => a.id === id)!.name;
const quotesBy = (id: string) => corpus.articles.flatMap((a) => a.quotes.filter((q) => q.speaker === id));

/** The first query may download at most this much from /pagefind/ (bytes on the wire). */
const FIRST_QUERY_BUDGET = 100_000;

const results = (page: Page) => page.locator('[data-search-results] > li');

test.describe('first query', () => {
  // Measured without the service worker, so every byte comes from the network.
  test.use({ serviceWorkers: 'block' });

  test(`downloads at most ${FIRST_QUERY_BUDGET / 1000} kB from /pagefind/`, async ({ page }) => {
    await page.goto('/search/');
    const requests: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    // Context-wide, so requests of Pagefind's web worker count too.
    page.context().on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      pending.push(request.sizes().then((s) => void requests.push({ url: request.url(), bytes: s.responseBodySize })));
    });
    await page.getByLabel('Words or a phrase').fill('stringing us along');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(results(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const total = requests.reduce((n, r) => n + r.bytes, 0);
    console.log(`First query transferred ${total} bytes from /pagefind/ in ${requests.length} requests:`);
    for (const r of requests.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(r.bytes).padStart(7)}  ${new URL(r.url).pathname}`);
    expect(requests.some((r) => /\/wasm\.\w+\.pagefind$/.test(r.url)), 'the WebAssembly engine is among the counted requests').toBe(true);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
  });
});

test('a reading page loads no search code until the search is used', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
});

test('the quote filter and an actor return only that actor’s quotes', async ({ page }) => {
  const expected = quotesBy('vladimir-putin');
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/search/');
  await page.getByLabel('Type').selectOption('quote');
  await page.getByLabel('Who').selectOption('Vladimir Putin');
  await expect(page).toHaveURL(/\/search\/\?kind=quote&actor=Vladimir\+Putin$/);
  await expect(page.locator('[data-search-status]')).toContainText(`${expected.length} result`);
  await expect(results(page)).toHaveCount(expected.length);
  for (const item of await results(page).all()) {
    await expect(item).toHaveAttribute('data-kind', 'quote');
    await expect(item.locator('[data-speaker]')).toHaveText('Vladimir Putin');
  }
  // Words narrow the filtered set further; the filters stay.
  await page.getByLabel('Words or a phrase').fill('Trump');
  await page.getByLabel('Words or a phrase').press('Enter');
  await expect(page).toHaveURL(/\?q=Trump&kind=quote&actor=Vladimir\+Putin$/);
  await expect(page.locator('[data-search-status]')).toContainText('for “Trump”');
  for (const item of await results(page).all()) await expect(item.locator('[data-speaker]')).toHaveText('Vladimir Putin');
});

test('sorting by date orders the results newest or oldest first, and the relevance order comes back', async ({ page }) => {
  // The main bundle is sorted in the page from its dates file; Pagefind's own order is relevance.
  const datesOf = async () => (await results(page).all()).length && page.locator('[data-search-results] > li[data-kind="article"] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const articles = corpus.articles.filter((a) => /Trump/.test(a.title) || a.quotes.some((q) => q.speaker === 'donald-trump')).length;
  expect(articles).toBeGreaterThan(1);
  for (const [sort, direction] of [['newest', -1], ['oldest', 1]] as const) {
    await page.goto(`/search/?q=Trump&kind=article&sort=${sort}`);
    await expect(results(page).first()).toBeVisible();
    while (await page.locator('[data-search-more]').isVisible()) await page.locator('[data-search-more]').click();
    const dates = (await datesOf()) as string[];
    expect(dates.length).toBeGreaterThan(1);
    const ordered = [...dates].sort();
    expect(dates).toEqual(direction === 1 ? ordered : ordered.reverse());
  }
});

test('a kind the site has no records of finds nothing, rather than every result', async ({ page }) => {
  // A site without claims: its manifest lists no claim bundles (as the build writes it then).
  await page.route('**/pagefind/manifest.json', async (route) => {
    const manifest = (await (await route.fetch()).json()) as { shards: Record<string, string[]> };
    await route.fulfill({ json: { ...manifest, shards: { ...manifest.shards, claims: [] } } });
  });
  await page.goto('/search/?q=Trump&kind=claim');
  await expect(page.locator('[data-search-status]')).toContainText('0 results');
  await expect(results(page)).toHaveCount(0);
  // The same words over every kind still find what the site has.
  await page.goto('/search/?q=Trump');
  await expect(results(page).first()).toBeVisible();
});

test('the URL restores the query and filters on reload, and back and forward step through searches', async ({ page }) => {
  await page.goto('/search/?q=ukraine&kind=claim&verdict=false');
  const q = page.getByLabel('Words or a phrase');
  await expect(q).toHaveValue('ukraine');
  await expect(page.getByLabel('Type')).toHaveValue('claim');
  await expect(page.getByLabel('Verdict')).toHaveValue('false');
  await expect(results(page).first()).toBeVisible();
  const first = await results(page).allTextContents();
  for (const item of await results(page).all()) await expect(item).toHaveAttribute('data-kind', 'claim');

  await page.reload();
  await expect(q).toHaveValue('ukraine');
  await expect(page.getByLabel('Type')).toHaveValue('claim');
  await expect(page.getByLabel('Verdict')).toHaveValue('false');
  await expect(results(page)).toHaveText(first);

  // A new filter is a new history entry; back restores the previous search, forward the new one.
  await page.getByLabel('Type').selectOption('');
  await expect(page).toHaveURL(/\/search\/\?q=ukraine&verdict=false$/);
  await expect(page.getByLabel('Type')).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ukraine&kind=claim&verdict=false$/);
  await expect(page.getByLabel('Type')).toHaveValue('claim');
  await expect(results(page)).toHaveText(first);
  await page.goForward();
  await expect(page.getByLabel('Type')).toHaveValue('');
});

test('the header search box submits to /search/, and / focuses it', async ({ page }) => {
  await page.goto('/timeline/');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await expect(box).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await page.keyboard.type('Zelensky');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Zelensky$/);
  await expect(page.getByLabel('Words or a phrase')).toHaveValue('Zelensky');
  await expect(results(page).first()).toBeVisible();
  // On the search page, / goes to its own box.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Words or a phrase')).toBeFocused();
});

test('results show a quote’s words, speaker, date and article, and link to it', async ({ page }) => {
  const article = corpus.articles.find((a) => a.quotes.some((q) => q.speaker === 'donald-trump'))!;
  const quote = article.quotes.find((q) => q.speaker === 'donald-trump')!;
  const words = quote.text.split(/\s+/).slice(0, 6).join(' ');
  await page.goto(`/search/?q=${encodeURIComponent(words)}&kind=quote`);
  const item = results(page).filter({ hasText: words }).first();
  await expect(item.locator('[data-speaker]')).toHaveText(actorName('donald-trump'));
  await expect(item.locator('[data-article]')).toContainText(article.title);
  await expect(item.locator('[data-date] time')).toHaveAttribute('datetime', quote.said ?? article.published);
  await expect(item.locator('[data-result-link]')).toHaveAttribute('href', `/articles/${article.slug}/#q-${quote.id.slice(1)}`);
});

test('article results quote the article’s words without the annotation labels', async ({ page }) => {
  await page.goto('/search/?q=stringing+us+along&kind=article');
  const excerpt = results(page).first();
  await expect(excerpt).toContainText('stringing');
  // "differently.q2 Despite": a label such as q2, c4 or d1 glued to the text is an indexing bug.
  expect(await excerpt.innerText()).not.toMatch(/[a-z.,”"][qcd]\d+\b/);
});
