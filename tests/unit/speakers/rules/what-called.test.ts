import { describe, expect, it } from 'vitest';
import { whatCalled } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('whatCalled', () => {
  it('gives "what X called a “…”" to X, not to an agent after the quote', () => {
    const text = 'The council met amid what Mayor Tom Lowe called a “witch hunt” by his rivals.';
    const s = setup(text);
    expect(whatCalled(s.c, s.token('witch hunt'), s.sentenceStart('witch hunt'))?.name).toBe('Tom Lowe');
    expect(speakerOf(text, 'witch hunt')).toBe('Tom Lowe');
  });
  it('passes over adverbs and "as", and resolves a pronoun', () => {
    expect(speakerOf('Mayor Tom Lowe spoke on Monday. He attacked what he once described as “theatre” by the council.', 'theatre')).toBe('Tom Lowe');
    expect(speakerOf('The levy passed in what the Harbor Gazette repeatedly called a “rough week” for Mayor Tom Lowe.', 'rough week')).toBe('Harbor Gazette');
  });
  it('leaves a description that names no one, and a quote not named by a verb', () => {
    const s = setup('Dana Ruiz runs the clinic. What her clinic calls “care” is central, she said.');
    expect(whatCalled(s.c, s.token('care'), s.sentenceStart('care'))).toBeUndefined();
    const t = setup('What Tom Lowe wanted was a “fair deal” for the ferry.');
    expect(whatCalled(t.c, t.token('fair deal'), t.sentenceStart('fair deal'))).toBeUndefined();
  });
});
