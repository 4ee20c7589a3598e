/**
 * Page weight budgets on the built site in dist/ (sizes only; timings belong to the
 * benchmark): no HTML page over 300 kB, article pages at most 30 kB gzipped, reading pages
 * with at most 10 kB of JavaScript and every page with at most 12 kB of CSS, gzipped.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets.ts';
import { analyzeSite, gzipSize, isArticlePage, isReadingPage, type PageWeight } from '../../bench/page-weight.ts';

// The site `npm run build` wrote (FACTLINE_OUT moves it, as it does for the build script).
const dist = resolve(new URL('../../', import.meta.url).pathname, process.env.FACTLINE_OUT ?? 'dist');

/** Pages over a limit, as readable lines, so a failure names the page and its size. */
function over(pages: PageWeight[], measure: (p: PageWeight) => number, limit: number): string[] {
  return pages.filter((p) => measure(p) > limit).map((p) => `${p.url}: ${measure(p)} bytes (limit ${limit})`);
}

describe('page weight budgets of the built site', () => {
  // Without a build there is nothing to weigh: the first test then fails and says so.
  const site = existsSync(dist) ? analyzeSite(dist) : { files: 0, totalBytes: 0, pages: [] };
  const articles = site.pages.filter(isArticlePage);
  const reading = site.pages.filter(isReadingPage);

  it('has pages to check, article pages among them', () => {
    expect(site.pages.length).toBeGreaterThan(1);
    expect(articles.length).toBeGreaterThan(0);
  });

  it(`no HTML page is over ${BUDGETS.pageHtmlBytes / 1000} kB`, () => {
    expect(over(site.pages, (p) => p.htmlBytes, BUDGETS.pageHtmlBytes)).toEqual([]);
  });

  it(`every article page is at most ${BUDGETS.articleHtmlGzipBytes / 1000} kB of HTML, gzipped`, () => {
    expect(over(articles, (p) => p.htmlGzipBytes, BUDGETS.articleHtmlGzipBytes)).toEqual([]);
  });

  it(`reading pages load at most ${BUDGETS.readingJsGzipBytes / 1000} kB of JavaScript up front, gzipped`, () => {
    expect(over(reading, (p) => p.jsGzipBytes, BUDGETS.readingJsGzipBytes)).toEqual([]);
  });

  it(`no page loads more than ${BUDGETS.cssGzipBytes / 1000} kB of CSS, gzipped`, () => {
    expect(over(site.pages, (p) => p.cssGzipBytes, BUDGETS.cssGzipBytes)).toEqual([]);
  });
});

describe('page weight analysis', () => {
  const root = mkdtempSync(join(tmpdir(), 'factline-weight-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, body: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  const js = 'export const answer = 42;\n'.repeat(20);
  const lazy = 'export const later = 1;\n'.repeat(50);
  const css = 'body { color: black; }\n'.repeat(10);
  put('_astro/entry.js', `import { answer } from './shared.js';\nconst m = () => import('./lazy.js');\nconsole.log(answer, m);\n`);
  put('_astro/shared.js', js);
  put('_astro/lazy.js', lazy);
  put('_astro/site.css', css);
  put(
    'articles/one/index.html',
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script type="module" src="/_astro/entry.js"></script><script>console.log(1)</script></head><body><p>Text</p></body></html>`,
  );
  put('index.html', '<!doctype html><html><body><a href="/articles/one/">one</a></body></html>');
  const site = analyzeSite(root);
  const page = site.pages.find((p) => p.url === '/articles/one/')!;

  it('counts a script and its static imports, inline code, but not JSON-LD or dynamic imports', () => {
    expect(page.scripts).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
    const expected =
      gzipSize(`import { answer } from './shared.js';\nconst m = () => import('./lazy.js');\nconsole.log(answer, m);\n`) + gzipSize(js) + gzipSize('console.log(1)');
    expect(page.jsGzipBytes).toBe(expected);
  });

  it('counts linked stylesheets and classifies pages', () => {
    expect(page.stylesheets).toEqual(['/_astro/site.css']);
    expect(page.cssGzipBytes).toBe(gzipSize(css));
    expect(isArticlePage(page)).toBe(true);
    expect(site.pages.map((p) => p.url).sort()).toEqual(['/', '/articles/one/']);
    expect(site.pages.find((p) => p.url === '/')!.jsGzipBytes).toBe(0);
  });
});
