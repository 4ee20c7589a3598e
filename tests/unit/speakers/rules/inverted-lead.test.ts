import { describe, expect, it } from 'vitest';
import { invertedLead } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const lead = (text: string, part: string) => {
  const s = setup(text);
  return invertedLead(s.c, s.token(part), s.sentenceStart(part))?.name ?? null;
};

// The quoted words are Sen. John Cornyn's on CBS's "Face the Nation" (April 2, 2017, as reported on topix.com);
// the inverted leads around them are written for the test.
describe('invertedLead', () => {
  it('takes the subject of a verb opening the sentence', () => {
    expect(lead('Added Sen. John Cornyn: “This is unprecedented in American history.”', 'unprecedented')).toBe('John Cornyn');
  });

  it('takes it after a conjunction and a comma', () => {
    expect(lead('Cornyn spoke first. But, said Cornyn, “this is unprecedented in American history.”', 'unprecedented')).toBe('Cornyn');
  });

  it('takes nothing when the verb has a subject before it', () => {
    expect(lead('The memo said, “This is unprecedented.”', 'unprecedented')).toBeNull();
  });

  it('takes nothing from "said of": that names whom the words are about', () => {
    expect(lead('Asked about the vote, Graham said of Cornyn: “He is wrong.”', 'wrong')).toBeNull();
  });
});
