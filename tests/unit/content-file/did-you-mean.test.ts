import { describe, expect, it } from 'vitest';
import { closest, editDistance, suggest } from '../../../src/lib/errors/index.ts';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('linda-carvr', 'linda-carver')).toBe(1);
    expect(editDistance('flase', 'false')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('offers the nearest candidate only when it is near enough to be a typo', () => {
    expect(closest('linda-carvr', ['donald-trump', 'linda-carver', 'linda-carter'])).toBe('linda-carver');
    expect(closest('flase', ['accurate', 'false', 'unverified'])).toBe('false');
    expect(closest('joe-nobody', ['donald-trump', 'vladimir-putin'])).toBeUndefined();
    expect(closest('x', ['y'])).toBe('y');
    expect(closest('ab', ['xy'])).toBeUndefined();
  });
  it('starts a hint with the suggestion, then the advice as its own sentence', () => {
    expect(suggest('--contnt', ['--content', '--help'], 'its options are --content and --help')).toBe('did you mean "--content"? Its options are --content and --help');
    expect(suggest('--zzz', ['--content'], 'its options are --content')).toBe('its options are --content');
  });
});
