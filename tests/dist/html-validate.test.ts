/** Every built page is valid HTML (html-validate, recommended rules with a few documented exceptions). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) pages.push(p);
  }
};
walk(dist);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Tailwind's utility classes and Astro's scoped attributes are not ours to rename.
    'attribute-empty-style': 'off',
    'no-inline-style': 'off',
    // Long article titles and quotes are the publisher's words.
    'long-title': 'off',
    // Typographic quotes in text are intended.
    'no-trailing-whitespace': 'off',
  },
});

it('finds built pages', () => expect(pages.length).toBeGreaterThan(10));

it('no built page fails html-validate', async () => {
  const failures: string[] = [];
  for (const page of pages.sort()) {
    const report = await validator.validateFile(page);
    for (const r of report.results) for (const m of r.messages) failures.push(`${relative(dist, page)}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
  }
  expect(failures).toEqual([]);
});
