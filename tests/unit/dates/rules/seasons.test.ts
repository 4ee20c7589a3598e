import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/lib/dates/index.ts';
import { findSeasons } from '../../../../src/lib/dates/rules/seasons.ts';

const found = (text: string, published: string) => findSeasons(text, published).map((d) => [d.text, d.value]);

describe('findSeasons', () => {
  it('reads last, this and next against publication', () => {
    expect(found('Prices rose last fall.', '1998-03-05')).toEqual([['last fall', '1997-FA']]);
    expect(found('The plant opens this summer.', '1998-03-05')).toEqual([['this summer', '1998-SU']]);
    expect(found('It snowed last winter.', '1998-03-05')).toEqual([['last winter', '1997-WI']]);
    expect(found('Talks resume next spring.', '1998-05-05')).toEqual([['next spring', '1999-SP']]);
  });
  it('reads a year given with it', () => {
    expect(found('in the winter of 1994', '1998-03-05')).toEqual([['the winter of 1994', '1994-WI']]);
  });
  it('leaves a season that is not a time alone', () => {
    expect(found('the fall of the Berlin Wall and spring cleaning', '1998-03-05')).toEqual([]);
  });
  it('is suggested as its year', () => {
    expect(extractDates('Prices rose last fall.', '1998-03-05').map((d) => [d.text, d.value, d.precision])).toEqual([['last fall', '1997', 'year']]);
  });
  // Written for the test.
  it('reads a season after a preposition of time by the tense of its clause', () => {
    expect(found('The board expects the lists to fall by spring.', '2025-11-12')).toEqual([['spring', '2026-SP']]);
    expect(found('The ferry will not run during the winter.', '2025-10-01')).toEqual([['the winter', '2025-WI']]);
    expect(found('Prices rose sharply in the summer.', '2025-11-12')).toEqual([['the summer', '2025-SU']]);
  });
  it('leaves one with no tense to go by, "fall", and one "of" something', () => {
    expect(found('Exports in the summer', '2025-11-12')).toEqual([]);
    expect(found('It happened in the fall.', '2025-11-12')).toEqual([]);
    expect(found('Ortiz remembers the frost in the winter of nineteen eighty-one.', '2025-11-12')).toEqual([]);
    // (A season counted from an event is not the last one; one in a sentence with a year still is.)
    expect(found('Ortiz, who was born in the summer after the war, joined the council in 1990.', '2025-11-12')).toEqual([]);
    expect(found('The council raised taxes in the summer, the third time since 2019.', '2025-11-12')).toEqual([['the summer', '2025-SU']]);
  });
});
