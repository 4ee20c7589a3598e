/**
 * Every page type of the reading site renders its content, against the built site: the
 * timeline (time-keyed archive pages, honest date labels, one entry per event with its
 * sources), actor pages, quotes, claims, methodology, feeds, 404, head metadata, structured
 * data, phone width, dark mode and print.
 */
import { expect, test, type Page } from './fixtures.ts';
import { formatCalendarValue } from '../../src/lib/site/format-calendar.ts';
import { precisionOf } from '../../src/lib/schema/common.ts';
import { VERDICTS } from '../../src/lib/site/verdicts.ts';
import { builtPages, jsonLdBlocks } from './built-site.ts';

const CALL = 'event-trump-putin-call-2025-05-19';

async function jsonLd(page: Page) {
  return jsonLdBlocks(await page.content());
}

const timelinePages = () => builtPages().filter((p) => p.startsWith('/timeline/'));

test.describe('timeline', () => {
  test('shows the 19 May 2025 Trump–Putin call once, with every source sentence', async ({ page }) => {
    let found = 0;
    for (const path of timelinePages()) {
      await page.goto(path);
      const entry = page.locator(`#${CALL}`);
      const n = await entry.count();
      if (n === 0) continue;
      found += n;
      await expect(entry.locator('time').first()).toHaveText('19 May 2025');
      await expect(entry).toContainText('Donald Trump');
      await expect(entry).toContainText('Vladimir Putin');
      const sources = entry.locator('a[href*="/articles/"][href*="#d-"]');
      expect(await sources.count()).toBeGreaterThan(0);
    }
    expect(found).toBe(1);
  });

  test('labels every date exactly as precisely as it is known', async ({ page }) => {
    await page.goto('/timeline/');
    const times = await page.locator('main li.tl-item > article > p:first-child time').evaluateAll((ts) => ts.map((t) => [t.getAttribute('datetime')!, t.textContent!.trim()]));
    expect(times.length).toBeGreaterThan(5);
    for (const [value, label] of times) expect(label).toBe(formatCalendarValue(value!, precisionOf(value!)!));
  });

  test('reads oldest first, grouped by year, with events as structured data', async ({ page }) => {
    await page.goto('/timeline/');
    const years = await page.locator('main h2[id^="y-"]').allTextContents();
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    const ld = await jsonLd(page);
    expect(ld.some((d) => d['@type'] === 'Event' && d.name && d.startDate)).toBe(true);
  });

  test('a dated quote names its speaker once, as a link to their page, with no chip row repeating them', async ({ page }) => {
    await page.goto('/timeline/');
    const quotes = page.locator('main li.tl-item[data-kind="quote"]');
    expect(await quotes.count()).toBeGreaterThan(0);
    const trump = quotes.filter({ has: page.locator('.tl-speaker a[href="/actors/donald-trump/"]') }).first();
    await expect(trump.locator('.tl-speaker')).toHaveText('Donald Trump said');
    await expect(quotes.locator('.chip-row')).toHaveCount(0);
  });

  test('archive pages are keyed by time and none is written twice in another order', async () => {
    const pages = timelinePages();
    expect(pages).toContain('/timeline/');
    for (const path of pages) expect(path).toMatch(/^\/timeline\/(\d{4}\/(\d{2}\/(\d{2}\/)?)?)?$/);
  });

  test('an actor page links each of their events to its entry on the timeline', async ({ page }) => {
    await page.goto('/actors/donald-trump/');
    const link = page.locator(`section:has(#events) a[href$="#${CALL}"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page.locator(`#${CALL}`)).toBeVisible();
  });
});

test.describe('actor pages', () => {
  test('Donald Trump: roles, quotes newest first, and the false “former president” claims', async ({ page }) => {
    await page.goto('/actors/donald-trump/');
    await expect(page.locator('h1')).toHaveText('Donald Trump');
    await expect(page.locator('#roles + ul')).toContainText('President of the United States');
    const dates = await page.locator('section:has(#quotes) li[data-sort-date]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-sort-date')!));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    const quoteLinks = page.locator('section:has(#quotes) a[href*="#q-"]');
    expect(await quoteLinks.count()).toBe(dates.length);
    const about = page.locator('section:has(#claims-about)');
    const former = about.locator('li', { hasText: /former/i }).filter({ hasText: 'False' });
    expect(await former.count()).toBeGreaterThanOrEqual(2);
    // Claims about him are not his record: no verdict bar there, nor for claims he made (none yet).
    await expect(page.locator('[data-scorecard]')).toHaveCount(0);
    const person = (await jsonLd(page)).find((d) => d['@type'] === 'Person');
    expect(person).toMatchObject({ name: 'Donald Trump', sameAs: ['https://www.wikidata.org/wiki/Q22686'] });
  });

  test('the actor index links to every actor page, grouped by kind', async ({ page }) => {
    await page.goto('/actors/');
    await expect(page.locator('h2#kind-person')).toBeVisible();
    expect(await page.locator('main a[href^="/actors/"]').count()).toBeGreaterThan(5);
  });
});

