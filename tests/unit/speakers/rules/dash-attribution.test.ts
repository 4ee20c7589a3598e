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
