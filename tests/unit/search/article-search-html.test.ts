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

  it('hands over the text without the interface after each mark, and without the marks\' own ids', () => {
    const body =
      '<article><p>“<q class="ann-quote" data-speaker="ana" id="q-1">We will</q><span class="ann-ref" data-pagefind-ignore=""><button type="button">q1</button>' +
      '<span id="about-q-1" popover=""><span class="ann-pop-line">Ana</span></span></span>,” said Ana on <time class="ann-date" datetime="2025-05-01" id="d-1">1 May</time>.</p>' +
      '<h4 id="note-q-1">Ana · said 1 May 2025</h4><span class="ann-claim" id="c-12">x</span></article>';
    const indexed = markArticleForIndex(`<html><body>${body}</body></html>`, entry);
    expect(indexed).toContain(
      '<p>“<q class="ann-quote" data-speaker="ana">We will</q>,” said Ana on <time class="ann-date" datetime="2025-05-01">1 May</time>.</p><h4 id="note-q-1">Ana · said 1 May 2025</h4><span class="ann-claim">x</span>',
    );
    expect(indexed).not.toContain('about-q-1');
  });

  it('refuses a page without an article element, naming the file', () => {
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(FactlineError);
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(/articles\/a\/index\.html.*no <article> element/);
  });
});
