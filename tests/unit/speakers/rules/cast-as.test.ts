import { describe, expect, it } from 'vitest';
import { castsAs } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('castsAs', () => {
  it('gives a quote after "portrayed … as" to the subject of the verb, not of the sentence', () => {
    const text = 'Ann Ortiz backed the plan, which Tom Lowe portrayed as “a stunt.”';
    const s = setup(text);
    expect(castsAs(s.c, s.word('portrayed'), s.token('stunt'))).toBe(true);
    expect(speakerOf(text, 'stunt')).toBe('Tom Lowe');
    expect(speakerOf('Ann Ortiz backed the plan, which Tom Lowe referred to as “a stunt.”', 'stunt')).toBe('Tom Lowe');
    expect(speakerOf('Ann Ortiz reopened the file on the fire, an episode Lowe brought up as “very odd” in an interview.', 'very odd')).toBe('Lowe');
  });
  it('takes the agent of the passive, and a verb that reports the clause before all', () => {
    expect(speakerOf('The levy was portrayed as “a stunt” by Ann Ortiz.', 'stunt')).toBe('Ann Ortiz');
    expect(speakerOf('Ann Ortiz said Tom Lowe painted the levy as “a stunt.”', 'stunt')).toBe('Ann Ortiz');
  });
  it('needs "as" right before the quote, and a particle after "brought"', () => {
    const s = setup('Tom Lowe painted the fence “sky blue.”');
    expect(castsAs(s.c, s.word('painted'), s.token('sky blue'))).toBe(false);
    const t = setup('Ann Ortiz brought the plan as “a gift” to the board.');
    expect(castsAs(t.c, t.word('brought'), t.token('gift'))).toBe(false);
    const u = setup('The levy was portrayed as “a stunt.”');
    expect(castsAs(u.c, u.word('portrayed'), u.token('stunt'))).toBe(false);
  });
});
