import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { tokenize } from '../../../src/lib/speakers/tokens.ts';
import { setup } from './rules/setup.ts';
import { headAttribution } from '../../../src/lib/speakers/rules/index.ts';

const sentences = (text: string) => new Set(tokenize(text, detectQuotes(text)).map((t) => t.sentence)).size;

// Sentences written for the test.
describe('tokenize', () => {
  it('keeps "No." before a number inside its sentence', () => {
    expect(sentences('Ortiz, the No. 2 in the party, spoke first.')).toBe(1);
    expect(sentences('The answer was no. Ortiz spoke first.')).toBe(2);
  });

  it('lets the attribution read past "the No. 2"', () => {
    const s = setup('As Ortiz, the No. 2 in the party leadership, put it: “This bill will not pass.”');
    expect(headAttribution(s.c, s.token('will not pass'))?.speaker.name).toBe('Ortiz');
  });
});
