import { describe, expect, it } from 'vitest';
import { passiveNaming } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

/** The speaker `passiveNaming` finds for the quote containing `part`. */
const agent = (text: string, part: string) => {
  const s = setup(text);
  return passiveNaming(s.c, s.token(part), s.sentenceStart(part))?.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('passiveNaming', () => {
  it.each([
    ['The levy, often labeled as a “giveaway” by critics, passed in May.', 'giveaway', 'critics'],
    ['This practice has been called “quiet capture” by Dana Kells, a professor at Lakeland College.', 'quiet capture', 'Dana Kells'],
    ['The bill, described as “historic” by Sen. Ann Lowe, passed.', 'historic', 'Ann Lowe'],
    ['He shook the mayor’s hand in what came to be known by some Democrats as the “handshake” of the year.', 'handshake', 'Democrats'],
  ])('%s', (text, part, speaker) => {
    expect(agent(text, part)).toBe(speaker);
  });

  it('finds nothing without an agent, or where "by" starts a phrase of time or manner', () => {
    expect(agent('The levy was called a “giveaway” in the debate.', 'giveaway')).toBeNull();
    expect(agent('The levy was called “a scam” by the time it passed.', 'a scam')).toBeNull();
    expect(agent('Ortiz called the levy “a scam” at the hearing.', 'a scam')).toBeNull();
  });

  it('gives the agent, not the subject of the clause, the words', () => {
    expect(speakerOf('Mayor Ann Ortiz defended the levy, which is often labeled a “giveaway” by its opponents on the council.', 'giveaway')).toBe('its opponents');
  });
});
