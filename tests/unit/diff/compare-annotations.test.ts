import { describe, expect, it } from 'vitest';
import { compareAnnotations, compareFields } from '../../../src/lib/diff/index.ts';

const quote = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: `text of ${id}`, speaker: 'donald-trump', status: 'suggested', ...extra });

describe('compareAnnotations', () => {
  it('matches entries by id and reports added, removed and changed ones in id order', () => {
    const base = { quotes: [quote('q2'), quote('q10'), quote('q3')], claims: [{ id: 'c1', text: 'x', claimant: 'publisher', verdict: 'unverified', status: 'suggested' }] };
    const head = { quotes: [quote('q10', { speaker: 'vladimir-putin' }), quote('q3'), quote('q11')], claims: base.claims };
    expect(compareAnnotations(base, head)).toEqual([
      { kind: 'quote', id: 'q2', change: 'removed', text: 'text of q2', status: 'suggested', fields: [
        { field: 'text', from: 'text of q2', to: null },
        { field: 'speaker', from: 'donald-trump', to: null },
        { field: 'status', from: 'suggested', to: null },
      ] },
      { kind: 'quote', id: 'q10', change: 'changed', text: 'text of q10', status: 'suggested', fields: [{ field: 'speaker', from: 'donald-trump', to: 'vladimir-putin' }] },
      { kind: 'quote', id: 'q11', change: 'added', text: 'text of q11', status: 'suggested', fields: [
        { field: 'text', from: null, to: 'text of q11' },
        { field: 'speaker', from: null, to: 'donald-trump' },
        { field: 'status', from: null, to: 'suggested' },
      ] },
    ]);
  });

  it('treats a missing file as empty', () => {
    expect(compareAnnotations(null, { dates: [{ id: 'd1', text: 'Monday', value: '2025-05-19', precision: 'day', status: 'suggested' }] })).toMatchObject([
      { kind: 'date', id: 'd1', change: 'added' },
    ]);
    expect(compareAnnotations({ quotes: [quote('q1')] }, null)).toMatchObject([{ id: 'q1', change: 'removed' }]);
  });

  it('does not count formatting as change: absent, null and empty lists are equal, key order is irrelevant', () => {
    const a = { quotes: [{ status: 'reviewed', speaker: null, text: 't', id: 'q1' }], claims: [{ id: 'c1', text: 'c', sources: [], verdict: 'false', claimant: 'publisher', status: 'reviewed' }] };
    const b = { quotes: [{ id: 'q1', text: 't', status: 'reviewed' }], claims: [{ id: 'c1', text: 'c', claimant: 'publisher', verdict: 'false', status: 'reviewed' }] };
    expect(compareAnnotations(a, b)).toEqual([]);
  });

  it('lists changed fields in canonical order, unknown ones last', () => {
    const fields = compareFields({ status: 'suggested', zz: 1, text: 'a' }, { status: 'reviewed', zz: 2, text: 'b', note: 'n' }, ['id', 'text', 'status', 'note']);
    expect(fields.map((f) => f.field)).toEqual(['text', 'status', 'note', 'zz']);
  });
});
