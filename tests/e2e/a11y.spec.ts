/**
 * axe (WCAG 2.0/2.1 A and AA) on every page the build wrote, in light and dark colour
 * schemes. Tests are generated from dist/, so a new page type is covered without listing it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages } from './built-site.ts';

const pages = builtPages();

test('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
  test(`axe: no violations on ${path}, light and dark`, async ({ page }) => {
    await page.goto(path);
    // The colour scheme switches live (prefers-color-scheme media queries), so one load serves both.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
    }
  });
}
