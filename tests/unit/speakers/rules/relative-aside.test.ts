import { describe, expect, it } from 'vitest';
import { relativeAside } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

/** The word `relativeAside` moves to from the verb `verb`, for the quote containing `part`. */
const main = (text: string, verb: string, part: string) => {
  const s = setup(text);
  const v = relativeAside(s.c, s.word(verb), s.sentenceStart(part), s.token(part));
  return v === undefined ? null : s.c.tokens[v]!.text;
};

// Sentences written for the test, in the shape of news reports.
describe('relativeAside', () => {
  it('leaves a relative clause running up to the comma before the quote for the main verb', () => {
    const text = 'Ortiz was asked by radio host Dana Kells, who backs Ortiz, but has criticised the levy for months, “Will you raise taxes again next year?”';
    expect(main(text, 'criticised', 'raise taxes')).toBe('asked');
  });

  it('keeps a relative verb that holds the quote or leads into it', () => {
    expect(main('Lowe thanked Kells, who called the plan “fair and overdue.”', 'called', 'fair and')).toBeNull();
    expect(main('Lowe met Kells, who replied, “We are done here.”', 'replied', 'done here')).toBeNull();
  });
});

describe('relativeAside in the attribution rules', () => {
  it('gives a question put by a named asker to the asker', () => {
    const text = 'Ortiz was asked by radio host Dana Kells, who backs Ortiz, but has criticised the levy for months, “Will you raise taxes again next year?” Ortiz answered, “No.”';
    expect(speakerOf(text, 'raise taxes')).toBe('Dana Kells');
    expect(speakerOf('Lowe thanked Kells, who called the plan “fair and overdue.”', 'fair and')).toBe('Kells');
  });
});
