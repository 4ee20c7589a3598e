import { describe, expect, it } from 'vitest';
import { markTerms, withoutPrefix } from '../../../src/browser/search/highlight.ts';

const show = (text: string, query: string) => markTerms(text, query).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('markTerms', () => {
  it('marks words that start with a query term, case-insensitively', () => {
    expect(show("We're going to find out whether he's stringing us along", 'stringing us along')).toBe("We're going to find out whether he's [stringing] [us] [along]");
    expect(show('Putin’s talks with Trump', 'putin talk')).toBe('[Putin]’s [talks] with Trump');
  });

  it('never marks inside a word and leaves markup as text', () => {
    expect(show('Russia and trust', 'us')).toBe('Russia and trust');
    expect(show('<img onerror=x> us', 'us')).toBe('<img onerror=x> [us]');
  });

  it('ignores one-letter terms and regular-expression characters', () => {
    expect(show('a (b) c.*', 'a ( .*')).toBe('a (b) c.*');
    expect(markTerms('', 'x')).toEqual([]);
  });
});

describe('withoutPrefix', () => {
  const pieces = (s: string) => s.split(/(\[[^\]]+\])/).filter(Boolean).map((t) => (t.startsWith('[') ? { text: t.slice(1, -1), marked: true } : { text: t, marked: false }));
  const show = (ps: { text: string; marked: boolean }[]) => ps.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');
  const title = 'Vladimir Putin · said 19 May 2025';

  it('drops the card heading the excerpt repeats, in full or from one of its words on, marked words included', () => {
    expect(show(withoutPrefix(pieces('Vladimir [Putin] · said 19 May 2025. “meaningful and frank.”'), title))).toBe('meaningful and frank.');
    expect(show(withoutPrefix(pieces('[Putin] · said 19 May 2025. “meaningful and [frank].”'), title))).toBe('meaningful and [frank].');
  });

  it('keeps a quote whose first words only look like the end of the heading', () => {
    expect(show(withoutPrefix(pieces('2025 will be the year of [peace]'), title))).toBe('2025 will be the year of [peace]');
  });
});
