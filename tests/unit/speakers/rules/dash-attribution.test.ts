import { describe, expect, it } from 'vitest';
import { dashAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const dash = (text: string, part: string) => {
  const s = setup(text);
  return dashAttribution(s.c, s.token(part))?.name ?? null;
};

describe('dashAttribution', () => {
  it('takes the name after a dash in a run of testimonies', () => {
    const text = '“The schools are failing.” ― Maria Lopez “Rents doubled.” ― Tom Becker. Photo: city archive.';
    expect(dash(text, 'schools')).toBe('Maria Lopez');
    expect(dash(text, 'Rents')).toBe('Tom Becker');
  });
  it('takes nothing when the dash opens a clause', () => {
    expect(dash('He called it “a disgrace” — a word the mayor rejected.', 'disgrace')).toBeNull();
  });
});

describe('dashAttribution: the name on a line of its own', () => {
  // The layout of the Washington Post Fact Checker's claim lists (quoted words from its column of November 2016,
  // the attribution set on its own line with an em dash, as such lists print it).
  it('takes a name that is all its line holds', () => {
    const text = '“What people don’t realize is, because of Obamacare, Medicare is going broke.”\n— House Speaker Paul D. Ryan.\nThe claim is false.';
    expect(dash(text, 'Medicare')).toBe('Paul D. Ryan');
  });
  it('takes nothing from a line that goes on', () => {
    expect(dash('“We are ready.”\n— Ryan spoke for an hour after that.', 'ready')).toBeNull();
  });
});
