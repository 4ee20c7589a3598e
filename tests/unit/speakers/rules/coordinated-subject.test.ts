import { describe, expect, it } from 'vitest';
import { coordinatedSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

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

  it('reads past a stray comma before a verb that goes on to other words', () => {
    const text = 'Sen. Ann Reyes (D-Ore.), said after a lunch that she had not read the plan, but called it a “good start.”';
    expect(continued(text, 'said', 'good start')).toBe('Ann Reyes');
  });

  it('does not read past a comma before an inverted verb and its name', () => {
    expect(continued('The paradox of the plan, says Ann Reyes, is that it is “too cheap.”', 'says', 'too cheap')).toBeNull();
  });

  it('takes nothing for a verb with no joint before it', () => {
    expect(continued('Critics of the bill said it was “a giveaway.”', 'said', 'giveaway')).toBeNull();
  });
});

// Written for the test.
describe('coordinatedSubject: the nearest clause joined by ", and"', () => {
  it('gives a second predicate to the subject of its own clause, not to the first clause or a fronted name', () => {
    const text = 'Before Mayor Tom Lowe’s planned visit, the tenants called for a protest, and the Harbor League denounced the plan and said it would “withdraw” its support.';
    expect(continued(text, 'said', 'withdraw')).toBe('Harbor League');
    expect(speakerOf(text, 'withdraw')).toBe('Harbor League');
  });
  it('keeps the first subject when the joined clause opens with no subject of its own', () => {
    expect(continued('Dana Kells met the mayor in May, and then attacked the plan and said it was “a sham.”', 'said', 'sham')).toBe('Dana Kells');
  });
});
