import { describe, expect, it } from 'vitest';
import { findRelativePeriods } from '../../../../src/lib/dates/rules/relative-periods.ts';

const found = (text: string, published: string) => findRelativePeriods(text, published).map((d) => [d.text, d.value, d.precision]);

describe('findRelativePeriods', () => {
  it('counts from publication at the precision named', () => {
    expect(found('He resigned six weeks ago.', '1998-02-26')).toEqual([['six weeks ago', '1998-W03', 'week']]);
    expect(found('Prices rose last month.', '2025-05-20')).toEqual([['last month', '2025-04', 'month']]);
    expect(found('The plant opens next year.', '2025-05-20')).toEqual([['next year', '2026', 'year']]);
  });
  it('does not take a stretch of time for a period', () => {
    expect(found('Over the last year and the past week, prices rose.', '2025-05-20')).toEqual([]);
  });
});

describe('findRelativePeriods: weekends', () => {
  it('gives the weekend before publication, or the coming one when the clause looks ahead', () => {
    // 1989-10-30 is a Monday.
    expect(found('Talks broke down over the weekend.', '1989-10-30')).toEqual([['the weekend', '1989-W43-WE', 'week']]);
    expect(found('Talks will resume next weekend.', '1989-10-30')).toEqual([['next weekend', '1989-W44-WE', 'week']]);
  });
});
