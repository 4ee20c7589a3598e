/**
 * Links in the built site are safe: every link to another site is http(s) and opens with
 * `rel="noopener noreferrer"`; no page has a `javascript:`, `data:` or `vbscript:` link or an
 * inline event-handler attribute, whatever the articles and annotations contained.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) pages.push(p);
  }
};
walk(dist);

const tags = (html: string) => [...html.matchAll(/<a\s[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

it('finds source links to check', () => {
  const external = pages.flatMap((p) => tags(readFileSync(p, 'utf8')).filter((t) => /^https?:\/\//.test(attr(t, 'href') ?? '')));
  expect(external.length).toBeGreaterThan(10);
});

it('every link to another site is http(s) with rel="noopener noreferrer"', () => {
  const failures: string[] = [];
  for (const page of pages) {
    for (const tag of tags(readFileSync(page, 'utf8'))) {
      const href = attr(tag, 'href') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(href)) failures.push(`${relative(dist, page)}: unsafe link ${tag}`);
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || /^mailto:/i.test(href)) continue;
      const rel = (attr(tag, 'rel') ?? '').split(/\s+/);
      if (!/^https?:\/\//i.test(href)) failures.push(`${relative(dist, page)}: link with scheme other than http(s): ${tag}`);
      else if (!rel.includes('noopener') || !rel.includes('noreferrer')) failures.push(`${relative(dist, page)}: external link without rel="noopener noreferrer": ${tag}`);
    }
  }
  expect(failures).toEqual([]);
});

it('no page has an inline event-handler attribute', () => {
  const failures = pages.filter((p) => /<[a-z][^>]*\son[a-z]+\s*=/i.test(readFileSync(p, 'utf8'))).map((p) => relative(dist, p));
  expect(failures).toEqual([]);
});
