import { describe, expect, it } from 'vitest';
import { isKindOfDay, resolveWeekday } from '../../../../src/lib/dates/rules/weekday.ts';
import { extractDates } from '../../../../src/lib/dates/index.ts';

// 2025-05-29 is a Thursday.
describe('resolveWeekday', () => {
  it('looks back by default, to the same day at the latest', () => {
    expect(resolveWeekday(1, '2025-05-29', 'past')).toBe('2025-05-26');
    expect(resolveWeekday(4, '2025-05-29', 'unknown')).toBe('2025-05-29');
  });
  it('looks ahead when the clause does', () => {
    expect(resolveWeekday(1, '2025-05-29', 'future')).toBe('2025-06-02');
  });
  it('reads last and next', () => {
    expect(resolveWeekday(4, '2025-05-29', 'past', 'last')).toBe('2025-05-22');
    expect(resolveWeekday(4, '2025-05-29', 'past', 'next')).toBe('2025-06-05');
  });
});

// Written for the test.
describe('a weekday named again with no tense of its own', () => {
  it('is the same day as the one named before it', () => {
    const text = 'Ellen Park and Rick Sandoval will meet Tuesday for their only debate. “Let’s get through Tuesday first,” Park said.';
    expect(extractDates(text, '2025-10-19').map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2025-10-21'],
      ['Tuesday', '2025-10-21'],
    ]);
  });
});

describe('isKindOfDay: a weekday that names a kind of day, not a date', () => {
  const at = (text: string, day: string) => isKindOfDay(text, text.indexOf(day), day.length);
  it('is the modifier of a noun in a list (from a city press release)', () => {
    expect(at('The Mayor has already authorized additional personnel, Saturday grass cutting crews and longer public works hours.', 'Saturday')).toBe(true);
  });
  it('follows "every" or "each"', () => {
    expect(at('The market is open every Saturday until noon.', 'Saturday')).toBe(true);
    expect(at('The council meets each Tuesday.', 'Tuesday')).toBe(true);
  });
  it('is a date before a part of the day, a clause or punctuation', () => {
    expect(at('Police Chief Billy Bolin said Saturday that the city asked his agency to look into it.', 'Saturday')).toBe(false);
    expect(at('The talks ran on Friday, Saturday and Sunday.', 'Saturday')).toBe(false);
    expect(at('The hearing was set for Monday, Tuesday afternoon at the latest.', 'Tuesday')).toBe(false);
    expect(at("Officials met, and Saturday's vote was delayed.", 'Saturday')).toBe(false);
    expect(at('Protesters gathered Saturday outside the ministry.', 'Saturday')).toBe(false);
  });
  it('leaves the weekday out of the dates an article is given', () => {
    const text = 'The Mayor has authorized additional personnel, Saturday grass cutting crews and longer hours. The council met on Saturday.';
    const dates = extractDates(text, '2015-07-27');
    expect(dates.map((d) => [d.text, d.start])).toEqual([['Saturday', text.lastIndexOf('Saturday')]]);
    expect(dates[0]!.value).toBe('2015-07-25');
  });
});
