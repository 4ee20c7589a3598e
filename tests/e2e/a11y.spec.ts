/**
 * axe (WCAG 2.0/2.1 A and AA) on every kind of page the build wrote, in light and dark colour
 * schemes: pages of one kind share their template, so the fullest page of each kind stands for
 * them all. Kinds come from dist/, so a new page kind is covered without listing it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages, DIST, pageKind } from './built-site.ts';

const all = builtPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
/** The largest page of each kind: the one with the most content to get wrong. */
const byKind = new Map<string, string>();
for (const path of all) {
  const kind = pageKind(path);
  const current = byKind.get(kind);
  if (!current || statSync(fileOf(path)).size > statSync(fileOf(current)).size) byKind.set(kind, path);
}
const pages = [...byKind.values()].sort();

test('the built site has every kind of page to check', () => {
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
