import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../../src/lib/dates/rules/tense.ts';

const at = (text: string, word: string) => tenseAt(text, text.indexOf(word), word.length);

describe('tenseAt', () => {
  it.each([
    ['The mission will launch in December.', 'December', 'future'],
    ['The company said it will merge with a rival in December.', 'December', 'future'],
    ['Prices fell in December.', 'December', 'past'],
    ['The offer had been scheduled to expire Friday.', 'Friday', 'past'],
    ['The hearing is scheduled for Monday.', 'Monday', 'future'],
    ['On Friday, the council voted to close the library.', 'Friday', 'past'],
    ['In March, a report.', 'March', 'unknown'],
  ] as const)('%s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });
});
