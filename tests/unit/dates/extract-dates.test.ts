import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/lib/dates/index.ts';
import { valueMatchesPrecision } from '../../../src/lib/schema/index.ts';

const found = (text: string, published: string) => extractDates(text, published).map((d) => [d.text, d.value, d.precision]);

describe('extractDates', () => {
  it.each([
    ['At a White House press briefing on Wednesday, the president spoke.', '2025-05-29', [['Wednesday', '2025-05-28', 'day']]],
    ['Trump spoke with Putin on Wednesday.', '2025-02-13', [['Wednesday', '2025-02-12', 'day']]],
    ['The talks will resume on Monday.', '2025-05-29', [['Monday', '2025-06-02', 'day']]],
    ['A new round of talks is scheduled for June 2 in Istanbul.', '2025-05-29', [['June 2', '2025-06-02', 'day']]],
    ['He made a statement earlier this week.', '2025-05-29', [['earlier this week', '2025-W22', 'week']]],
    ['Established in 1949, NATO was formed to counter threats.', '2025-02-13', [['1949', '1949', 'year']]],
    ['Training has run since late last year.', '2025-09-03', [['late last year', '2024', 'year']]],
    ['The war began with the invasion in February 2022.', '2025-08-19', [['February 2022', '2022-02', 'month']]],
    ['Prices rose last month.', '2025-05-20', [['last month', '2025-04', 'month']]],
    ['Officials met on May 19, 2025 in Washington.', '2025-05-20', [['May 19, 2025', '2025-05-19', 'day']]],
  ] as const)('%s', (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });

  it('does not take durations or vague words for dates', () => {
    const text = 'After a two-hour call and a three-day assault, a 30-day ceasefire and the two-week deadline, the overnight strike came soon; now talks go on over the next few weeks.';
    expect(found(text, '2025-05-29')).toEqual([]);
  });

  it('does not take a part of the day on its own for a date', () => {
    const text = 'Night trains will run again, the mayor told a morning talk show. “Good evening,” she began. Rooms cost $40 a night.';
    expect(found(text, '2025-05-29')).toEqual([]);
  });

  it('keeps a part of the day that names its day', () => {
    const text = 'Last night the council met; this morning it voted, and on Tuesday night the mayor signed.';
    expect(found(text, '2025-05-29')).toEqual([
      ['Last night', '2025-05-28', 'day'],
      ['this morning', '2025-05-29', 'day'],
      ['Tuesday night', '2025-05-27', 'day'],
    ]);
  });

  it.each([
    ['The depot burned on the evening of Friday, Oct. 24, after a storm.', '2025-11-21', [['Friday, Oct. 24', '2025-10-24', 'day']]],
    ['The bridge closed on the morning of March 3 after the storm.', '2025-05-29', [['March 3', '2025-03-03', 'day']]],
  ] as const)('dates "the night of" by the date after it: %s', (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });

  it.each([
    ['Voting ran from last Thursday to Nov. 6.', '2025-10-30', [['last Thursday', '2025-10-23', 'day'], ['Nov. 6', '2025-11-06', 'day']]],
    ['Prices rose from March to May 2024.', '2024-06-20', [['March', '2024-03', 'month'], ['May 2024', '2024-05', 'month']]],
    ['Talks ran from Monday through Wednesday.', '2024-06-20', [['Monday', '2024-06-17', 'day'], ['Wednesday', '2024-06-19', 'day']]],
  ] as const)('gives each end of a range its own date: %s', (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });

  it('reads "last May" and "next May" as the month, and "may" as the verb', () => {
    expect(found('The two presidents signed the treaty last May. It may lapse next May.', '2025-02-27')).toEqual([
      ['last May', '2024-05', 'month'],
      ['next May', '2025-05', 'month'],
    ]);
  });

  it('does not read "march" or "may" in lower case as a month', () => {
    const text = 'Thousands joined the march on the capital; marchers march again in July, and more may follow.';
    expect(found(text, '2025-05-29')).toEqual([['July', '2025-07', 'month']]);
  });

  it('does not take an amount of time for a date', () => {
    const text = 'Wages rose 0.1%, their slowest rise in a year. Shares fell for two days, and officials spoke of a deal within a week after a weekend of talks.';
    expect(found(text, '2025-05-29')).toEqual([]);
  });

  it('does not date "over the past year" to the calendar year before', () => {
    const text = 'Exports fell 4% over the past year, and the party has led for the past two weeks.';
    expect(found(text, '2025-05-29')).toEqual([]);
  });

  it('dates "in two days" when the clause looks ahead', () => {
    expect(found('The vote will be held in two days.', '2025-05-29')).toEqual([['two days', '2025-05-31', 'day']]);
  });

  it('does not read a share price as a date', () => {
    expect(found('The stock closed at 112 5/8, up 3/8.', '2025-05-29')).toEqual([]);
  });

  it('does not read "The Sun" as a Sunday', () => {
    expect(found('According to The Sun, these demands were underscored.', '2025-05-29')).toEqual([]);
  });

  it('gives offsets into the text and values that match their precision', () => {
    const text = 'On Wednesday, Lavrov proposed talks for June 2; NATO was founded in 1949.';
    for (const d of extractDates(text, '2025-05-29')) {
      expect(text.slice(d.start, d.start + d.text.length)).toBe(d.text);
      expect(valueMatchesPrecision(d.value, d.precision)).toBe(true);
    }
  });
});

// Written for the test.
describe('"in the year", "in the week"', () => {
  it('are no dates (chrono reads them as a year or a week from now)', () => {
    expect(found('Harbor fees rose 4% in the year to October.', '2025-11-20')).toEqual([['October', '2025-10', 'month']]);
    expect(found('In the week before the vote, turnout fell.', '2025-11-20')).toEqual([]);
  });
});
