/**
 * The words "did you mean" offers when a search finds nothing come from everything the index
 * holds, the articles' own text included: a misspelt word from an article's body must find its
 * spelling in `/pagefind/vocabulary.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_LIMIT, articleBodyWords, countWords } from '../../src/integrations/search/vocabulary.ts';

const dist = (p: string) => new URL(`../../dist/${p}`, import.meta.url);
const vocabulary = new Set((JSON.parse(readFileSync(dist('pagefind/vocabulary.json'), 'utf8')) as { words: string[] }).words);
const articles = readdirSync(dist('articles/'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name))
  .map((d) => `articles/${d.name}/index.html`)
  .filter((f) => {
    try {
      return readFileSync(dist(f), 'utf8').includes('<div class="article-body');
    } catch {
      return false; // an archive folder, not an article
    }
  });

describe('the search vocabulary', () => {
  it('holds every word of every article body (the seed site is under the limit)', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(vocabulary.size).toBeLessThan(VOCABULARY_LIMIT);
    for (const file of articles) {
      const words = [...countWords([articleBodyWords(readFileSync(dist(file), 'utf8'))]).keys()];
      expect(words.length, file).toBeGreaterThan(20);
      expect(words.filter((w) => !vocabulary.has(w)), file).toEqual([]);
    }
  });
});
