import { describe, expect, it } from 'vitest';
import { claimOwner, headAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

describe('claimOwner', () => {
  it('gives a quote in the that-clause of a possessive noun of saying to its owner', () => {
    const s = setup('Fact-checkers pounced on Trump’s claim that the city had seen “record crime” this summer.');
    expect(claimOwner(s.c, s.token('record'), 0)?.speaker.name).toBe('Donald Trump');
    expect(headAttribution(s.c, s.token('record'))?.speaker.name).toBe('Donald Trump');
  });
  it('gives way to a reporting verb', () => {
    const s = setup('Trump described Putin’s comments as “promising.”');
    expect(headAttribution(s.c, s.token('promising'))?.speaker.name).toBe('Donald Trump');
    const t = setup('Asked about Trump’s claim that it was a bomb, Zelensky said, “We must wait for the facts.”');
    expect(headAttribution(t.c, t.token('facts'))?.speaker.name).toBe('Volodymyr Zelensky');
  });
});

// Written for the test.
describe('claimOwner: modifiers, other links, a quote before the noun', () => {
  it.each([
    ['The uproar over Zelensky’s repeated pledge to hold a “fair” election grew.', 'fair', 'Volodymyr Zelensky'],
    ['Many voters were angry about Putin’s “special operation” remark.', 'special operation', 'Vladimir Putin'],
    ['But Zelensky’s most pointed claim is that the envoy is a “messenger” for Moscow.', 'messenger', 'Volodymyr Zelensky'],
    ['Zelensky’s campaign slogan was “Servant of the people.”', 'Servant', 'Volodymyr Zelensky'],
  ])('%s', (text, part, name) => {
    const s = setup(text);
    expect(claimOwner(s.c, s.token(part), s.sentenceStart(part))?.speaker.name).toBe(name);
  });
  it('does not take a judgement of the words ("comment was “…”") as the words themselves', () => {
    const s = setup('Trump’s comment was “reckless,” the speaker said.');
    expect(claimOwner(s.c, s.token('reckless'), s.sentenceStart('reckless'))).toBeUndefined();
  });
  it('does not take "remarks about" as what the remarks said', () => {
    const s = setup('Trump’s remarks about the judge were “racist,” the speaker said.');
    expect(claimOwner(s.c, s.token('racist'), s.sentenceStart('racist'))).toBeUndefined();
  });
});
