import { describe, expect, it } from 'vitest';
import { resolveWeekday } from '../../../../src/lib/dates/rules/weekday.ts';
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
