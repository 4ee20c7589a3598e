import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAnnotations } from '../../../src/lib/corpus/validate-annotations.ts';

const plainText = 'Trump said "peace now" on Wednesday. Putin said "yes". Trump said "yes" too.';
const base = {
  file: 'content/annotations/x.yaml',
  locate: { at: (path: readonly PropertyKey[]) => ({ line: path.length, column: 3 }), keyAt: (path: readonly PropertyKey[]) => ({ line: path.length, column: 5 }) },
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
    expect(messages({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'nobody', status: 'reviewed' }] })).toEqual(['quote q1: unknown actor "nobody"']);
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05-28', precision: 'day', event: 'nope', status: 'reviewed' }] })).toEqual([expect.stringContaining('unknown event "nope"')]);
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05', precision: 'day', status: 'reviewed' }] })).toEqual([expect.stringContaining('does not have precision')]);
    expect(messages({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'donald-trump', status: 'reviewed', colour: 'red' }] })).toEqual(['quote q1: unknown field "colour"']);
    expect(
      messages({
        quotes: [
          { id: 'q1', text: 'peace now', speaker: 'donald-trump', status: 'reviewed' },
          { id: 'q1', text: 'on Wednesday', speaker: 'donald-trump', status: 'reviewed' },
        ],
      })[0],
    ).toBe('quote q1: duplicate id, also used on line 3');
    expect(messages({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'false', status: 'reviewed' }] })).toEqual([
      'claim c1: verdict "false" needs an explanation',
      expect.stringContaining('needs at least one source'),
      'claim c1: a decided claim has no statement',
      'claim c1: a decided claim does not say who reviewed it',
    ]);
  });
  it('reports an explanation on a claim not yet checked, saying which verdict to give instead', () => {
    const [p] = validateAnnotations({ ...base, data: { claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'unverified', explanation: 'No poll was found.', status: 'reviewed' }] } }).problems;
    expect(p).toMatchObject({ severity: 'error', line: 3, message: 'claim c1: verdict "unverified" (not yet checked) cannot carry an explanation' });
    expect(p!.hint).toContain('"unsupported"');
  });
  it('checks who reviewed a decided claim and when, and warns when the review is not recorded', () => {
    const decided = { id: 'c1', text: 'peace now', claimant: 'publisher', statement: 'Says there is peace now', verdict: 'false', explanation: 'There is not.', sources: ['https://example.org/'], status: 'reviewed' };
    const reviewerIds = new Set(['ada-editor']);
    const check = (extra: Record<string, unknown>) => validateAnnotations({ ...base, reviewerIds, data: { claims: [{ ...decided, ...extra }] } }).problems;
    expect(check({ reviewed_by: 'ada-editor', reviewed_on: '2025-06-01' })).toEqual([]);
    expect(check({ reviewed_by: 'ada-editr', reviewed_on: '2025-06-01' }).map((p) => `${p.severity}: ${p.message} — ${p.hint}`)).toEqual([
      'error: claim c1: unknown reviewer "ada-editr" — did you mean "ada-editor"? Use a reviewer id, or add content/reviewers/ada-editr.yaml (name, bio)',
    ]);
    expect(check({ reviewed_by: 'ada-editor', reviewed_on: '2025-05-01' }).map((p) => p.message)).toEqual(['claim c1: reviewed on 2025-05-01, before the article was published (2025-05-29)']);
    expect(check({}).map((p) => [p.severity, p.message])).toEqual([['warning', 'claim c1: a decided claim does not say who reviewed it']]);
  });
  it('rejects impossible dates and unknown verdicts through the schema', () => {
    expect(messages({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-02-30', precision: 'day', status: 'reviewed' }] })).toEqual(['date d1: invalid value "2025-02-30"']);
    expect(messages({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'maybe', status: 'reviewed' }] })).toEqual(['claim c1: unknown verdict "maybe"']);
  });
  it('suggests the closest actor, claimant, event and verdict', () => {
    const hints = (data: unknown) => validateAnnotations({ ...base, data }).problems.map((p) => `${p.message} — ${p.hint}`);
    expect(hints({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'donald-trmp', status: 'reviewed' }] })).toEqual([
      'quote q1: unknown actor "donald-trmp" — did you mean "donald-trump"? Use an existing actor id, or add content/actors/donald-trmp.yaml',
    ]);
    expect(hints({ quotes: [{ id: 'q1', text: 'peace now', speaker: 'nobody', status: 'reviewed' }] })).toEqual([
      'quote q1: unknown actor "nobody" — use an existing actor id, or add content/actors/nobody.yaml',
    ]);
    expect(hints({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publsher', verdict: 'unverified', status: 'suggested' }] })[0]).toContain('did you mean "publisher"?');
    expect(hints({ dates: [{ id: 'd1', text: 'on Wednesday', value: '2025-05-28', precision: 'day', event: 'cal', status: 'reviewed' }] })[0]).toContain('did you mean "call"?');
    expect(hints({ claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'flase', status: 'reviewed' }] })[0]).toContain('did you mean "false"?');
  });
  it('asks for the explanation in the words CONTRIBUTING.md uses', () => {
    const [first] = validateAnnotations({ ...base, data: { claims: [{ id: 'c1', text: 'peace now', claimant: 'publisher', verdict: 'false', sources: ['https://example.org/'], status: 'reviewed' }] } }).problems;
    expect(first!.hint).toBe('explain the verdict in one or two sentences a reader can follow');
    expect(readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8').replace(/\s+/g, ' ')).toContain('`explanation` (one or two sentences a reader can follow)');
  });
  it('ignores rejected entries except for their ids', () => {
    expect(messages({ quotes: [{ id: 'q1', text: 'gone', speaker: 'nobody', status: 'rejected' }] })).toEqual([]);
  });
});
