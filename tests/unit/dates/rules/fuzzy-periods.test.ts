import { describe, expect, it } from 'vitest';
import { findFuzzyPeriods } from '../../../../src/lib/dates/rules/fuzzy-periods.ts';

const found = (text: string, published: string) => findFuzzyPeriods(text, published).map((d) => [d.text, d.value, d.precision]);

describe('findFuzzyPeriods', () => {
  it('gives a year, never a day, to the edge of a year', () => {
    expect(found('The garage should open by the end of next year.', '2026-03-10')).toEqual([['the end of next year', '2027', 'year']]);
    expect(found('Work starts in early 2026.', '2025-09-01')).toEqual([['early 2026', '2026', 'year']]);
  });
  it('gives "year-end" its December, last year\'s when the clause looks back', () => {
    expect(found('The sale should close by year-end.', '2025-10-02')).toEqual([['year-end', '2025-12', 'month']]);
    expect(found('The index is up 12% since year-end.', '2025-10-02')).toEqual([['year-end', '2024-12', 'month']]);
    expect(found('Debt fell at the year’s end.', '2026-02-02')).toEqual([['the year’s end', '2025-12', 'month']]);
  });
  it('gives a month to the edge of a month', () => {
    expect(found('Sales slowed in mid-November.', '2025-12-02')).toEqual([['mid-November', '2025-11', 'month']]);
    expect(found('Rent is due at the end of the month.', '2025-12-02')).toEqual([['the end of the month', '2025-12', 'month']]);
    expect(found('Talks resume in late March 2026.', '2025-12-02')).toEqual([['late March 2026', '2026-03', 'month']]);
  });
});
