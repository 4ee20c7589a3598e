/**
 * Reading in place and finding people by any spelling: a claim's verdict and details open next
 * to it without leaving the page (no script needed: HTML popover), annotation targets are big
 * enough to tap, a deep link stops below the header, searches that name an actor put them
 * first in any spelling, a misspelt search offers the index's spelling, and the search form
 * puts results first on a phone. Expectations come from the build's own corpus export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import type { CorpusJson } from '../../src/lib/export/corpus-json.ts';
import { DIST } from './built-site.ts';
import { TONE_ICONS, verdictInfo } from '../../src/lib/site/verdicts.ts';
import { readCorpusExport } from '../helpers/corpus-export.ts';

const corpus = readCorpusExport(DIST);
/** The article with the most annotations: the most targets to get wrong. */
const busiest = [...corpus.articles].sort((a, b) => b.quotes.length + b.claims.length + b.dates.length - (a.quotes.length + a.claims.length + a.dates.length))[0]!;
const PHONE = { width: 390, height: 844 };
const results = (page: Page) => page.locator('[data-search-results] > li');
const hrefs = async (page: Page, n: number) => {
  await expect(results(page).first()).toBeVisible();
  return (await results(page).locator('[data-result-link]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, n);
};

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('tapping a claim shows its verdict, who made it and a link, without navigating away', async ({ page }) => {
    const article = corpus.articles.find((a) => a.claims.some((c) => c.verdict !== 'unverified'))!;
    const claim = article.claims.find((c) => c.verdict !== 'unverified')!;
    const url = `/articles/${article.slug}/`;
    await page.goto(url);
    const anchor = `c-${claim.id.slice(1)}`;
    const button = page.locator(`[popovertarget="about-${anchor}"]`);
    // The verdict's word sits next to the claim, before anything is tapped.
    const { label, tone } = verdictInfo(claim.verdict);
    await expect(button).toBeVisible();
    await expect(button).toContainText(`${TONE_ICONS[tone]}${label}`);
    await button.tap();
    // The claim's card is its details: open, in the top layer, next to the claim.
    const details = page.locator(`#about-${anchor}`);
    await expect(details).toBeVisible();
    expect(await details.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await expect(details).toContainText(`${TONE_ICONS[tone]}${label}`);
    await expect(details.getByRole('link').last()).toHaveAttribute('href', /^\/claims\//);
    // In place: a sheet along the bottom of the screen, with the claim's button in view above
    // it, and the address did not change.
    const [b, d] = [await button.boundingBox(), await details.boundingBox()];
    expect(Math.abs(d!.y - (b!.y + b!.height))).toBeLessThan(PHONE.height / 2);
    expect(Math.round(d!.y + d!.height)).toBe(PHONE.height);
    expect(b!.y).toBeGreaterThanOrEqual(0);
    expect(b!.y + b!.height).toBeLessThanOrEqual(d!.y);
    expect(page.url()).toMatch(new RegExp(`${url}$`));
  });

  test('a card near the bottom of the screen opens as a sheet that leaves its mark in view', async ({ page }) => {
    await page.goto(`/articles/${busiest.slug}/`);
    // Bring a mark's button to the bottom edge, where the sheet would cover it.
    const button = page.locator('main .article-body .ann-ref > button').nth(2);
    await button.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
    await button.tap();
    const card = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(page.locator('.ann-notes > ol > li:popover-open')).toHaveCount(1);
    const [b, d] = [(await button.boundingBox())!, (await card.boundingBox())!];
    expect(b.y + b.height).toBeLessThanOrEqual(d.y);
    await page.keyboard.press('Escape');
    await expect(page.locator('.ann-notes > ol > li:popover-open')).toHaveCount(0);
  });

  test('every annotation target is at least 24×24 CSS px', async ({ page }) => {
    await page.goto(`/articles/${busiest.slug}/`);
    const sizes = await page.locator('main .ann-ref > button').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('popovertarget'), width: r.width, height: r.height };
    }));
    expect(sizes.length).toBe(busiest.quotes.length + busiest.claims.length + busiest.dates.length);
    expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
  });

  test('a deep-linked quote’s first line is visible below the header', async ({ page }) => {
    const article = corpus.articles.find((a) => a.quotes.length > 2)!;
    const quote = article.quotes[article.quotes.length - 1]!;
    await page.goto(`/articles/${article.slug}/#q-${quote.id.slice(1)}`);
    const box = (await page.locator(`#q-${quote.id.slice(1)}`).boundingBox())!;
    // Below any header still in view (a sticky one), with room for the line before it.
    const headerBottom = await page.locator('.site-header').evaluate((h) => Math.max(0, h.getBoundingClientRect().bottom));
    expect(box.y).toBeGreaterThanOrEqual(headerBottom + 24);
    expect(box.y + 10).toBeLessThan(PHONE.height);
  });

  test('search results come first; the filters fold under one control that counts the active ones', async ({ page }) => {
    await page.goto('/search/?q=Putin&kind=quote');
    await expect(results(page).first()).toBeVisible();
    expect((await results(page).first().boundingBox())!.y).toBeLessThan(PHONE.height);
    const filters = page.locator('[data-search-filters]');
    await expect(filters).not.toHaveAttribute('open');
    await expect(filters.locator('summary')).toContainText('1 active');
    await filters.locator('summary').tap();
    await expect(page.getByLabel('Type')).toHaveValue('quote');
  });
});

