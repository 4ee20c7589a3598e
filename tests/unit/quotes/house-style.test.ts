// Written for the test: invented sentences in the British style, where single marks quote and
// double ones nest, and in the American style, where it is the other way round.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { houseStyle } from '../../../src/lib/quotes/quote-marks.ts';

const texts = (text: string) => detectQuotes(text).map((q) => q.text);

const BRITISH = [
  '‘We are ready,’ said Ann Ortiz, the harbour minister. ‘The money is there.’',
  'Her rival, Tom Lowe, called the plan ‘a gamble’. ‘It’s the dockers’ turn to pay,’ he told the Ledger.',
].join('\n\n');

describe('houseStyle', () => {
  it('tells an article quoting with single marks from one quoting with double ones', () => {
    expect(houseStyle(BRITISH)).toBe('single');
    expect(houseStyle('“We are ready,” Ortiz said. “He told me, ‘Not yet,’ and left.”')).toBe('double');
  });
  it('does not count single marks nested in double ones', () => {
    expect(houseStyle('“He kept saying ‘wait,’ then ‘not yet,’ then ‘maybe next week,’” Ann Ortiz said.')).toBe('double');
  });
  it('keeps double marks for an article with one odd single mark or none', () => {
    expect(houseStyle('Ortiz called it a ‘stunt’ on Monday.')).toBe('double');
    expect(houseStyle('The dockers’ union met in the ’90s.')).toBe('double');
    expect(houseStyle("''We are ready,'' Ortiz said. Lowe called it 'a stunt' and 'a farce'.")).toBe('double');
  });
});

describe('quotes in single marks', () => {
  it('are found, with apostrophes in words and after plurals left alone', () => {
    expect(texts(BRITISH)).toEqual(['We are ready,', 'The money is there.', 'a gamble', 'It’s the dockers’ turn to pay,']);
  });
  it('keep double marks nested inside them', () => {
    const text = '‘He called it “madness”, and he was right,’ Ortiz said. ‘Nobody listened.’ ‘Nobody,’ Lowe agreed.';
    expect(texts(text)).toEqual(['He called it “madness”, and he was right,', 'Nobody listened.', 'Nobody,']);
  });
  it('are found in straight marks too, with contractions inside', () => {
    expect(texts("Ortiz said: 'We are ready. I don't doubt it.' Lowe said: 'We are not.'")).toEqual(['We are ready. I don\'t doubt it.', 'We are not.']);
  });
  it('leave an American article’s nested single marks inside its double ones', () => {
    expect(texts('“He told me, ‘Not yet,’ and left,” Ortiz said.')).toEqual(['He told me, ‘Not yet,’ and left,']);
  });
});

describe('quotes in single marks: apostrophes that close after all', () => {
  it('close a quote at a plural’s mark when nothing else closes it in its paragraph', () => {
    const text = 'Ann Ortiz called the cuts ‘cruel decisions’ that would hurt families. ‘We will fight them,’ she said. ‘Every one of them.’';
    expect(texts(text)).toEqual(['cruel decisions', 'We will fight them,', 'Every one of them.']);
  });
  it('leave a quote that runs on into the next paragraph whole', () => {
    const text = '‘We are ready,’ she said. ‘It is a good day,’ said Tom Lowe.\nAnn Ortiz said: ‘The dockers’ pay fell and the owners did nothing.\nIt got worse for the families.’';
    expect(texts(text)).toEqual(['We are ready,', 'It is a good day,', 'The dockers’ pay fell and the owners did nothing.', 'It got worse for the families.']);
  });
  it('open a curly quote before a figure', () => {
    expect(texts('‘30 years I worked there,’ she said. ‘Thirty.’')).toEqual(['30 years I worked there,', 'Thirty.']);
  });
  it('do not run a straight quote left open on into a paragraph that opens its own', () => {
    const text = "Ann Ortiz said: 'This is only the start.\n\nTom Lowe replied: 'We are not afraid.' Then he left. 'Go.'";
    expect(texts(text)).toEqual(['We are not afraid.', 'Go.']);
  });
});
