import { describe, expect, it } from 'vitest';
import { clauseStart, headAttribution, usedWords } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const user = (text: string, part: string) => {
  const s = setup(text);
  const i = s.token(part);
  return usedWords(s.c, i, clauseStart(s.c, i, s.sentenceStart(part)), s.sentenceStart(part))?.name ?? null;
};

// Sentences written for the test.
describe('usedWords', () => {
  it('gives a term to the one who uses, coins or prefers it', () => {
    expect(user('When Mayor Ann Lowe used the words, “not there yet,” she was echoing her rival.', 'not there yet')).toBe('Ann Lowe');
    expect(user('Dana Kells has coined a new phrase, “the harbor deal,” for the plan.', 'harbor deal')).toBe('Dana Kells');
    expect(user('Union leaders prefer the term “rent strike.”', 'rent strike')).toBe('Union leaders');
  });

  it('wins over a reporting verb further back', () => {
    const s = setup('Ortiz said that when Mayor Ann Lowe used the words “not there yet,” she meant the budget.');
    expect(headAttribution(s.c, s.token('not there yet'))?.speaker.name).toBe('Ann Lowe');
  });

  it('needs a noun for words right before the quote', () => {
    expect(user('Dana Kells used the money for a “harbor fund.”', 'harbor fund')).toBeNull();
    expect(user('Dana Kells called it “a harbor deal.”', 'harbor deal')).toBeNull();
  });

  it('takes no one when the verb’s subject is the object of a preposition', () => {
    expect(user('Families who settled in Harbor City lately prefer the term “newcomers.”', 'newcomers')).toBeNull();
  });
});
