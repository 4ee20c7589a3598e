import { describe, expect, it } from 'vitest';
import { indexedBody, markArticleForIndex } from '../../../src/integrations/search/article-search-html.ts';
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
    expect(marked.replace(/<span data-pagefind-[^>]*><\/span>/g, '')).toBe(
      '<!doctype html><html><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>T</h1><p>Body</p></article></body></html>',
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
      '<ol><li id="about-q-1" popover><h4 id="note-q-1">Ana · said 1 May 2025</h4></li></ol><span class="ann-claim" id="c-12">x</span></article>';
    const indexed = markArticleForIndex(`<html><body>${body}</body></html>`, entry);
    expect(indexed).toContain('<p>“<q>We will</q>,” said Ana on <time>1 May</time>.</p><ol><li><h4 id="note-q-1">Ana · said 1 May 2025</h4></li></ol><span>x</span>');
    expect(indexed).not.toContain('about-q-1');
  });

  it('refuses a page without an article element, naming the file', () => {
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(FactlineError);
    expect(() => markArticleForIndex('<html><body><p>x</p></body></html>', entry)).toThrow(/articles\/a\/index\.html.*no <article> element/);
  });
});

describe('indexedBody', () => {
  it('leaves out every element marked data-pagefind-ignore, nested ones of the same name included', () => {
    expect(indexedBody('<li><p>Kept</p><div data-pagefind-ignore><div>badge</div><div>x</div></div><p data-pagefind-ignore="">Reviewed</p><p>Also kept</p></li>')).toBe(
      '<li><p>Kept</p><p>Also kept</p></li>',
    );
  });

  it('leaves out the ref after each mark by its class, so the ref needs no attribute of its own', () => {
    expect(indexedBody('<p>“<q class="ann-quote" id="q-1">We will</q><span class="ann-ref"><button popovertarget="about-q-1"><span>Details of quote </span>q1</button></span>,” she said.</p>')).toBe(
      '<p>“<q>We will</q>,” she said.</p>',
    );
    expect(indexedBody('<p><span class="ann-reference">kept</span></p>')).toBe('<p><span>kept</span></p>');
  });

  it('leaves out links within the page, and keeps links elsewhere', () => {
    expect(indexedBody('<li><h4 id="note-q-1">Ana</h4><a href="#q-1">Back to quote q1 in the text</a><a href="/actors/ana/">Ana</a></li>')).toBe(
      '<li><h4 id="note-q-1">Ana</h4><a>Ana</a></li>',
    );
  });

  it('keeps only the attributes the indexer reads: ids of sections, language, role, labels and its own', () => {
    expect(
      indexedBody('<section aria-labelledby="annotations-heading" class="mt-12"><h2 id="annotations-heading" class="x">A</h2><p role="note" lang="de">N</p><span data-pagefind-weight="2" data-verdict="false" id="c-3">T</span><br/></section>'),
    ).toBe('<section aria-labelledby="annotations-heading"><h2 id="annotations-heading">A</h2><p role="note" lang="de">N</p><span data-pagefind-weight="2">T</span><br/></section>');
  });

  it('keeps an image\'s address and text, and the attributes an element asks to have indexed', () => {
    expect(indexedBody('<p><img class="w-full" src="/a.png" alt="The dam" loading="lazy"><abbr title="North Atlantic Treaty Organization" data-pagefind-index-attrs="title" class="x">NATO</abbr></p>')).toBe(
      '<p><img src="/a.png" alt="The dam"><abbr title="North Atlantic Treaty Organization" data-pagefind-index-attrs="title">NATO</abbr></p>',
    );
  });

  it('gives the same copy for a claim whose verdict, status and explanation changed, and another for new words', () => {
    const card = (verdict: string, status: string, explanation: string, text = 'Prices rose 5%.') =>
      `<p><span class="ann-claim" data-verdict="${verdict}" id="c-1">${text}</span><span class="ann-ref"><button>c1</button><span popover=""><span>${verdict}</span></span></span></p>` +
      `<li class="note-card"><h4 id="note-c-1" class="note-title">Claim c1 · made by the article</h4><div data-pagefind-ignore><span class="verdict-badge bg-red-100">${verdict}</span></div><p class="mt-2 font-serif">${text}</p><p data-pagefind-ignore>${explanation}</p><p class="note-meta" data-pagefind-ignore>${status}</p></li>`;
    expect(indexedBody(card('false', 'Reviewed', 'The release says 2%.'))).toBe(indexedBody(card('unverified', 'Suggested', '')));
    expect(indexedBody(card('false', 'Reviewed', 'x', 'Prices rose 6%.'))).not.toBe(indexedBody(card('false', 'Reviewed', 'x')));
  });

  it('keeps the rest of the page when an ignored element never closes, rather than guess where it ends', () => {
    expect(indexedBody('<p>a</p><div data-pagefind-ignore><p>b</p>')).toBe('<p>a</p><div data-pagefind-ignore><p>b</p>');
  });
});
