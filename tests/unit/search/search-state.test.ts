import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindOptions, paramsFromState, sameState, searchHref, stateFromParams } from '../../../src/browser/search/search-state.ts';

const parse = (query: string) => stateFromParams(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, filters and sort', () => {
    expect(parse('q=stringing+us+along&kind=quote&actor=Vladimir+Putin&sort=newest')).toEqual({
      q: 'stringing us along',
      filters: { kind: 'quote', actor: 'Vladimir Putin' },
      sort: 'newest',
    });
  });

  it('ignores blank values, squeezes spaces and falls back to relevance for an unknown sort', () => {
    // What the form submits without JavaScript: every field, most of them empty.
    expect(parse('q=++two+++words+&kind=&actor=&verdict=&year=&sort=sideways')).toEqual({ q: 'two words', filters: {}, sort: 'relevance' });
  });

  it.each([
    ['', '/search/'],
    ['q=Putin', '/search/?q=Putin'],
    ['actor=Vladimir+Putin&q=x&kind=quote', '/search/?q=x&kind=quote&actor=Vladimir+Putin'],
    ['year=2025&verdict=false&sort=oldest', '/search/?verdict=false&year=2025&sort=oldest'],
    ['q=caf%C3%A9+%26+co', '/search/?q=caf%C3%A9+%26+co'],
    ['role=about&actor=Donald+Trump', '/search/?actor=Donald+Trump&role=about'],
    ['role=about', '/search/'],
  ])('%s → %s, and back', (query, href) => {
    const state = parse(query);
    expect(searchHref(state)).toBe(href);
    expect(parse(href.split('?')[1] ?? '')).toEqual(state);
  });

  it('knows when there is something to search for', () => {
    expect(hasSearch(parse(''))).toBe(false);
    expect(hasSearch(parse('q=x'))).toBe(true);
    expect(hasSearch(parse('year=2025'))).toBe(true);
  });

  it('compares states by their URL', () => {
    expect(sameState(parse('kind=quote&q=a'), parse('q=a&kind=quote'))).toBe(true);
    expect(sameState(parse('q=a'), parse('q=b'))).toBe(false);
    expect(paramsFromState(parse('sort=relevance')).toString()).toBe('');
  });
});

describe('pagefindOptions', () => {
  it('passes the filters and sorts by date only when asked', () => {
    expect(pagefindOptions(parse('q=x&kind=quote&actor=Vladimir+Putin'))).toEqual({ filters: { kind: 'quote', actor: 'Vladimir Putin' } });
    expect(pagefindOptions(parse('q=x&actor=Vladimir+Putin&role=by'))).toEqual({ filters: { by: 'Vladimir Putin' } });
    expect(pagefindOptions(parse('actor=Vladimir+Putin&role=about'))).toEqual({ filters: { about: 'Vladimir Putin' } });
    expect(pagefindOptions(parse('year=2025&sort=newest'))).toEqual({ filters: { year: '2025' }, sort: { date: 'desc' } });
    expect(pagefindOptions(parse('sort=oldest'))).toEqual({ filters: {}, sort: { date: 'asc' } });
  });
});
