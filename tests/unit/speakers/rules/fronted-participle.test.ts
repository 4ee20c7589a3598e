import { describe, expect, it } from 'vitest';
import { frontedParticipleSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('frontedParticipleSubject', () => {
  it('gives a quote in an opening phrase of arguing to the main clause’s subject', () => {
    const text = 'Tom Lowe spoke first. After spending the week arguing over whether the mayor was “qualified” to lead, Dana Kells on Monday attacked the plan.';
    const s = setup(text);
    expect(frontedParticipleSubject(s.c, s.token('qualified'))?.name).toBe('Dana Kells');
    expect(speakerOf(text, 'qualified')).toBe('Dana Kells');
    expect(speakerOf('Tom Lowe spoke first. While bickering with the council over the “sham” audit, Dana Kells lost her temper.', 'sham')).toBe('Dana Kells');
  });
  it('leaves a phrase about something other than saying, and a phrase with a subject of its own', () => {
    const s = setup('Tom Lowe spoke first. Before voting for the “compromise” bill, Dana Kells met with him.');
    expect(frontedParticipleSubject(s.c, s.token('compromise'))).toBeUndefined();
    const t = setup('Tom Lowe spoke first. After the mayor called the audit a “sham,” Dana Kells left.');
    expect(frontedParticipleSubject(t.c, t.token('sham'))).toBeUndefined();
  });
});
