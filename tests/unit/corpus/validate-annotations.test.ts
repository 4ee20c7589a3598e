import { describe, expect, it } from 'vitest';
import { validateAnnotations } from '../../../src/lib/corpus/validate-annotations.ts';

const plainText = 'Trump said "peace now" on Wednesday. Putin said "yes". Trump said "yes" too.';
const base = {
  file: 'content/annotations/x.yaml',
  locate: (path: (string | number)[]) => ({ line: path.length, column: 3 }),
  plainText,
  published: '2025-05-29',
  actorIds: new Set(['donald-trump', 'vladimir-putin']),
  eventIds: new Set(['call']),
};
const messages = (data: unknown) => validateAnnotations({ ...base, data }).problems.map((p) => p.message);

describe('validateAnnotations', () => {
  it('accepts a valid file and resolves anchors', () => {
    const r = validateAnnotations({ ...base, data: { quotes: [{ id: 'q1', text: 'peace now', speaker: 'donald-trump', status: 'reviewed' }] } });
    expect(r.problems).toEqual([]);
    expect(r.resolved.quotes[0]).toMatchObject({ start: plainText.indexOf('peace now') });
  });
  it('reports an anchor that no longer matches, at the line of its text', () => {
    const r = validateAnnotations({ ...base, data: { quotes: [{ id: 'q1', text: 'peace later', speaker: 'donald-trump', status: 'reviewed' }] } });
    expect(r.problems[0]).toMatchObject({ line: 3, column: 3, severity: 'error' });
    expect(r.problems[0]!.message).toContain('no longer matches');
  });
  it('reports an ambiguous anchor', () => {
    expect(messages({ quotes: [{ id: 'q1', text: 'yes', speaker: 'vladimir-putin', status: 'reviewed' }] })[0]).toContain('occurs 2 times');
  });
  it('reports unknown actors, events, duplicate ids, unknown fields and verdict evidence', () => {
    expect(messages({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'nobody', status: 'reviewed' }] })).toEqual([expect.stringContaining('unknown actor "nobody"')]);
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05-28', precision: 'day', event: 'nope', status: 'reviewed' }] })).toEqual([expect.stringContaining('unknown event "nope"')]);
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05', precision: 'day', status: 'reviewed' }] })).toEqual([expect.stringContaining('does not have precision')]);
    expect(messages({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'donald-trump', status: 'reviewed', colour: 'red' }] })).toEqual(['unknown field "colour"']);
    expect(
      messages({
        quotes: [
          { id: 'q1', text: 'peace now', speaker: 'donald-trump', status: 'reviewed' },
          { id: 'q1', text: 'on Wednesday', speaker: 'donald-trump', status: 'reviewed' },
        ],
      })[0],
    ).toContain('duplicate id q1');
    expect(messages({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'false', status: 'reviewed' }] })).toEqual([
      expect.stringContaining('needs an explanation'),
      expect.stringContaining('needs at least one source'),
    ]);
  });
  it('rejects impossible dates and unknown verdicts through the schema', () => {
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-02-30', precision: 'day', status: 'reviewed' }] })[0]).toContain('YYYY-MM-DD');
    expect(messages({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'maybe', status: 'reviewed' }] })[0]).toContain('verdict');
  });
  it('ignores rejected entries except for their ids', () => {
    expect(messages({ quotes: [{ id: 'q1', text: 'gone', speaker: 'nobody', status: 'rejected' }] })).toEqual([]);
  });
});
