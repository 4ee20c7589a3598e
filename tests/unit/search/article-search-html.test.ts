import { describe, expect, it } from 'vitest';
import { markArticleForIndex } from '../../../src/integrations/search/article-search-html.ts';
import type { ArticleSearchEntry } from '../../../src/integrations/search/search-records.ts';
import { FactlineError } from '../../../src/lib/errors/index.ts';

const entry: ArticleSearchEntry = {
  url: '/articles/a/',
  file: 'articles/a/index.html',
  meta: { title: 'Tom & Jerry say "hi"', kind: 'article', date: '29 May 2025' },
  filters: { kind: ['article'], actor: ['Donald Trump', 'Smith, John'] },
  sort: { date: '2025-05-29' },
};

describe('markArticleForIndex', () => {
  const page = '<html><body><header><nav>Menu</nav></header><main><article class="x"><h1>T</h1><p>Body</p></article></main></body></html>';
  const marked = markArticleForIndex(page, entry);

  it('marks the article element as the indexed body and hands the indexer the article alone', () => {
    expect(marked).toContain('<article data-pagefind-body class="x">');
    expect(marked.replace(/<span data-pagefind-[^>]*><\/span>/g, '')).toBe(
      '<!doctype html><html><head><meta charset="utf-8"></head><body><article data-pagefind-body class="x"><h1>T</h1><p>Body</p></article></body></html>',
    );
    expect(marked).not.toContain('Menu');
  });

  it('keeps the language of the page, which chooses the index', () => {
    expect(markArticleForIndex(page.replace('<html>', '<html lang="de">'), entry)).toMatch(/^<!doctype html><html lang="de"><head>/);
  });

  it('adds one marker per filter value, meta and sort key, with attribute values escaped', () => {
    expect(marked).toContain('<span data-pagefind-filter="kind:article"></span>');
    expect(marked).toContain('<span data-pagefind-filter="actor:Smith, John"></span>');
    expect(marked).toContain('<span data-pagefind-meta="title:Tom &amp; Jerry say &quot;hi&quot;"></span>');
    expect(marked).toContain('<span data-pagefind-sort="date:2025-05-29"></span>');
  });

  it('indexes every spelling of the names it names in a section of their own at the end', () => {
    const named = markArticleForIndex(page, { ...entry, names: 'Volodymyr Zelensky · Zelenskyy · Zelenskiy' });
    expect(named).toContain('<p>Body</p><h2 id="names-in-this-article">·</h2><p>Volodymyr Zelensky · Zelenskyy · Zelenskiy</p></article>');
  });

  it('refuses a page without an article element, naming the file', () => {
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(FactlineError);
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(/articles\/a\/index\.html.*no <article> element/);
  });
});
