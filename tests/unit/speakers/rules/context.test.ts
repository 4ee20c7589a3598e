import { describe, expect, it } from 'vitest';
import { reportsAt } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

describe('reportsAt', () => {
  it('takes a usually-noun form after a name that introduces what follows', () => {
    const s = setup('The New York Post reports that the team avoided the hospital.');
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

describe('reportsAt: nouns of saying after a possessive', () => {
  it('reads "Ortiz’s tweet" as a noun, "Ortiz tweeted" as a verb', () => {
    const s = setup('Ortiz’s tweet was only “a joke.” Ortiz tweeted “a joke.”');
    expect(reportsAt(s.c, s.word('tweet'))).toBe(false);
    expect(reportsAt(s.c, s.word('tweeted'))).toBe(true);
  });
});
