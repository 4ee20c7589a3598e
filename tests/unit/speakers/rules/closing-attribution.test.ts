import { describe, expect, it } from 'vitest';
import { closingAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const closing = (text: string, part: string) => {
  const s = setup(text);
  const i = s.token(part);
  return closingAttribution(s.c, i, s.c.sentenceEnd.get(s.c.tokens[i]!.sentence)!)?.name ?? null;
};

describe('closingAttribution', () => {
  it('takes an inverted attribution closing the sentence', () => {
    expect(closing('The vote was “the beginning of the end” for the EU, said Lavrov.', 'beginning')).toBe('Sergei Lavrov');
  });

  it('takes a subject set off by a comma before the closing verb', () => {
    expect(closing('Talks were “hard” and “long,” Zelensky, the Ukrainian leader, said.', 'hard')).toBe('Volodymyr Zelensky');
  });

  it('gives nothing when the closing verb belongs to the sentence itself', () => {
    expect(closing('The “deal” that Trump said was near collapsed.', 'deal')).toBeNull();
  });
});

describe('closingAttribution: "according to" closing the sentence', () => {
  it('takes the source after "according to" at the end of the sentence', () => {
    expect(closing('The mayor was met with chants of “Recall!” at the town hall, according to council clerk Dana Whitfield.', 'Recall')).toBe('Dana Whitfield');
  });

  it('takes nothing from an "according to" that is not set off by a comma', () => {
    expect(closing('The count went “as planned” according to the schedule.', 'planned')).toBeNull();
  });
});

// Written for the test.
describe('closingAttribution: "as described by X"', () => {
  it('takes the agent of a passive verb of saying after "as"', () => {
    expect(closing('The ferry budget was “wildly careless” – as described by Auditor Tom Lowe – in March.', 'wildly')).toBe('Tom Lowe');
    expect(closing('The levy was “too steep,” as noted by Councilwoman Dana Kells.', 'steep')).toBe('Dana Kells');
  });
  it('leaves "as reported by", a paper relaying the sentence, to the rule for reports', () => {
    expect(closing('The levy was “too steep,” as reported by the Harbor Gazette.', 'steep')).toBeNull();
  });
});
