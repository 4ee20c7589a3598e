import { describe, expect, it } from 'vitest';
import { extractDates, findDateExpressions } from '../../../../src/lib/dates/index.ts';
import { findAnaphoric, resolveAnaphoric } from '../../../../src/lib/dates/rules/anaphoric.ts';

describe('findAnaphoric / resolveAnaphoric', () => {
  it('finds expressions that count from the narrative', () => {
    expect(findAnaphoric('A day earlier, the same day, later in the day, two weeks later, the year-earlier quarter').map((a) => [a.text, a.unit, a.shift])).toEqual([
      ['A day earlier', 'day', -1],
      ['the same day', 'day', 0],
      ['later in the day', 'day', 0],
      ['two weeks later', 'week', 2],
      ['the year-earlier quarter', 'year', -1],
    ]);
  });
  it('keeps a quarter reference a quarter', () => {
    expect(resolveAnaphoric({ text: 'a year earlier', start: 0, unit: 'year', shift: -1 }, { value: '1989-Q3', precision: 'quarter' })).toEqual({ value: '1988-Q3', precision: 'quarter' });
  });
});

describe('the narrative reference time', () => {
  it('counts "a day earlier" and "the same day" from the event just dated, not from publication', () => {
    const text = 'The council voted on March 3. A day earlier, residents protested. The mayor resigned the same day.';
    expect(extractDates(text, '2025-03-20').map((d) => [d.text, d.value])).toEqual([
      ['March 3', '2025-03-03'],
      ['A day earlier', '2025-03-02'],
      ['the same day', '2025-03-03'],
    ]);
  });
  it('falls back to publication when nothing is dated before', () => {
    expect(findDateExpressions('Later in the day, the vote passed.', '2025-03-20').map((d) => d.value)).toEqual(['2025-03-20']);
  });
});

describe('expressions counted from an event', () => {
  it('are not dates', () => {
    expect(extractDates('Parking brought in $2 million a year before the pandemic, and three days after the vote it fell.', '2025-11-20')).toEqual([]);
  });
});

// Written for the test.
describe('a whole unit the narrative has reached', () => {
  it('gives "earlier in the year" and "that year" as the year, not the month just named', () => {
    const text = 'Harbor fees rose in October. Earlier in the year, they had fallen. That year, the port grew.';
    expect(extractDates(text, '2025-11-20').map((d) => [d.text, d.value, d.precision])).toEqual([
      ['October', '2025-10', 'month'],
      ['Earlier in the year', '2025', 'year'],
      ['That year', '2025', 'year'],
    ]);
  });
  it('gives "later in the month" as the month of the day just named', () => {
    expect(extractDates('The vote was on March 3, 2024. Later in the month, the council met again.', '2025-11-20').map((d) => [d.text, d.value])).toEqual([
      ['March 3, 2024', '2024-03-03'],
      ['Later in the month', '2024-03'],
    ]);
  });
  it('counts from a quarter the narrative named', () => {
    expect(resolveAnaphoric({ text: 'a month later', start: 0, unit: 'month', shift: 1 }, { value: '2024-Q3', precision: 'quarter' })).toEqual({ value: '2024-09', precision: 'month' });
    expect(resolveAnaphoric({ text: 'later that year', start: 0, unit: 'year', shift: 0, whole: true }, { value: '2024-Q3', precision: 'quarter' })).toEqual({ value: '2024', precision: 'year' });
  });
});
