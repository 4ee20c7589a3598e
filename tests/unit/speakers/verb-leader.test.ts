import { describe, expect, it } from 'vitest';
import { isVerbLeader } from '../../../src/lib/speakers/noun-phrase.ts';
import { headAttribution, tailAttribution } from '../../../src/lib/speakers/rules/index.ts';
import { setup } from './rules/setup.ts';

// Sentences written for the test, in the shape of a column's write-up.
const LEAD = 'Columnist Tom Will returned to the subject this week. ';

describe('isVerbLeader', () => {
  it('reads a capitalised modal inside a sentence as a name', () => {
    const s = setup(`${LEAD}“It is a warning,” Will wrote.`);
    expect(isVerbLeader(s.c.tokens, s.word('Will', 5))).toBe(false);
    expect(tailAttribution(s.c, s.token('warning'))?.name).toBe('Tom Will');
  });

  it('reads a sentence-opening modal before a finite verb as a name', () => {
    const s = setup(`${LEAD}Will described the plan as “a gamble.”`);
    expect(isVerbLeader(s.c.tokens, s.word('Will', 5))).toBe(false);
    expect(headAttribution(s.c, s.token('gamble'))?.speaker.name).toBe('Tom Will');
  });

  it('keeps a sentence-opening modal before a pronoun or a base form', () => {
    const s = setup('Will it pass? The senator has said it “will not.”');
    expect(isVerbLeader(s.c.tokens, 0)).toBe(true);
    expect(isVerbLeader(s.c.tokens, s.word('has'))).toBe(true);
  });
});
