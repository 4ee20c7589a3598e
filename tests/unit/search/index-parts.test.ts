import { describe, expect, it } from 'vitest';
import { quarterOf, quarterStart } from '../../../src/integrations/search/build-search-index.ts';
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

describe('the vocabulary of parts', () => {
  it('is the vocabulary of the whole when the parts’ counts are added', () => {
    const parts = [['Ceasefire talks in Istanbul.', 'The ceasefire held.'], ['Talks resumed; ceasefire, ceasefire.'], []];
    const sum = new Map<string, number>();
    for (const part of parts) for (const [w, n] of countWords(part)) sum.set(w, (sum.get(w) ?? 0) + n);
    expect(vocabularyOf(sum)).toEqual(buildVocabulary(parts.flat()));
    expect(vocabularyOf(sum).words.slice(0, 2)).toEqual(['ceasefire', 'talks']);
  });
});