test.describe('search by name, in any spelling', () => {
  test('Putin: his page first, then his quotes', async ({ page }) => {
    await page.goto('/search/?q=Putin');
    const first = results(page).first();
    await expect(first).toHaveAttribute('data-kind', 'actor');
    await expect(first.locator('[data-result-link]')).toHaveAttribute('href', '/actors/vladimir-putin/');
    const second = results(page).nth(1);
    await expect(second).toHaveAttribute('data-kind', 'quote');
    await expect(second.locator('[data-speaker]')).toHaveText('Vladimir Putin');
  });

  test('Zelenskyy and Zelenskiy give the same top results as Zelensky', async ({ page }) => {
    await page.goto('/search/?q=Zelensky');
    const expected = await hrefs(page, 8);
    expect(expected[0]).toBe('/actors/volodymyr-zelensky/');
    for (const spelling of ['Zelenskyy', 'Zelenskiy']) {
      await page.goto(`/search/?q=${spelling}`);
      expect(await hrefs(page, 8), spelling).toEqual(expected);
    }
  });

  test('Zelenskyy finds his quotes when the search is for quotes only', async ({ page }) => {
    const his = corpus.articles.flatMap((a) => a.quotes.filter((q) => q.speaker === 'volodymyr-zelensky'));
    expect(his.length).toBeGreaterThan(0);
    await page.goto('/search/?q=Zelenskyy&kind=quote');
    await expect(results(page).first().locator('[data-speaker]')).toHaveText('Volodymyr Zelensky');
  });

  test('a misspelt search offers the index’s spelling: ceasfire → ceasefire', async ({ page }) => {
    await page.goto('/search/?q=ceasfire');
    await expect(page.locator('[data-search-status]')).toContainText('0 results');
    const suggestion = page.locator('[data-suggestion]').first();
    await expect(suggestion).toHaveText('ceasefire');
    await suggestion.click();
    await expect(page).toHaveURL(/\?q=ceasefire$/);
    await expect(results(page).first()).toBeVisible();
  });

  test('Who = Donald Trump with Type = Claims finds the claims his page lists, and by or about narrows them', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Type').selectOption('claim');
    await page.getByLabel('Who').selectOption('Donald Trump');
    await expect(results(page).first()).toBeVisible();
    for (const item of await results(page).all()) await expect(item).toHaveAttribute('data-kind', 'claim');
    const all = await results(page).count();
    await page.getByLabel('By or about them').selectOption('about');
    await expect(page).toHaveURL(/kind=claim&actor=Donald\+Trump&role=about$/);
    await expect(results(page).first()).toBeVisible();
    expect(await results(page).count()).toBeLessThanOrEqual(all);
  });

  test('the Year filter offers every year that has content', async ({ page }) => {
    const years = new Set<string>();
    for (const a of corpus.articles) {
      years.add(a.published.slice(0, 4));
      for (const q of a.quotes) if (q.said) years.add(q.said.slice(0, 4));
      for (const d of a.dates) years.add(d.value.slice(0, 4));
    }
    for (const e of corpus.events) years.add(e.date.slice(0, 4));
    await page.goto('/search/');
    const offered = await page.getByLabel('Year').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.sort()).toEqual([...years].sort());
  });

  test('article snippets never show the legend or interface text', async ({ page }) => {
    await page.goto('/search/?q=Trump&kind=article');
    await expect(results(page).first()).toBeVisible();
    const text = (await results(page).allInnerTexts()).join('\n');
    for (const ui of ['Blue: a quote', 'underlined in the colour', 'Details of', 'The verdict in full', 'Annotations', /Claims \(\d+\)/, /Quotes \(\d+\)/]) expect(text).not.toMatch(ui);
    await page.goto('/search/?q=colour+of+their+verdict');
    await expect(page.locator('[data-search-status]')).toContainText('0 results');
  });
});

for (const [what, path, open] of [
  ['an article with a claim’s details open', `/articles/${busiest.slug}/`, '.ann-ref > button[data-verdict]'],
  ['a search offering a spelling', '/search/?q=ceasfire', '[data-suggestion]'],
] as const) {
  test(`axe: ${what}, light and dark`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    if (open.startsWith('.ann')) await page.locator(open).first().click();
    await expect(page.locator(open.startsWith('.ann') ? '.ann-notes > ol > li:popover-open' : open).first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const found = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations;
      expect(found.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test.describe('timeline, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('narrows to one kind with a link, and offers each person’s own record', async ({ page }) => {
    await page.goto('/timeline/');
    const items = page.locator('.tl-item');
    const all = await items.count();
    const events = await page.locator('.tl-item[data-kind="event"]').count();
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThan(all);
    await page.getByRole('navigation', { name: 'Narrow the timeline' }).getByRole('link', { name: /^Events \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/#only-events$/);
    await expect(page.locator('.tl-item:visible')).toHaveCount(events);
    for (const kind of await page.locator('.tl-item:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))) expect(kind).toBe('event');
    await page.getByRole('link', { name: /^Everything/ }).click();
    await expect(page.locator('.tl-item:visible')).toHaveCount(all);
    const person = page.getByRole('navigation', { name: 'Narrow the timeline' }).locator('a[href^="/actors/"]').first();
    const href = (await person.getAttribute('href'))!;
    await person.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});
