import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../../src/lib/dates/rules/tense.ts';

const at = (text: string, word: string) => tenseAt(text, text.indexOf(word), word.length);

describe('tenseAt', () => {
  it.each([
    ['The mission will launch in December.', 'December', 'future'],
    ['The company said it will merge with a rival in December.', 'December', 'future'],
    ['Prices fell in December.', 'December', 'past'],
    ['The offer had been scheduled to expire Friday.', 'Friday', 'past'],
    ['The hearing is scheduled for Monday.', 'Monday', 'future'],
    ['On Friday, the council voted to close the library.', 'Friday', 'past'],
    ['In March, a report.', 'March', 'unknown'],
    ['The inquiry is supposed to report by May.', 'May', 'future'],
    ['Final rules to be published in November will decide it.', 'November', 'future'],
    ['The board brought in a new chief in January.', 'January', 'past'],
    ['The refund would arrive on an unspecified day in January.', 'January', 'future'],
    ['The airline will double its flights by August.', 'August', 'future'],
    ['The hearing, set to open Monday in Tallinn, was postponed.', 'Monday', 'future'],
    ['The mayor has scheduled a briefing Thursday.', 'Thursday', 'future'],
    ['His father could arrive as early as Tuesday, officials said.', 'Tuesday', 'future'],
  ] as const)('%s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });

  it.each([
    ['Regulators gave the company until mid-November to reply.', 'November'],
    ['The lender extended its credit line through January.', 'January'],
    ['The trimmed payout is payable Jan. 2 to shareholders.', 'Jan. 2'],
  ] as const)('a deadline after a past verb says by when, not which way: %s', (text, word) => {
    expect(at(text, word)).toBe('unknown');
  });

  it.each([
    ['The reduced fare applies in March.', 'March', 'unknown'],
    ['A long delayed bridge opens in March.', 'March', 'unknown'],
  ] as const)('an adjective in -ed after an article is no past verb: %s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });
});

// Written for the test.
describe('tenseAt: a date set anew or planned, after a past verb', () => {
  it('says nothing of past or ahead', () => {
    expect(at('The vote was moved to January 14.', 'January 14')).toBe('unknown');
    expect(at('The hearing was pushed back to March 3.', 'March 3')).toBe('unknown');
    expect(at('The opening was planned for late April, but no day was fixed.', 'late April')).toBe('unknown');
    expect(at('The vote was originally scheduled for March 3.', 'March 3')).toBe('unknown');
  });
  it('leaves a plain past date, and a plan in an aside, in the past', () => {
    expect(at('The vote was held on January 14.', 'January 14')).toBe('past');
    expect(at('The hearing, first set for March 3, was finally held on March 10.', 'March 3')).toBe('past');
  });
});

// Written for the test.
describe('tenseAt inside a quotation', () => {
  it('reads the speaker’s words, not the verb reporting them', () => {
    expect(at('“We will know by Friday,” she said.', 'Friday')).toBe('future');
    expect(at('“Let’s get through Tuesday first,” she said.', 'Tuesday')).toBe('unknown');
    expect(at('"Let\'s get through Tuesday first," she said.', 'Tuesday')).toBe('unknown');
  });
  it('still reads the clause around a date outside quotes', () => {
    expect(at('She said on Tuesday that “nothing had changed.”', 'Tuesday')).toBe('past');
  });
});

// Written for the test.
describe('tenseAt reading ahead', () => {
  it('stops at the next clause', () => {
    expect(at('“No one wants a strike before Christmas, but the company left us no choice.”', 'Christmas')).toBe('unknown');
    expect(at('The strike before Christmas crippled the port.', 'Christmas')).toBe('past');
  });
});

// Written for the test.
describe('tenseAt: the future as it was reported', () => {
  it('reads "was unlikely to", "were expected to" as looking ahead', () => {
    expect(at('He said power was unlikely to return before Tuesday.', 'Tuesday')).toBe('future');
    expect(at('Officials said talks were expected to resume on Friday.', 'Friday')).toBe('future');
  });
  it('keeps a plan that had been made in the past', () => {
    expect(at('The offer had been scheduled to expire Friday.', 'Friday')).toBe('past');
  });
});

// Written for the test: edges a review found.
describe('tenseAt: what was expected, and dates opening their clause', () => {
  it('reads what was expected and has happened since as past', () => {
    expect(at('The ship was due to dock in October but was held at sea.', 'October')).toBe('past');
    expect(at('Crowds were expected to gather on Saturday, and thousands did.', 'Saturday')).toBe('past');
    expect(at('It was likely to have left the country on Sunday.', 'Sunday')).toBe('past');
  });
  it('reads past an aside to the verb when the date opens its clause', () => {
    expect(at('On Monday, and again on Friday, the union will strike.', 'Monday')).toBe('future');
    expect(at('In March, while the talks stalled, the army advanced.', 'March')).toBe('past');
  });
});

// Written for the test.
describe('tenseAt: reported clauses, possibilities and headlines', () => {
  it('reads a clause reported with "that" by its own words', () => {
    expect(at('The chain warned that sales over Christmas could be the weakest in years.', 'Christmas')).toBe('unknown');
    expect(at('The chain warned that sales over Christmas fell sharply.', 'Christmas')).toBe('past');
  });
  it('reads no tense past the end of a line', () => {
    expect(at('Retailer warns of weak Christmas\n\nShares fell on Tuesday.', 'Christmas')).toBe('unknown');
  });
});
