import { describe, expect, it } from 'vitest';
import { namedReport } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const reported = (text: string, part: string) => {
  const s = setup(text);
  return namedReport(s.c, s.token(part), s.sentenceStart(part))?.speaker.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('namedReport', () => {
  it('takes the named source of a report for what the report says', () => {
    expect(reported('On Friday came a report by Radio Meridian that she “misled” the board.', 'misled')).toBe('Radio Meridian');
    expect(reported('Doubts grew after a story in the Harbor Gazette this week about the fund “running dry,” aides said.', 'running dry')).toBe('Harbor Gazette');
  });

  it('takes no source that is a time, nor one without a proper name', () => {
    expect(reported('Kells forwards an article in May 2019 that included the line “the port is back.”', 'port is back')).toBeNull();
    expect(reported('A report by the state auditor found the fund “empty.”', 'empty')).toBeNull();
  });
});

describe('namedReport in the attribution rules', () => {
  it('gives the quote to the source, unless a reporting verb stands nearer the quote', () => {
    expect(speakerOf('On Friday came a report by Radio Meridian that she “misled” the board.', 'misled')).toBe('Radio Meridian');
    expect(speakerOf('After a report by Radio Meridian on the fund, Ortiz said the board was “misled.”', 'misled')).toBe('Ortiz');
  });
});
