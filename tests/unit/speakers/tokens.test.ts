import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { tokenize } from '../../../src/lib/speakers/tokens.ts';
import { setup } from './rules/setup.ts';
import { headAttribution, tailAttribution } from '../../../src/lib/speakers/rules/index.ts';

const sentences = (text: string) => new Set(tokenize(text, detectQuotes(text)).map((t) => t.sentence)).size;

// Sentences written for the test.
describe('tokenize', () => {
  it('keeps a sum of money with its sign as one word', () => {
    const words = tokenize('Fight for $20 raised €3 today.', []).map((t) => `${t.text}:${t.type}`);
    expect(words).toEqual(['Fight:word', 'for:word', '$20:word', 'raised:word', '€3:word', 'today:word', '.:punct']);
  });
  it('keeps "No." before a number inside its sentence', () => {
    expect(sentences('Ortiz, the No. 2 in the party, spoke first.')).toBe(1);
    expect(sentences('The answer was no. Ortiz spoke first.')).toBe(2);
  });

  it('lets the attribution read past "the No. 2"', () => {
    const s = setup('As Ortiz, the No. 2 in the party leadership, put it: “This bill will not pass.”');
    expect(headAttribution(s.c, s.token('will not pass'))?.speaker.name).toBe('Ortiz');
  });

  it('keeps a name with combining accents or the symbols of a text decoded twice as one word', () => {
    const words = (text: string) => tokenize(text, []).map((t) => t.text);
    expect(words('Rene\u0301 Duval spoke.')).toEqual(['Rene\u0301', 'Duval', 'spoke', '.']);
    expect(words('JosÃ© MartÃ­nez and FranÃÂ§oise Roy spoke.')).toEqual(['JosÃ©', 'MartÃ­nez', 'and', 'FranÃÂ§oise', 'Roy', 'spoke', '.']);
    // (A sign standing alone is no such symbol: it joins no word before it, only the sum after it.)
    expect(words('It costs £5, or 90° in the shade.')).toEqual(['It', 'costs', '£5', ',', 'or', '90', '°', 'in', 'the', 'shade', '.']);
    expect(words('It costs £ 5.')).toContain('£');
  });

  it('lets the attribution name such a speaker', () => {
    const s = setup('“We will vote no,” said Ana MartÃ­nez, a city councilor.');
    expect(tailAttribution(s.c, s.token('vote no'))?.name).toBe('Ana MartÃ­nez');
  });
});

// Sentences written for the test.
describe('marks outside quotes', () => {
  it('leaves out a nickname in marks, which is no quote, so the name reads on', () => {
    const words = (text: string) => tokenize(text, detectQuotes(text)).map((t) => t.text);
    expect(detectQuotes('Gov. Paul “Buddy” Marsh spoke.')).toEqual([]);
    expect(words('Gov. Paul “Buddy” Marsh spoke.')).toEqual(['Gov.', 'Paul', 'Marsh', 'spoke', '.']);
  });

  it('lets the subject of a clause read past a programme in an apposition', () => {
    const s = setup('Dana Kells, star of television’s “Harbor Lights,” thanked the mayor for “keeping us safe.”');
    expect(headAttribution(s.c, s.token('keeping us safe'))?.speaker.name).toBe('Dana Kells');
  });
});
