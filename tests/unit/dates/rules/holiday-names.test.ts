import { describe, expect, it } from 'vitest';
import { isHolidayName } from '../../../../src/lib/dates/index.ts';

// Written for the test.
describe('isHolidayName', () => {
  it.each(['Bastille Day', 'Christmas Eve', 'Thanksgiving', 'Memorial Day', 'St. Patrick’s Day'])('knows "%s"', (name) => {
    expect(isHolidayName(name)).toBe(true);
  });
  it.each(['Kristen Day', 'Day', 'Doris Day', 'Christmas Jones', 'Easter Island'])('takes "%s" for no holiday', (name) => {
    expect(isHolidayName(name)).toBe(false);
  });
});
