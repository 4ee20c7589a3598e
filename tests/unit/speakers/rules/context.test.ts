import { describe, expect, it } from 'vitest';
import { reportsAt } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

describe('reportsAt', () => {
  it('takes a usually-noun form after a name that introduces what follows', () => {
    const s = setup('The Harbor Gazette reports that the crew skipped the inspection.');
    expect(reportsAt(s.c, s.word('reports'))).toBe(true);
  });
  it('does not take a noun after a determiner or an adjective', () => {
    const s = setup('A flurry of tweets and his late-night posts followed.');
    expect(reportsAt(s.c, s.word('tweets'))).toBe(false);
    expect(reportsAt(s.c, s.word('posts'))).toBe(false);
  });
  it('takes the common verbs', () => {
    const s = setup('Lavrov said nothing; she notes the rest.');
    expect(reportsAt(s.c, s.word('said'))).toBe(true);
    expect(reportsAt(s.c, s.word('notes'))).toBe(true);
  });
});

// Written for the test.
describe('reportsAt: plural nouns of crying out after a preposition', () => {
  it('reads "with chants of", "amid shouts of" as nouns', () => {
    const s = setup('The senator was met with chants of “Four more years!” and left amid shouts of “Shame!”');
    expect(reportsAt(s.c, s.word('chants'))).toBe(false);
    expect(reportsAt(s.c, s.word('shouts'))).toBe(false);
  });
  it('still reads "Ortiz chants", "she warns of" as verbs', () => {
    const s = setup('Ortiz chants “Four more years!” and she warns of “a long winter.”');
    expect(reportsAt(s.c, s.word('chants'))).toBe(true);
    expect(reportsAt(s.c, s.word('warns'))).toBe(true);
  });
  it('gives a quote after "met with chants of" to the attribution closing the sentence', () => {
    const text = 'The governor faces a tough fall: at a picnic in Toledo he was met with chants of “Four more years!” from a small crowd, according to county chair Ann Lowe.';
    expect(speakerOf(text, 'Four more years')).toBe('Ann Lowe');
  });
});

describe('reportsAt: nouns of saying after a possessive', () => {
  it('reads "Ortiz’s tweet" as a noun, "Ortiz tweeted" as a verb', () => {
    const s = setup('Ortiz’s tweet was only “a joke.” Ortiz tweeted “a joke.”');
    expect(reportsAt(s.c, s.word('tweet'))).toBe(false);
    expect(reportsAt(s.c, s.word('tweeted'))).toBe(true);
  });
});

describe('reportsAt: naming verbs after a name', () => {
  // Written for the test.
  it('reads "calls" after a name, its object and a quote as a verb', () => {
    const s = setup('Peskov calls it a “frank exchange” of views.');
    expect(reportsAt(s.c, s.word('calls'))).toBe(true);
  });
  it('reads it so after the comma closing an aside', () => {
    const s = setup('Paul Ingram, a former aide to the governor, calls Ruiz “a careful operator.”');
    expect(reportsAt(s.c, s.word('calls'))).toBe(true);
  });
  it('reads "calls" with the quote straight after it when "which" or "what" stood for the object', () => {
    // Written for the test.
    const s = setup('It is a doctrine which historian Ana Ruiz calls “the bedrock of the party.”');
    expect(reportsAt(s.c, s.word('calls'))).toBe(true);
    const t = setup('Ruiz calls “the best” deals her own.');
    expect(reportsAt(t.c, t.word('calls'))).toBe(false);
  });
  it('does not read "calls" before a preposition as a verb', () => {
    const s = setup('The Kremlin calls for “restraint” were ignored.');
    expect(reportsAt(s.c, s.word('calls'))).toBe(false);
  });
  it('does not read "a Trump-style retort" as a verb', () => {
    const s = setup('The senator delivered a Trump-style retort within minutes.');
    expect(reportsAt(s.c, s.word('retort'))).toBe(false);
  });
  it('reads "went on" as a verb, not "went on to"', () => {
    const s = setup('“It happens,” Trump went on. He went on to win.');
    expect(reportsAt(s.c, s.word('went'))).toBe(true);
    expect(reportsAt(s.c, s.word('went', s.word('He')))).toBe(false);
  });
});

describe('reportsAt: a usually-noun form closing an attribution after a quote', () => {
  it('takes "notes" after a name straight after the quote', () => {
    // Written for the test.
    const s = setup('Kellyanne Conway spoke. “Look at the statement he put out,” Conway notes. Her notes were long.');
    expect(reportsAt(s.c, s.word('notes'))).toBe(true);
    expect(reportsAt(s.c, s.word('notes', s.word('Her')))).toBe(false);
  });

  it('takes "state" after "the" and a name, going on with a preposition', () => {
    // Written for the test.
    const s = setup('“The reform is on track,” the Norwegians state in their annual report.');
    expect(reportsAt(s.c, s.word('state'))).toBe(true);
  });
});
