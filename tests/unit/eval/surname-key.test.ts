import { describe, expect, it } from 'vitest';
import { givenNameOf, surnameKey } from '../../../eval/quotes.ts';

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

  it('reads an office written in lower case as the head of a description, and takes the apposition', () => {
    expect(surnameKey('Ward’s Ohio field director, Lena Okafor,', { gold: true })).toBe('okafor');
    expect(surnameKey('Nevada Rep. Alma Ward’s chief of staff, Tom Lowe,', { gold: true })).toBe('lowe');
    expect(surnameKey('Ward’s spokesman', { gold: true })).toBeNull();
  });

  it('takes the titled name that ends a body named with its preposition', () => {
    expect(surnameKey('Friends of Rivers outreach director Dana Kells', { gold: true })).toBe('kells');
    expect(surnameKey('The League for Clean Harbors Executive Director Paul Ingram', { gold: true })).toBe('ingram');
    // The head is the spokesman, not the senator; a body after "of" is not a title.
    expect(surnameKey('spokesman for Sen. Ana Ruiz', { gold: true })).toBeNull();
    expect(surnameKey('Marta Lindqvist of the Coastal Policy Institute', { gold: true })).toBe('lindqvist');
    expect(surnameKey('Tom Lowe of Harbor Gazette Weekly', { gold: true })).toBe('lowe');
  });

  it('gives no key for an indefinite pronoun or a headline given as the source', () => {
    for (const gold of ['Another', 'Someone', 'Many of the marchers', 'One of the organisers']) expect(surnameKey(gold, { gold: true })).toBeNull();
    expect(surnameKey('One of the organisers, Lena Okafor,', { gold: true })).toBe('okafor');
    expect(surnameKey('CITY COUNCIL BACKS THE FERRY PLAN', { gold: true })).toBeNull();
    expect(surnameKey('NBC', { gold: true })).toBe('nbc');
  });

  it('compares the extractor’s own name by its capitalised words, as before', () => {
    expect(surnameKey('IMF report')).toBe('imf');
  });
});

describe('givenNameOf', () => {
  it('matches a source of one word to the person found in full by the first word', () => {
    expect(givenNameOf('Hillary', 'Hillary Clinton')).toBe(true);
    expect(givenNameOf('Xi', 'Xi Jinping')).toBe(true);
  });
  it('matches nothing else', () => {
    expect(givenNameOf('Hillary', 'Bill Clinton')).toBe(false);
    expect(givenNameOf('Hillary', 'Hillary')).toBe(false);
    expect(givenNameOf('the senator', 'Ann Lowe')).toBe(false);
    expect(givenNameOf('Tom', null)).toBe(false);
    // (With two Toms found in the document, "Tom" does not say which.)
    expect(givenNameOf('Tom', 'Tom Reed', ['Tom Reed', 'Tom Ebeling'])).toBe(false);
    expect(givenNameOf('Tom', 'Tom Reed', ['Tom Reed', 'Ann Ortiz'])).toBe(true);
  });
});
