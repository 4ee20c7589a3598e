import { describe, expect, it } from 'vitest';
import { kindBundles, mainParts, quarterOf, quarterStart } from '../../../src/integrations/search/build-search-index.ts';
import type { ArticleSearchEntry } from '../../../src/integrations/search/search-records.ts';
import { countWords, vocabularyOf, buildVocabulary } from '../../../src/integrations/search/vocabulary.ts';

describe('quarterOf: where the main index splits its newest part off', () => {
  it('names the quarter of a day or a month', () => {
    expect(quarterOf('2025-01-01')).toBe('2025-Q1');
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04')).toBe('2025-Q2');
    expect(quarterOf('2025-09-03T10:00:00Z')).toBe('2025-Q3');
    expect(quarterOf('2025-12-30')).toBe('2025-Q4');
  });

  it('gives the first day of a day’s quarter', () => {
    expect(quarterStart('2025-12-30')).toBe('2025-10-01');
    expect(quarterStart('2025-01-01')).toBe('2025-01-01');
    expect(quarterStart('2024-06-15')).toBe('2024-04-01');
  });

  it('puts a date with no month before the quarters of its year', () => {
    expect(quarterOf('2025')).toBe('2025');
    expect(quarterOf('2025') < quarterOf('2025-01-01')).toBe(true);
    expect(quarterOf('2024-12-31') < quarterOf('2025')).toBe(true);
  });
});

/** Article entries published on the given days, one each. */
const articlesOn = (...days: string[]): ArticleSearchEntry[] =>
  days.map((day, i) => ({ url: `/articles/a${i}/`, file: `articles/a${i}/index.html`, meta: { datetime: day }, filters: {}, sort: {} }));
const shape = (parts: ReturnType<typeof mainParts>) => parts.map((p) => [p.name, p.dir, p.articles.map((a) => a.meta.datetime)]);

describe('mainParts: the main index in parts a build can hold in memory', () => {
  it('is one part, /pagefind/, while the site is within a part', () => {
    expect(shape(mainParts(articlesOn('2025-02-01', '2024-11-30', '2025-08-19'), 3))).toEqual([['main', 'pagefind', ['2025-02-01', '2024-11-30', '2025-08-19']]]);
    expect(shape(mainParts([], 3))).toEqual([['main', 'pagefind', []]]);
  });

  it('gathers whole quarters from the oldest on; the newest part is /pagefind/, older ones are named after their first quarter', () => {
    const parts = mainParts(articlesOn('2024-01-05', '2024-02-10', '2024-05-01', '2024-11-30', '2025-01-02', '2025-01-03'), 3);
    expect(shape(parts)).toEqual([
      ['main', 'pagefind', ['2024-11-30', '2025-01-02', '2025-01-03']],
      ['main/2024-Q1', 'pagefind/2024-Q1', ['2024-01-05', '2024-02-10', '2024-05-01']],
    ]);
  });

  it('changes only the newest part when an article of the newest quarter is added', () => {
    const days = ['2024-01-05', '2024-02-10', '2024-05-01', '2024-11-30', '2025-01-02'];
    const before = shape(mainParts(articlesOn(...days), 3));
    const after = shape(mainParts(articlesOn(...days, '2025-01-20'), 3));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]![2]).toHaveLength((before[0]![2] as string[]).length + 1);
  });

  it('makes a quarter larger than a part a part of its own, never splitting it', () => {
    const parts = mainParts(articlesOn('2024-04-01', '2025-01-01', '2025-01-02', '2025-02-01', '2025-04-01'), 2);
    expect(shape(parts).map(([name, , a]) => [name, (a as string[]).length])).toEqual([
      ['main', 1],
      ['main/2025-Q1', 3],
      ['main/2024-Q2', 1],
    ]);
  });
});

/** Quote records said on the given days. */
const quotesOn = (...days: string[]) =>
  days.map((day, i) => ({ url: `/articles/a/#q-${i + 1}`, content: 'words', language: 'en', meta: { kind: 'quote', datetime: day }, filters: { kind: ['quote'], year: [day.slice(0, 4)] } }));
const partsOf = (bundles: ReturnType<typeof kindBundles>) => bundles.map((b) => [b.name, b.dir, b.records.map((r) => r.meta?.datetime)]);

describe('kindBundles: the quotes and claims in parts', () => {
  const recent = (datetime: string | undefined) => datetime === undefined || quarterOf(datetime) >= '2025-Q3';

  it('keeps the newest quarter apart and one part per year before it, newest first', () => {
    expect(partsOf(kindBundles('quotes', quotesOn('2024-03-01', '2025-08-01', '2025-02-01', '2024-12-01'), recent, 3))).toEqual([
      ['quotes/recent', 'pagefind/quotes/recent', ['2025-08-01']],
      ['quotes/2025', 'pagefind/quotes/2025', ['2025-02-01']],
      ['quotes/2024', 'pagefind/quotes/2024', ['2024-03-01', '2024-12-01']],
    ]);
  });

  it('puts a year of more records than a part holds in parts of whole quarters, named after their first', () => {
    const bundles = kindBundles('quotes', quotesOn('2024-01-05', '2024-02-01', '2024-05-01', '2024-08-01', '2024-08-02', '2024-11-30', '2023-06-01'), recent, 3);
    expect(partsOf(bundles)).toEqual([
      ['quotes/2024-Q3', 'pagefind/quotes/2024-Q3', ['2024-08-01', '2024-08-02', '2024-11-30']],
      ['quotes/2024-Q1', 'pagefind/quotes/2024-Q1', ['2024-01-05', '2024-02-01', '2024-05-01']],
      ['quotes/2023', 'pagefind/quotes/2023', ['2023-06-01']],
    ]);
    // Every record is in exactly one part.
    expect(bundles.flatMap((b) => b.records)).toHaveLength(7);
  });
});

describe('the vocabulary of parts', () => {
  it('is the vocabulary of the whole when the parts’ counts are added', () => {
    const parts = [['Ceasefire talks in Istanbul.', 'The ceasefire held.'], ['Talks resumed; ceasefire, ceasefire.'], []];
    const sum = new Map<string, number>();
    for (const part of parts) for (const [w, n] of countWords(part)) sum.set(w, (sum.get(w) ?? 0) + n);
    expect(vocabularyOf(sum)).toEqual(buildVocabulary(parts.flat()));
    expect(vocabularyOf(sum).words.slice(0, 2)).toEqual(['ceasefire', 'talks']);
  });
});
