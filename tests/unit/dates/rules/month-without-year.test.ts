import { describe, expect, it } from 'vitest';
import { findMonthsOfYear, resolveMonth, resolveMonthDay } from '../../../../src/lib/dates/rules/month-without-year.ts';

describe('resolveMonth', () => {
  it('never puts a month in the future in past-tense reporting', () => {
    expect(resolveMonth(12, '2025-08-14', 'past')).toBe('2024-12');
    expect(resolveMonth(2, '2025-08-14', 'past')).toBe('2025-02');
  });
  it('looks ahead when the clause does', () => {
    expect(resolveMonth(2, '2025-08-14', 'future')).toBe('2026-02');
    expect(resolveMonth(12, '2025-08-14', 'future')).toBe('2025-12');
  });
  it('takes the nearer one without a tense', () => {
    expect(resolveMonth(1, '1989-11-02', 'unknown')).toBe('1990-01');
    expect(resolveMonth(12, '1999-04-10', 'unknown')).toBe('1998-12');
  });
  it('reads last, this and next', () => {
    expect(resolveMonth(2, '1998-03-05', 'unknown', 'last')).toBe('1998-02');
    expect(resolveMonth(9, '1998-03-05', 'unknown', 'this')).toBe('1998-09');
    expect(resolveMonth(1, '1998-03-05', 'unknown', 'next')).toBe('1999-01');
  });
  it('gives a month and day the same year', () => {
    expect(resolveMonthDay(10, 23, '1999-04-10', 'past')).toBe('1998-10-23');
  });
});

describe('resolveMonthDay near publication', () => {
  it('takes the occurrence within six weeks whatever the tense', () => {
    expect(resolveMonthDay(6, 2, '2025-05-29', 'past')).toBe('2025-06-02');
    expect(resolveMonthDay(12, 28, '2026-01-05', 'unknown')).toBe('2025-12-28');
  });
});

// Written for the test.
describe('findMonthsOfYear', () => {
  const found = (text: string, published: string) => findMonthsOfYear(text, published).map((d) => [d.text, d.value]);
  it('gives a month of a year named relative to publication, and both months of a range', () => {
    expect(found('Work ran from March to May of last year, then stopped.', '2025-11-20')).toEqual([
      ['March', '2024-03'],
      ['May of last year', '2024-05'],
    ]);
    expect(found('The line opens in October of next year.', '2025-11-20')).toEqual([['October of next year', '2026-10']]);
    expect(found('The works run from November to February of next year.', '2025-11-20')).toEqual([
      ['November', '2025-11'],
      ['February of next year', '2026-02'],
    ]);
  });
  it('leaves a month of anything else', () => {
    expect(found('The march of last year’s protesters', '2025-11-20')).toEqual([]);
  });
});
