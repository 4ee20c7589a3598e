import { describe, expect, it } from 'vitest';
import { coordinatedSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const continued = (text: string, verb: string, part: string) => {
  const s = setup(text);
  return coordinatedSubject(s.c, s.word(verb), s.sentenceStart(part))?.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('coordinatedSubject', () => {
  it('takes the subject of the first predicate for the second', () => {
    expect(continued('Sen. Lindsey Graham opposed the bill last year, but now said it was “the best deal we can get.”', 'said', 'best deal')).toBe('Lindsey Graham');
  });

  it('reads past a stray comma between the name and the verb', () => {
    expect(continued('After the vote in Austin, Gov. Greg Abbott (R-Texas), said, “We will sign it.”', 'said', 'sign it')).toBe('Greg Abbott');
  });

  it('takes nothing for a verb with no joint before it', () => {
    expect(continued('Critics of the bill said it was “a giveaway.”', 'said', 'giveaway')).toBeNull();
  });
});
