import { describe, expect, it } from 'vitest';
import { byDate } from '../../../src/browser/search/date-order.ts';

const results = [{ id: 'en_a' }, { id: 'en_b' }, { id: 'en_c' }, { id: 'en_d' }, { id: 'en_e' }];
const keys = { en_a: '2025-05-19', en_b: '2024-01', en_c: '2025-05-19', en_e: '2025-06-01' };
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('byDate', () => {
  it('puts the newest first, keeps relevance order within a date, and undated results last', () => {
    expect(ids(byDate(results, keys, 'desc'))).toEqual(['en_e', 'en_a', 'en_c', 'en_b', 'en_d']);
  });

  it('puts the oldest first, with undated results still last', () => {
    expect(ids(byDate(results, keys, 'asc'))).toEqual(['en_b', 'en_a', 'en_c', 'en_e', 'en_d']);
  });

  it('leaves the results it was given as they were', () => {
    const copy = [...results];
    byDate(results, keys, 'desc');
    expect(results).toEqual(copy);
  });
});
