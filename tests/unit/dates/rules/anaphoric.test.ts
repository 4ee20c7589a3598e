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

// Written for the test.
describe('a narrative moving on, and a day of the month named alone', () => {
  const dates = (text: string) => extractDates(text, '2025-11-20').map((d) => [d.text, d.value]);
  it('counts "the following day" on from "two days later"', () => {
    expect(dates('The inquiry heard its first witness on March 5. Two days later the ministry appealed. The following day the appeal was rejected.')).toEqual([
      ['March 5', '2025-03-05'],
      ['Two days later', '2025-03-07'],
      ['The following day', '2025-03-08'],
    ]);
  });
  it('does not move the narrative back for "a day earlier"', () => {
    expect(dates('The vote was on March 5. A day earlier, protests began. The next day, the result was published.').map((d) => d[1])).toEqual(['2025-03-05', '2025-03-04', '2025-03-06']);
  });
  it('reads "on the 14th" in the month the narrative has reached', () => {
    expect(dates('The inquiry opened on March 3. The chair ruled on the 14th that the papers must be published.')).toEqual([
      ['March 3', '2025-03-03'],
      ['the 14th', '2025-03-14'],
    ]);
    expect(dates('The hearing began in February. A ruling is due by the 30th.')).toEqual([
      ['February', '2025-02'],
      ['the 30th', '2025-02'],
    ]);
  });
  it('leaves centuries, anniversaries and floors', () => {
    expect(dates('Built in the 19th century, it burned on the 5th floor after the 14th anniversary.')).toEqual([]);
  });
});

// Written for the test: edges a review found.
describe('days of the month and steps of the narrative, at their edges', () => {
  const dates = (text: string) => extractDates(text, '2025-11-20').map((d) => [d.text, d.value]);
  it('rolls a day before the one reached into the next month', () => {
    expect(dates('The trial opened on January 30. The verdict came on the 2nd.')).toEqual([
      ['January 30', '2025-01-30'],
      ['the 2nd', '2025-02-02'],
    ]);
  });
  it('reads no day of a year or of nothing, and no ballot or attempt', () => {
    expect(dates('The council met in 2019 and again on the 14th.')).toEqual([['2019', '2019']]);
    expect(dates('Ortiz won on the 2nd ballot on March 3.')).toEqual([['March 3', '2025-03-03']]);
  });
  it('counts a step back from the dates written out, not from steps forward', () => {
    expect(dates('The talks ended on Oct. 3. The next day the army moved. A day earlier, on Oct. 2, shots were fired.').map((d) => d[1])).toEqual(['2025-10-03', '2025-10-04', '2025-10-02', '2025-10-02']);
  });
  it('suggests no day after a step of weeks', () => {
    expect(dates('The hearing began on March 5. Two weeks later the judge fell ill. The following day the hearing was adjourned.').map((d) => d[0])).toEqual(['March 5', 'Two weeks later']);
  });
});
