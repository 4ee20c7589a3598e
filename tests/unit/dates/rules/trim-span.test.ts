import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/lib/dates/index.ts';
import { trimDateSpan } from '../../../../src/lib/dates/rules/trim-span.ts';

describe('trimDateSpan', () => {
  it('drops a vote tally and a preposition', () => {
    expect(trimDateSpan('7 to 4 on Tuesday')).toEqual({ text: 'Tuesday', shift: 10 });
    expect(trimDateSpan('on June 2')).toEqual({ text: 'June 2', shift: 3 });
  });
  it('keeps a day of the month', () => {
    expect(trimDateSpan('2 June')).toEqual({ text: '2 June', shift: 0 });
  });
  it('keeps the tally out of the date in a whole sentence', () => {
    const text = 'The council voted 7 to 4 on Tuesday to approve the garage.';
    expect(extractDates(text, '2025-11-20').map((d) => d.text)).toEqual(['Tuesday']);
  });
});
