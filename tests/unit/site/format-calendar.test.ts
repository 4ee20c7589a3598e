import { describe, expect, it } from 'vitest';
import { calendarSortKey, formatCalendarValue } from '../../../src/lib/site/format-calendar.ts';

describe('formatCalendarValue', () => {
  it.each([
    ['2025-05-28', 'day', '28 May 2025'],
    ['2025-W22', 'week', 'week of 26 May 2025'],
    ['2025-W01', 'week', 'week of 30 December 2024'],
    ['2025-05', 'month', 'May 2025'],
    ['1949', 'year', '1949'],
  ] as const)('%s (%s) → %s', (value, precision, label) => {
    expect(formatCalendarValue(value, precision)).toBe(label);
  });
  it('sorts values of mixed precision by the first day they cover', () => {
    expect(calendarSortKey('2025-W22', 'week')).toBe('2025-05-26');
    expect(calendarSortKey('2022-02', 'month')).toBe('2022-02-01');
    expect(calendarSortKey('1949', 'year')).toBe('1949-01-01');
  });
});
