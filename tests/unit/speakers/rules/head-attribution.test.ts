import { describe, expect, it } from 'vitest';
import { headAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const head = (text: string, part: string) => {
  const s = setup(text);
  const f = headAttribution(s.c, s.token(part));
  return f ? { name: f.speaker.name, how: f.how } : null;
};

describe('headAttribution', () => {
  it.each([
    ['Trump wrote on Truth Social: “We are ready.”', 'ready', 'Donald Trump'],
    ['Hegseth emphasized that “we are ready for talks.”', 'ready', 'Pete Hegseth'],
    ['According to Lavrov, “the talks were useful.”', 'useful', 'Sergei Lavrov'],
    ['Trump called it an “excellent” conversation, while Putin found it “meaningful and frank.”', 'meaningful', 'Vladimir Putin'],
    ['Trump called it an “excellent” conversation, while Putin found it “meaningful and frank.”', 'excellent', 'Donald Trump'],
  ])('%s (%s)', (text, part, name) => {
    expect(head(text, part)).toEqual({ name, how: 'head' });
  });

  it('falls back to the clause subject, marked as such', () => {
    expect(head('Putin’s “special military operation” goes on.', 'special')).toBeNull();
    expect(head('Zelensky is “ready.”', 'ready')).toEqual({ name: 'Volodymyr Zelensky', how: 'clause' });
  });
});

describe('headAttribution: judging verbs and fronted phrases', () => {
  it('takes the subject of "likened" with the name set off after a description', () => {
    expect(head('One skeptic, Laura B. Kemp, likened the new rule to “taxing the wind.”', 'taxing')).toEqual({ name: 'Laura B. Kemp', how: 'head' });
  });

  it('takes the subject of "rejected … as" and "regarded … as", not the one named in the sentence before', () => {
    const text = 'Mayor Ann Carver proposed a debate on Friday - but the Ortiz campaign rejected the offer as “a stunt” within the hour.';
    expect(head(text, 'a stunt')?.name).toBe('Ortiz campaign');
    expect(head('Ortiz announced the deal on Monday - but union leaders regarded it as “a betrayal” of the workers.', 'betrayal')?.name).toBe('union leaders');
  });

  it('looks past a fronted "With …," phrase for the clause’s subject', () => {
    expect(head('With county officials increasingly worried about turnout, Mayor Ann Carver is trying a new slogan: “Vote early.”', 'Vote')?.name).toBe('Ann Carver');
  });
});

// Written for the test.
describe('headAttribution: a noun of saying owned after a preposition', () => {
  it('gives the quote in what the noun says to its owner, though a reporting verb comes first', () => {
    expect(speakerOf('The candidates say they were hurt by Auditor Jane Pike’s conclusion that the spending was “reckless.”', 'reckless')).toBe('Jane Pike');
    expect(speakerOf('The candidates say they were hurt by Auditor Jane Pike’s stark conclusion that the spending was “reckless.”', 'reckless')).toBe('Jane Pike');
  });
  it('leaves the quote to the verb when the owner follows it directly, or a comma ends what the noun says', () => {
    expect(speakerOf('Mayor Tom Lowe said Ortiz’s claim that taxes rose is “a fantasy.”', 'fantasy')).toBe('Tom Lowe');
    expect(speakerOf('Mayor Tom Lowe said that despite Ortiz’s claim that taxes rose, the budget was “balanced.”', 'balanced')).toBe('Tom Lowe');
  });
});

// Written for the test.
describe('pronouns after a plural noun opening a sentence', () => {
  it('resolves "he" to the man named, not to "Critics"', () => {
    expect(speakerOf('Critics say Gov. Tom Walsh will back the senator. If elected, critics say he told donors, “I will cut the levy.”', 'cut the levy')).toBe('Tom Walsh');
  });
});
