import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/lib/dates/index.ts';
import { findReferenceWords } from '../../../../src/lib/dates/rules/reference-words.ts';

describe('findReferenceWords', () => {
  it('marks the present, the past and the future', () => {
    expect(findReferenceWords('Talks are now stalled; prices recently rose; the future is unclear.').map((d) => [d.text, d.value])).toEqual([
      ['now', 'PRESENT_REF'],
      ['recently', 'PAST_REF'],
      ['the future', 'FUTURE_REF'],
    ]);
  });
  it('takes "the past" alone, not "the past year", a stretch of time', () => {
    expect(findReferenceWords('In the past, prices rose; over the past year and the past two weeks they fell.').map((d) => d.text)).toEqual(['the past']);
  });
  it('does not take "now that" and is never suggested as a date', () => {
    expect(findReferenceWords('Now that the vote is over')).toEqual([]);
    expect(extractDates('Talks are now stalled.', '2025-01-01')).toEqual([]);
  });
});
