import { describe, expect, it } from 'vitest';
import { describedName, frontedDescription } from '../../../../src/lib/speakers/noun-phrase.ts';
import { openingSubject, relativeClauseEnd } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

/** The subject opening the sentence, up to its first comma-free stretch before `until` (a word of the sentence). */
const opening = (text: string, until: string) => {
  const s = setup(text);
  const r = openingSubject(s.c, 0, s.word(until));
  return r ? s.c.tokens.slice(r.from, r.to).map((t) => t.text).join(' ') : null;
};

// Sentences from Time's report "Scott Walker Endorses Ted Cruz for President" (March 29, 2016) and from a
// Washington Post report of April 15, 2022 ("Trump endorses Vance").
describe('openingSubject', () => {
  it('takes the name before the first verb', () => {
    expect(opening('Wisconsin Gov. Scott Walker endorsed Texas Sen. Ted Cruz for President on Tuesday, throwing his support behind a former 2016 rival.', 'throwing')).toBe(
      'Wisconsin Gov. Scott Walker',
    );
  });

  it('skips a fronted phrase', () => {
    expect(opening('In Tuesday’s endorsement, Walker said he wanted to support a candidate instead of simply opposing another.', 'instead')).toBe('Walker');
  });

  it('takes no expletive subject', () => {
    expect(opening('There is no clear favorite in the race, and the endorsement gives the candidate momentum.', 'momentum')).toBeNull();
  });

  it('takes no name that modifies a noun', () => {
    expect(opening('Trump advisers working for other candidates tried to talk the former president out of the endorsement.', 'endorsement')).toBeNull();
  });
});

describe('openingSubject: several fronted phrases', () => {
  // Written for the test.
  it('skips two fronted phrases', () => {
    expect(opening('In June 2009, after the vote, Graham emailed his thanks to the staff.', 'thanks')).toBe('Graham');
  });
  it('skips a relative clause closing a fronted phrase', () => {
    expect(opening('Speaking in Manchester, which hosts the first primary, Graham said the race was open.', 'race')).toBe('Graham');
  });
});

// Written for the test.
describe('openingSubject: a participle after a possessive', () => {
  it('reads "Lowe’s fired campaign manager" as an aside, not as a subject and its verb', () => {
    expect(opening('Dana Kells, Tom Lowe’s fired campaign manager, faulted the board for behaving like “a club with a bank account” in the dispute.', 'behaving')).toBe('Dana Kells');
  });
});

// Sentences written for the test.
describe('frontedDescription', () => {
  const fronted = (text: string, name: string) => {
    const s = setup(text);
    const from = s.word(name);
    return frontedDescription(s.c.tokens, 0, { from, to: from + 1 });
  };

  it('takes a description set before a name as the name’s', () => {
    expect(fronted('The county’s longest-serving judge, Ortiz called the ruling “a disgrace.”', 'Ortiz')).toBe(true);
    expect(fronted('A longtime ally of the mayor, Kells has praised the plan as “overdue.”', 'Kells')).toBe(true);
  });

  it('takes no clause for a description', () => {
    expect(fronted('The mayor’s plan failed, Ortiz has called it “a mess.”', 'Ortiz')).toBe(false);
    expect(fronted('The board voted, Ortiz said, for a “fresh start.”', 'Ortiz')).toBe(false);
  });

  it('gives the quote to the name, not to a body named in the description', () => {
    expect(speakerOf('The Harbor Party’s presumed nominee, Dana Kells has won support by echoing the “stay home” campaign.', 'stay home')).toBe('Dana Kells');
  });
});

// Written for the test.
describe('openingSubject: a fronted participle with an adverb and an aside between dashes', () => {
  it('passes the phrase and its aside to the subject', () => {
    const text = 'Mayor Ana Ortiz is expected to run again. Hastily politicizing the flood in Tula ― much like he did after the fire in Lerma ― Tom Lowe cast the blame on his rivals, and emphasized the threat that “street violence” poses to the city.';
    expect(speakerOf(text, 'street violence')).toBe('Tom Lowe');
  });
});

// Written for the test.
describe('openingSubject: a description running into the name (describedName)', () => {
  it('takes the name after "the … group", with no comma between them', () => {
    const s = setup('The prominent civil rights group the Harbor League denounced the plan.');
    expect(describedName(s.c.tokens, 0, { from: s.word('the', 1), to: s.word('League') + 1 })).toBe(true);
    expect(speakerOf('Tenants called for a boycott, and the civil rights group the Harbor League strongly denounced the plan and said it would “withdraw” its support.', 'withdraw')).toBe('Harbor League');
  });
  it('does not take a document or a verb for a description', () => {
    const s = setup('The report the Harbor League released called the plan a sham.');
    expect(describedName(s.c.tokens, 0, { from: s.word('the', 1), to: s.word('League') + 1 })).toBe(false);
  });
});

// Written for the test.
describe('openingSubject: a relative clause inside the subject (relativeClauseEnd)', () => {
  it('reads past the verb of a relative clause to the name set off after it', () => {
    const text = 'One of Lowe’s old backers who still backs Kells, Ann Ortiz, lives in the district and wrote that the levy was “a sad waste.”';
    const s = setup(text);
    expect(relativeClauseEnd(s.c.tokens, s.word('backs', 5), 0, s.word('wrote'))).toBe(s.word(',', 0));
    expect(opening(text, 'wrote')).toBe('Ann Ortiz');
    expect(speakerOf(text, 'sad waste')).toBe('Ann Ortiz');
    expect(speakerOf('Ann Ortiz, a former mayor who still backs Lowe, lives in the district and wrote that the levy was “a sad waste.”', 'sad waste')).toBe('Ann Ortiz');
  });
  it('leaves a verb that is no relative clause’s, and a relative clause no comma closes', () => {
    const s = setup('Ann Ortiz still backs Kells.');
    expect(relativeClauseEnd(s.c.tokens, s.word('backs'), 0, s.c.tokens.length)).toBeUndefined();
    const t = setup('People who know Lowe say the levy is “a sad waste.”');
    expect(relativeClauseEnd(t.c.tokens, t.word('know'), 0, t.word('say'))).toBe(-1);
  });
});
