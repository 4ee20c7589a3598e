import { describe, expect, it } from 'vitest';
import { markTerms } from '../../../src/browser/search/highlight.ts';

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
