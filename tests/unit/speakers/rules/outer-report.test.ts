import { describe, expect, it } from 'vitest';
import { outerReport } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const outer = (text: string, part: string) => {
  const s = setup(text);
  return outerReport(s.c, s.token(part))?.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('outerReport', () => {
  it('takes a source named as reporting the sentence, after it', () => {
    expect(outer('Ortiz pledged to “fix every road by spring,” the Harbor Gazette reported.', 'fix every')).toBe('Harbor Gazette');
    expect(outer('The mayor said the levy was “a fair ask,” according to Channel Nine, before the vote.', 'fair ask')).toBe('Channel Nine');
    expect(outer('Lowe admitted that the memo could be read as “a threat,” reported the Coastal Ledger.', 'a threat')).toBe('Coastal Ledger');
    expect(outer('Kells conceded the deal was “far from perfect,” The Valley Courier reported on Tuesday.', 'far from')).toBe('Valley Courier');
  });

  it('takes a source named as reporting the sentence, before it', () => {
    expect(outer('According to Radio Meridian, Ortiz said the budget was “dead on arrival.”', 'dead on')).toBe('Radio Meridian');
    expect(outer('As the Harbor Gazette reported, the council called the fees “temporary.”', 'temporary')).toBe('Harbor Gazette');
    expect(outer('As Radio Meridian put it, “Nobody saw the bill coming.”', 'Nobody saw')).toBe('Radio Meridian');
  });

  it('takes no document, no report the quote lies outside of, and no source that leads into a quote', () => {
    expect(outer('Ortiz called the fees “temporary,” according to minutes of the meeting.', 'temporary')).toBeNull();
    expect(outer('Ortiz called the fees “temporary.” The Harbor Gazette reported the vote on Friday.', 'temporary')).toBeNull();
    expect(outer('Ortiz called the fees “temporary,” as reported by the Harbor Gazette.', 'temporary')).toBeNull();
    expect(outer('The Harbor Gazette reported: “The fees are temporary.”', 'fees are')).toBeNull();
  });
});

describe('outerReport in the attribution rules', () => {
  it('gives a quote that the reported sentence gives no one else to the source that reports it', () => {
    expect(speakerOf('According to Radio Meridian, the budget was “dead on arrival.”', 'dead on')).toBe('Radio Meridian');
    expect(speakerOf('The levy will be “gone by June,” the Coastal Ledger reported.', 'gone by')).toBe('Coastal Ledger');
  });

  it('leaves quoted words with a speaker of their own to that speaker, relayed by the source', () => {
    expect(speakerOf('Lowe admitted that the memo could be read as “a threat,” the Coastal Ledger reported.', 'a threat')).toBe('Lowe');
    expect(speakerOf('According to Radio Meridian, Ortiz said the budget was “dead on arrival.”', 'dead on')).toBe('Ortiz');
    expect(speakerOf('At the summit Lowe stressed, referring to the levy, that “two points remain open,” with the date, according to remarks by Kells, among them.', 'two points')).toBe('Lowe');
  });

  it('leaves a direct quote with a speaker of its own to that speaker', () => {
    expect(speakerOf('“We will appeal the ruling,” Dana Kells said, according to the Tulsa Ledger.', 'We will')).toBe('Dana Kells');
    expect(speakerOf('“We will appeal the ruling,” said Dana Kells, reports the Tulsa Ledger.', 'We will')).toBe('Dana Kells');
  });
});
