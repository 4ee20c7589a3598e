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
    expect(speakerOf('The levy passed in what the Harbor Gazette repeatedly called a “hard month” for Mayor Tom Lowe.', 'hard month')).toBe('Harbor Gazette');
  });
  it('leaves a description that names no one, and a quote not named by a verb', () => {
    const s = setup('Dana Ruiz runs the clinic. What her clinic calls “care” is central, she said.');
    expect(whatCalled(s.c, s.token('care'), s.sentenceStart('care'))).toBeUndefined();
    const t = setup('What Tom Lowe wanted was a “fair deal” for the ferry.');
    expect(whatCalled(t.c, t.token('fair deal'), t.sentenceStart('fair deal'))).toBeUndefined();
  });
});

// Written for the test.
describe('whatCalled: a long namer', () => {
  it('reads a namer of two joined names up to nine words long', () => {
    const text = 'The levy passed amid what the Harbor Daily Gazette and the Valley Evening Times both described as a “hard month” for the council.';
    const s = setup(text);
    expect(whatCalled(s.c, s.token('hard month'), s.sentenceStart('hard month'))?.name).toMatch(/Times|Gazette/);
  });
  it('does not reach a "what" further back than that', () => {
    const s = setup('What the new mayor of the small harbor town and his deputy on the council later called a “reset” failed.');
    expect(whatCalled(s.c, s.token('reset'), s.sentenceStart('reset'))).toBeUndefined();
  });
});
