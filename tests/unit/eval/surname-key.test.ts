import { describe, expect, it } from 'vitest';
import { surnameKey } from '../../../eval/quotes.ts';

describe('surnameKey (speaker matching in the quote evaluation)', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov', 'peskov'],
    ['Huma Abedin, vice chairwoman of the campaign', 'abedin'],
    ['U.S. Secretary of State Marco Rubio', 'rubio'],
    ['Jonah Goldberg of the National Review', 'goldberg'],
    ['the Trump campaign', 'trump'],
  ])('%s → %s', (name, key) => {
    expect(surnameKey(name)).toBe(key);
    expect(surnameKey(name, { gold: true })).toBe(key);
  });

  it('gives no key for a gold description: its capitalised modifiers are not a surname', () => {
    for (const gold of ['the New York businessman', 'a Homeland Security memo', 'Protesters', 'Officials at Homeland Security Investigations', 'Clinton’s campaign manager', 'the Florida senator', 'the Senate Democratic leader', 'the New Jersey governor']) {
      expect(surnameKey(gold, { gold: true })).toBeNull();
    }
  });

  it('takes the name an apposition gives to a gold description', () => {
    expect(surnameKey('Another critic, Laurence H. Tribe,', { gold: true })).toBe('tribe');
    expect(surnameKey('His former partner at Harbor Bank, Paul T. Ingram,', { gold: true })).toBe('ingram');
  });

  it('compares the extractor’s own name by its capitalised words, as before', () => {
    expect(surnameKey('IMF report')).toBe('imf');
  });
});
