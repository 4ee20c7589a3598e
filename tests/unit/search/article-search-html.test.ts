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

  it('marks the article element as the indexed body, leaving the rest of the page as it was', () => {
    expect(marked).toContain('<article data-pagefind-body class="x">');
    expect(marked.replace(/ data-pagefind-body/, '').replace(/<span data-pagefind-[^>]*><\/span>/g, '')).toBe(page);
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
