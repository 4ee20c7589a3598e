import { describe, expect, it } from 'vitest';
import { claimOwner, headAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

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
describe('claimOwner: after a reporting verb', () => {
  it('gives the owner the quote in a phrase after "call for", "pledge to", a verb before the noun', () => {
    const s = setup('The governor denounced Zelensky’s call for a “ceasefire of the skies” over the ports.');
    expect(headAttribution(s.c, s.token('ceasefire'))?.speaker.name).toBe('Volodymyr Zelensky');
    const t = setup('Diplomats in Geneva mocked Putin’s sudden pledge to stay “above the fray” in the dispute.');
    expect(headAttribution(t.c, t.token('above the fray'))?.speaker.name).toBe('Vladimir Putin');
  });
  it('leaves a quote after "claim that …" to the verb: it may be what the verb says of the claim', () => {
    const s = setup('Ann Lowe told the committee that Zelensky’s claim that the envoy lied was “a stretch at best.”');
    expect(headAttribution(s.c, s.token('stretch'))?.speaker.name).toBe('Ann Lowe');
  });
});

describe('claimOwner: a possessive pronoun', () => {
  it('gives the quote to the one "his", "her" stands for', () => {
    expect(speakerOf('At the hearing, Senator Ann Lowe stood by her remark Tuesday that “the budget is a fantasy.”', 'fantasy')).toBe('Ann Lowe');
    expect(speakerOf('Ann Lowe filed her papers in March. Critics keep quoting her pledge to “put a roof over every family.”', 'roof')).toBe('Ann Lowe');
  });
  it('does not take a place named just before the pronoun for its antecedent', () => {
    const s = setup('Tom Ortiz toured the coast in May. Days after the storm in San Marcos, Texas, his pledge to “rebuild every bridge” drew cheers.');
    expect(claimOwner(s.c, s.token('rebuild'), s.sentenceStart('rebuild'))?.speaker.name ?? null).not.toBe('San Marcos');
  });
});

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

// Written for the test.
describe('claimOwner: nouns of concluding, and "of" after a noun of claiming', () => {
  it('gives the quote in what a possessive conclusion or assessment says to its owner', () => {
    expect(speakerOf('The council was shaken by Auditor Tom Lowe’s conclusion that the books were “beyond repair.”', 'beyond repair')).toBe('Tom Lowe');
  });
  it('gives the owner what an "assertion of" or "charge of" names, even after a verb', () => {
    const s = setup('Councilwoman Dana Kells called Tom Lowe’s assertion of a “duty to disclose” odd and late.');
    expect(headAttribution(s.c, s.token('duty'))?.speaker.name).toBe('Tom Lowe');
  });
  it('does not read "of" after other nouns as a claim', () => {
    const s = setup('Councilwoman Dana Kells called Tom Lowe’s remarks of last week “a stunt.”');
    expect(headAttribution(s.c, s.token('stunt'))?.speaker.name).toBe('Dana Kells');
  });
});

// Written for the test.
describe('claimOwner: a phrase or a parenthesis before the "is"', () => {
  it('reads past a short prepositional phrase between the noun and "was that"', () => {
    expect(speakerOf('Tom Lowe lost in 2010. Dana Kells’s catchphrase during the 2010 race was that Lowe “would promise anything for a vote.”', 'promise anything')).toBe('Dana Kells');
  });
  it('reads past a parenthesis and a comma before a set phrase', () => {
    const text = 'Tom Lowe ran the desk. Dana Kells’s dictum to new reporters (repeated at every induction) was, “Call one more source.”';
    const s = setup(text);
    expect(claimOwner(s.c, s.token('one more source'), s.sentenceStart('one more source'))?.speaker.name).toBe('Dana Kells');
    expect(speakerOf(text, 'one more source')).toBe('Dana Kells');
  });
  it('leaves the quote to a verb that reports the whole clause, and a judgement after a phrase alone', () => {
    expect(speakerOf('Tom Lowe said Dana Kells’s motto (told to every intern) was, “Call one more source.”', 'one more source')).toBe('Tom Lowe');
    const s = setup('Tom Lowe’s comment at the hearing was “reckless,” the mayor said.');
    expect(claimOwner(s.c, s.token('reckless'), s.sentenceStart('reckless'))).toBeUndefined();
  });
});
