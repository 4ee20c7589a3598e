import { describe, expect, it } from 'vitest';
import { pollShare } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('pollShare', () => {
  it('gives what a share of those asked said to the poll the sentence opens with', () => {
    const text = 'In a national Harbor/Tide poll taken Monday, 31% of residents said the levy was “very fair” to them.';
    const s = setup(text);
    expect(pollShare(s.c, s.token('very fair'), 0)?.name).toBe('a national Harbor/Tide poll taken Monday');
    expect(speakerOf(text, 'very fair')).toBe('a national Harbor/Tide poll taken Monday');
    expect(speakerOf('According to a new Harbor Institute survey, 40 percent of voters say Lowe is “unfit.”', 'unfit')).toBe('a new Harbor Institute survey');
  });
  it('reaches a clause after a semicolon in the same sentence', () => {
    const text = 'In a Valley Times poll taken Sunday, only 8 percent of residents said they would back Lowe; 3 percent of the “undecided” said they would back Ortiz.';
    expect(speakerOf(text, 'undecided')).toBe('a Valley Times poll taken Sunday');
  });
  it('leaves a share someone else reports, and a poll no share speaks for', () => {
    expect(speakerOf('In a speech Monday, Tom Lowe said 31% of voters were “keen.”', 'keen')).toBe('Tom Lowe');
    const s = setup('In a Harbor poll taken Monday, Tom Lowe called the levy “a trap.”');
    expect(pollShare(s.c, s.token('trap'), 0)).toBeUndefined();
  });
});
