/**
 * The foundation's promises, in Chromium against the built site: the home page lists every
 * article with its date, each article page renders its body with annotation marks that carry
 * stable ids. (axe runs on every page in a11y.spec.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const articlesDir = new URL('../../content/articles/', import.meta.url);
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(new URL(f, articlesDir), 'utf8');
    return { slug: f.slice(0, -3), published: /^published: '?"?(\d{4}-\d{2}-\d{2})/m.exec(text)![1]! };
  });

test('home lists every article with its publication date', async ({ page }) => {
  await page.goto('/');
  for (const a of articles) {
    const link = page.locator(`a[href="/articles/${a.slug}/"]`).first();
    await expect(link).toBeVisible();
    await expect(page.locator(`time[datetime="${a.published}"]`).first()).toBeVisible();
  }
});

for (const a of articles) {
  test(`article ${a.slug} renders its body and annotation marks`, async ({ page }) => {
    await page.goto(`/articles/${a.slug}/`);
    await expect(page.locator('h1')).toBeVisible();
    const paragraphs = page.locator('main .article-body p');
    expect(await paragraphs.count()).toBeGreaterThan(2);
    const marks = page.locator('main .article-body [id^="q-"], main .article-body [id^="c-"], main .article-body [id^="d-"]');
    expect(await marks.count()).toBeGreaterThan(0);
    // A mark's button opens its card in place, without leaving the page; closed, the card stands
    // in the list under the article.
    const button = page.locator('main .article-body .ann-ref > button').first();
    const card = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(card).toBeVisible();
    const inList = (await card.boundingBox())!;
    await button.click();
    await expect(page.locator('.ann-notes > ol > li:popover-open')).toHaveCount(1);
    expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const open = (await card.boundingBox())!;
    const at = (await button.boundingBox())!;
    expect(Math.abs(open.y - (at.y + at.height))).toBeLessThan(Math.abs(inList.y - (at.y + at.height)));
    await expect(card.locator('h4[id^="note-"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.ann-notes > ol > li:popover-open')).toHaveCount(0);
    await expect(card).toBeVisible();
  });
}
