import { describe, expect, it } from 'vitest';
import { openingMention } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

// Sentences written for the test.
describe('openingMention', () => {
  it('finds the name that opens a sentence', () => {
    const s = setup('The levy passed. Dana Ortiz backs the plan. The plan costs $2 billion, Ortiz said.');
    expect(openingMention(s.c, 1)?.speaker.name).toBe('Dana Ortiz');
  });

  it('finds nothing when the sentence opens with another word', () => {
    const s = setup('The levy passed. Dana Ortiz backs the plan. The plan costs $2 billion, Ortiz said.');
    expect(openingMention(s.c, 0)).toBeUndefined();
    expect(openingMention(s.c, 2)).toBeUndefined();
  });
});