test.describe('quotes and claims', () => {
  test('quotes are grouped by speaker and link to their place in the article', async ({ page }) => {
    await page.goto('/quotes/');
    expect(await page.locator('main section h2').count()).toBeGreaterThan(1);
    expect(await page.locator('main blockquote').count()).toBeGreaterThan(3);
    expect(await page.locator('main a[href*="/articles/"][href*="#q-"]').count()).toBeGreaterThan(3);
  });

  test('claims are grouped by verdict, and each claim page shows it in context with its structured data', async ({ page }) => {
    await page.goto('/claims/');
    const claimPages = await page.locator('main a[href^="/claims/"]:not([href^="/claims/verdict/"])').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(claimPages.length).toBeGreaterThan(2);
    for (const path of claimPages) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main mark').first()).toBeVisible();
      await expect(page.locator('main a[href*="#c-"]').first()).toBeVisible();
      const [ld] = await jsonLd(page);
      expect(['ClaimReview', 'Claim']).toContain(ld!['@type']);
      if (ld!['@type'] === 'ClaimReview') {
        expect(ld).toMatchObject({ claimReviewed: expect.any(String), datePublished: expect.any(String), url: expect.stringContaining(path) });
        expect(ld!.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1, alternateName: expect.any(String), ratingValue: expect.any(Number) });
        expect(ld!.itemReviewed).toMatchObject({ '@type': 'Claim', author: { name: expect.any(String) }, appearance: { url: expect.any(String) } });
        // The reviewer, as the page's "Checked on … by …" line names them; the site publishes the review.
        expect(ld!.author).toMatchObject({ '@type': 'Person', name: expect.any(String) });
        await expect(page.locator('[data-review]')).toContainText(`by ${ld!.author.name}`);
        expect(ld!.publisher).toMatchObject({ '@type': 'Organization', name: 'Factline' });
      }
    }
  });
});

test('methodology explains every verdict, dates and corrections', async ({ page }) => {
  await page.goto('/methodology/');
  for (const v of VERDICTS) {
    await expect(page.locator('#verdicts ~ dl')).toContainText(v.label);
    await expect(page.locator('#verdicts ~ dl')).toContainText(v.definition);
  }
  await expect(page.locator('#dates')).toBeVisible();
  await expect(page.locator('section:has(#annotations)')).toContainText('suggested');
  await expect(page.locator('section:has(#corrections)')).toContainText('pull request');
});

test('article pages carry NewsArticle and Quotation data', async ({ page }) => {
  await page.goto('/');
  await page.locator('main ol a[href^="/articles/"]').first().click();
  // The click only starts the navigation: read the article's page, not the home page.
  await page.waitForURL(/\/articles\/[^/]+\/$/);
  await expect(page.locator('main article h1')).toBeVisible();
  const ld = await jsonLd(page);
  expect(ld[0]).toMatchObject({ '@type': 'NewsArticle', headline: expect.any(String), datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  expect(ld.some((d) => d['@type'] === 'Quotation' && d.text && d.creator && d.isPartOf)).toBe(true);
});

test('every page type has canonical, Open Graph, Twitter, feed and sitemap links in its head', async ({ page }) => {
  for (const path of ['/', '/timeline/', '/actors/donald-trump/', '/quotes/', '/claims/', '/methodology/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/rss\.xml$/);
    await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
  }
});

test('the RSS feed lists articles and claim reviews; the sitemap lists the pages', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain('<rss');
  expect((rss.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(5);
  expect(rss).toMatch(/\/articles\/[^<]+\/<\/link>/);
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const p of ['/timeline/', '/actors/donald-trump/', '/claims/', '/methodology/']) expect(sitemap).toContain(p);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page is not here');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test.describe('layout', () => {
  const paths = ['/', '/timeline/', '/actors/', '/actors/donald-trump/', '/quotes/', '/claims/', '/methodology/'];

  test('no page scrolls sideways at phone width', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('dark mode follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/timeline/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/[\d.]+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(120);
  });

  test('print drops navigation', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/actors/donald-trump/');
    await expect(page.locator('header nav[aria-label="Main"]')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });

  test('keyboard focus is visible', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
