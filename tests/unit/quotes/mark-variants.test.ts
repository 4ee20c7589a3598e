import { describe, expect, it } from 'vitest';
import { detectQuotes, normalizeQuoteMarks } from '../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../src/lib/speakers/index.ts';
import { createRegistry } from '../../../src/lib/actors/index.ts';

const found = (text: string) => {
  const quotes = detectQuotes(text);
  const speakers = attributeSpeakers(text, quotes, createRegistry([]), '2016-03-01');
  return quotes.map((q, k) => [q.text, speakers[k]?.name ?? null]);
};

describe('normalizeQuoteMarks', () => {
  it('keeps the text’s length, so offsets hold for the original', () => {
    for (const text of ["''It's fine,'' he said.", "''We'll bomb them,''' said Mr. Kamin.", '«Oui», dit-il.', '″Hang on,″ he said.', 'It was “no hand or part’’ of hers.']) {
      expect(normalizeQuoteMarks(text)).toHaveLength(text.length);
    }
  });
  it('rewrites two apostrophes as a straight double mark, a space on the outside', () => {
    expect(normalizeQuoteMarks("''It's fine,'' he said.")).toBe(` "It's fine,"  he said.`);
    expect(normalizeQuoteMarks("''I can't bomb them,''' said Mr. Kamin.")).toBe(` "I can't bomb them,'"  said Mr. Kamin.`);
  });
  it('leaves a text without such marks as it is', () => {
    const text = '“We are ready,” she said. The workers’ pay rose.';
    expect(normalizeQuoteMarks(text)).toBe(text);
  });
});

// From a newspaper archive's style and wire copy the rules were not written against.
describe('quotes marked in archive or foreign styles', () => {
  it('finds quotes in two apostrophes, and their speakers', () => {
    const text = "''It has the virtue of being fiscally responsible,'' Leonard E. Burman, director of the center, said of the plan. ''It doesn't make our fiscal problem worse.''";
    expect(found(text)).toEqual([
      ['It has the virtue of being fiscally responsible,', 'Leonard E. Burman'],
      ["It doesn't make our fiscal problem worse.", 'Leonard E. Burman'],
    ]);
  });
  it('finds quotes in guillemets and closed by two curly marks', () => {
    expect(found('Maria Zakharova told RIA Novosti: «We will respond.»')).toEqual([['We will respond.', 'Maria Zakharova']]);
    expect(found('Ann Ortiz said it was “no hand, act or part’’ of hers.')).toEqual([['no hand, act or part', 'Ann Ortiz']]);
  });
});
