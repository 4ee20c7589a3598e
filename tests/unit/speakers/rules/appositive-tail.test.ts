import { describe, expect, it } from 'vitest';
import { tailAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

// appositiveTail is reached through tailAttribution, which finds the first word after the quote.
const tail = (text: string, part: string) => {
  const s = setup(text);
  return tailAttribution(s.c, s.token(part))?.name ?? null;
};

describe('appositiveTail', () => {
  it('takes a name before a description with commas of its own', () => {
    // Quoted words from Anne C. Richard's briefing of September 16, 2016 (state.gov); her title as the Council on
    // Foreign Relations' event page gives it.
    const text =
      '“The world is facing the largest mass displacement on record since World War II,” Anne C. Richard, assistant secretary of state for population, refugees, and migration, said on a conference call.';
    expect(tail(text, 'displacement')).toBe('Anne C. Richard');
  });

  it('takes a name before a relative clause that runs into the verb', () => {
    // Quoted words from a tweet by Nate Silver (January 2018, as collected on scoopnest.com); the attribution is written for the test.
    const text = '“This seems like a not-great poll for Democrats,” Nate Silver, the editor in chief of FiveThirtyEight who wrote a book on forecasting, tweeted on Wednesday.';
    expect(tail(text, 'not-great')).toBe('Nate Silver');
  });

  it('takes no one when the verb follows another name', () => {
    expect(tail('“We will block it,” Smith, a Democrat, and Jones said.', 'block')).toBeNull();
  });
});
