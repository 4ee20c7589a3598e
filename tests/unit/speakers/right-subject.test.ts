import { describe, expect, it } from 'vitest';
import { rightSubject } from '../../../src/lib/speakers/noun-phrase.ts';
import { setup } from './rules/setup.ts';

/** The words of the subject `rightSubject` finds after the first `verb` of the text. */
const subject = (text: string, verb: string) => {
  const s = setup(text);
  const r = rightSubject(s.c.tokens, s.word(verb), s.c.tokens.length);
  return r ? s.c.tokens.slice(r.from, r.to).map((t) => t.text).join(' ') : null;
};

// Sentences written for the test, in the shape of wire reports.
describe('rightSubject', () => {
  it('takes the name a description goes on to', () => {
    expect(subject('“We were told to wait,” said the night clerk known as Marco, who asked that his surname be withheld.', 'said')).toBe('Marco');
    expect(subject('“We were told to wait,” said a guard identified only as Ramirez.', 'said')).toBe('Ramirez');
    expect(subject('“We were told to wait,” said a guard named Kofi Mensah.', 'said')).toBe('Kofi Mensah');
  });

  it('takes the name set off by a comma after a description', () => {
    expect(subject('“Madam Mayor!” shouted Holt’s warm-up act, comedian Jane Moreau.', 'shouted')).toBe('Jane Moreau');
    expect(subject('“We did the math,” said his wife, Ann Lee.', 'said')).toBe('Ann Lee');
  });

  it('keeps a description with no name after it', () => {
    expect(subject('“It is over,” said the senator, who left early.', 'said')).toBe('the senator');
  });
});
