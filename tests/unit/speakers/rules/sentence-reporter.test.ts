import { describe, expect, it } from 'vitest';
import { sentenceReporter } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

/** The reporter of the n-th sentence (0-based) of `text`. */
const reporter = (text: string, sentence = 0) => sentenceReporter(setup(text).c, sentence)?.name ?? null;

describe('sentenceReporter', () => {
  it('takes the subject of a closing attribution, not the sentence’s first subject', () => {
    expect(reporter('The county board may delay the recount until Friday, Ruiz said.')).toBe('Ruiz');
  });

  it('takes an inverted subject after a comma', () => {
    expect(reporter('Turnout will be lower than in 2020, said Mayor Ann Carver.')).toBe('Ann Carver');
  });

  it('takes the subject of a verb at the head of the sentence, titles and all', () => {
    expect(reporter('County clerk Dana Whitfield told reporters the ballots were safe.')).toBe('Dana Whitfield');
  });

  it('gives nothing for a verb in a relative clause about someone else', () => {
    expect(reporter('The plan came from Jim Ortiz, who said it would pass easily.')).toBeNull();
  });

  it('gives nothing for a sentence that reports no one', () => {
    expect(reporter('The garage opened in 2019 and lost money every year.')).toBeNull();
  });

  it('gives nothing when the verb names rather than reports ("called it")', () => {
    expect(reporter('Jim Ortiz called the garage a waste of money.')).toBeNull();
  });
});

describe('sentenceReporter: an inverted verb opening the sentence', () => {
  // Written for the test: the lead-in on its own line before the quote.
  it('takes the subject after the verb', () => {
    const s = setup('Lavrov spoke on the radio.\nStated Lavrov:\n“The talks are over.”');
    expect(sentenceReporter(s.c, 1)?.name).toBe('Sergei Lavrov');
  });
});

// Written for the test.
describe('sentenceReporter: a fronted clause of time', () => {
  it('reads past a verb in a fronted clause that names no one to the main clause’s reporter', () => {
    expect(reporter('On the radio, once the debate concluded, Ana Ruiz said of the levy that it was overdue.')).toBe('Ana Ruiz');
    expect(reporter('After the hearing concluded, Ana Ruiz told reporters the levy was overdue.')).toBe('Ana Ruiz');
  });

  it('does not read past such a verb outside a fronted clause', () => {
    expect(reporter('The hearing concluded, and Ana Ruiz told reporters the levy was overdue.')).toBeNull();
    expect(reporter('The hearing concluded early, though Ana Ruiz told reporters the levy was overdue.')).toBeNull();
  });
});
