import { describe, expect, it } from 'vitest';
import { findHolidays } from '../../../../src/lib/dates/rules/holidays.ts';

const found = (text: string, published: string) => findHolidays(text, published).map((h) => [h.text, h.value]);

describe('findHolidays', () => {
  it('finds the holiday just past in past-tense reporting', () => {
    expect(found('Shoppers crowded the stores the day after Thanksgiving.', '2025-12-02')).toEqual([['Thanksgiving', '2025-11-27']]);
  });
  it('dates Election Day to the Tuesday after the first Monday in November', () => {
    expect(found('Voters lined up on Election Day.', '2024-11-08')).toEqual([['Election Day', '2024-11-05']]);
    expect(found('Turnout on Election Day 2020 was a record.', '2025-01-10')).toEqual([['Election Day 2020', '2020-11-03']]);
  });
  it('takes the nearer one when the clause has no tense', () => {
    expect(found('Between now and Election Day the levy is the main issue.', '2026-10-26')).toEqual([['Election Day', '2026-11-03']]);
  });
  it('finds the coming one when the clause looks ahead', () => {
    expect(found('City offices will close for Thanksgiving Day.', '2019-11-20')).toEqual([['Thanksgiving Day', '2019-11-28']]);
    expect(found('The deal is expected to close by Christmas.', '2025-08-14')).toEqual([['Christmas', '2025-12-25']]);
  });
  it('reads a year given with it, and Easter by the computus', () => {
    expect(found('They met on Easter Sunday, 2024.', '2025-01-10')).toEqual([['Easter Sunday, 2024', '2024-03-31']]);
    expect(found('Good Friday 2025 fell in April.', '2025-06-01')).toEqual([['Good Friday 2025', '2025-04-18']]);
  });
  it('reads a year after "of" or "in" as that year’s holiday, whatever the tense', () => {
    // Written for the test.
    expect(found('Traffic on Thanksgiving in 2016 was light.', '2026-08-20')).toEqual([['Thanksgiving in 2016', '2016-11-24']]);
    expect(found('The Christmas of 2019 was the last before the closures.', '2026-08-20')).toEqual([['Christmas of 2019', '2019-12-25']]);
    expect(found('Sales at Christmas in 2024 rose.', '2025-03-01')).toEqual([['Christmas in 2024', '2024-12-25']]);
  });
  it('does not read "Eastern" as Easter', () => {
    expect(found('Eastern Europe', '2025-01-10')).toEqual([]);
  });
});
