import { describe, expect, it } from 'vitest';
import { accordingTo } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

/** The words of the source `accordingTo` finds after the first "according to" of the text. */
const source = (text: string) => {
  const s = setup(text);
  const r = accordingTo(s.c, s.word('to', s.word('according')), s.c.tokens.length);
  return r ? s.c.tokens.slice(r.from, r.to).map((t) => t.text).join(' ') : null;
};

// Sentences written for the test, in the shape of news reports.
describe('accordingTo', () => {
  it('takes the name after "according to"', () => {
    expect(source('The hall was “packed,” according to Doris Crane.')).toBe('Doris Crane');
  });

  it('takes the author of a document or a finding', () => {
    expect(source('A “living wage” is $14 an hour there, according to calculations by Ann Ortiz of the state university.')).toBe('Ann Ortiz of the state university');
    expect(source('The evidence “cannot prove” the charge, according to a court filing signed by state attorney Dave Morrow.')).toBe('state attorney Dave Morrow');
  });

  it('keeps a document that names no author', () => {
    expect(source('The program was “a failure,” according to a report.')).toBe('a report');
  });
});

// Written for the test.
describe('accordingTo: a document "from" its author', () => {
  it('takes the author named with "from" after a document', () => {
    expect(source('The plan is dead, according to a statement from the Harbor League.')).toBe('the Harbor League');
    expect(source('The plan is dead, according to a letter from Mayor Tom Lowe to the board.')).toMatch(/^Mayor Tom Lowe/);
  });
  it('keeps people named with "from" as the source', () => {
    expect(source('The plan is dead, according to officials from the Harbor League.')).not.toBe('the Harbor League');
  });
});
