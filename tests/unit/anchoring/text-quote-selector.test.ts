import { describe, expect, it } from 'vitest';
import { createSelector, resolveAnchor } from '../../../src/lib/anchoring/index.ts';

const text = 'He said "peace" twice. Then: "peace" again, and "war" once.';

describe('createSelector', () => {
  it('writes no context for unique text', () => {
    const start = text.indexOf('war');
    expect(createSelector(text, start, start + 3)).toEqual({ text: 'war' });
  });
  it('adds the shortest word-aligned prefix that disambiguates', () => {
    const start = text.lastIndexOf('peace');
    const sel = createSelector(text, start, start + 5);
    expect(sel.text).toBe('peace');
    expect(sel.prefix).toBeDefined();
    expect(resolveAnchor(text, sel)).toEqual({ status: 'ok', start, end: start + 5 });
  });
  it('round-trips every occurrence of a repeated word', () => {
    const t = 'a b a b a b a';
    for (const start of [0, 4, 8, 12]) {
      expect(resolveAnchor(t, createSelector(t, start, start + 1))).toMatchObject({ status: 'ok', start });
    }
  });
});

describe('resolveAnchor', () => {
  it('reports an orphaned anchor instead of matching fuzzily', () => {
    expect(resolveAnchor(text, { text: 'peaces' })).toEqual({ status: 'orphaned' });
    expect(resolveAnchor(text, { text: 'Peace' })).toEqual({ status: 'orphaned' });
  });
  it('reports an ambiguous anchor with its count', () => {
    expect(resolveAnchor(text, { text: 'peace' })).toMatchObject({ status: 'ambiguous', count: 2 });
  });
  it('uses suffix to disambiguate', () => {
    expect(resolveAnchor(text, { text: 'peace', suffix: '" again' })).toMatchObject({ status: 'ok', start: text.lastIndexOf('peace') });
  });
});
