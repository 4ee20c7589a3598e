import { describe, expect, it } from 'vitest';
import { reportingAbove } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

describe('reportingAbove', () => {
  it('finds the verb whose that-clause holds the inner verb', () => {
    const s = setup('Zelensky spoke, claiming that U.S. delegates proposed an “even bigger first step.”');
    const outer = reportingAbove(s.c, s.word('proposed'), 0);
    expect(outer === undefined ? null : s.c.tokens[outer]!.text).toBe('claiming');
  });

  it('finds none without a that-clause', () => {
    const s = setup('U.S. delegates proposed an “even bigger first step.”');
    expect(reportingAbove(s.c, s.word('proposed'), 0)).toBeUndefined();
  });
});

describe('reportingAbove: a main clause after a subordinate one', () => {
  it('keeps the main verb when a named subject follows a comma', () => {
    const s = setup('When Clinton noted that Trump paid no tax, Trump boasted, “That makes me smart.”');
    expect(reportingAbove(s.c, s.word('boasted'), 0)).toBeUndefined();
  });
});

describe('reportingAbove: a main clause after a dash', () => {
  it('keeps the main verb when a named subject follows a dash', () => {
    const s = setup('When Ortiz noted that the garage lost money ― as it has since 2019 ― Carver shot back, “It pays for itself.”');
    expect(reportingAbove(s.c, s.word('shot'), 0)).toBeUndefined();
  });
});

describe('reportingAbove: words between the verb and "that"', () => {
  it('reaches "that" past a prepositional phrase', () => {
    const s = setup('Carver said during a Tuesday evening forum in Dayton that Ortiz once described the garage as “a gold mine.”');
    const outer = reportingAbove(s.c, s.word('described'), 0);
    expect(outer === undefined ? null : s.c.tokens[outer]!.text).toBe('said');
  });

  it('does not reach past another verb', () => {
    const s = setup('Carver said the council met again and voted so that Ortiz described the garage as “a gold mine.”');
    expect(reportingAbove(s.c, s.word('described'), 0)).toBeUndefined();
  });
});

describe('reportingAbove: a clause reported without "that"', () => {
  // Written for the test.
  it('takes the verb whose clause the subject opens', () => {
    const s = setup('Peskov said Putin called the talks “useful.”');
    const outer = reportingAbove(s.c, s.word('called'), 0);
    expect(outer === undefined ? null : s.c.tokens[outer]!.text).toBe('said');
  });
});

describe('reportingAbove: more reported clauses', () => {
  it('finds "said" before a named subject and an auxiliary, without "that"', () => {
    // Written for the test.
    const s = setup('In a week when Ortiz is talking about budgets, Mendes said Kells was right to ask the council “to think again.”');
    const outer = reportingAbove(s.c, s.word('ask'), 0);
    expect(outer === undefined ? null : s.c.tokens[outer]!.text).toBe('said');
  });

  it('keeps the verb of a relative clause with a named subject', () => {
    // Written for the test.
    const s = setup('She said that the plan was strong, to which Ortiz interjected: “It’s just not true.”');
    expect(reportingAbove(s.c, s.word('interjected'), 0)).toBeUndefined();
  });
});

describe('reportingAbove: a phrase with a subject of its own', () => {
  it('keeps a participle after "with" and a name', () => {
    // Written for the test.
    const s = setup('Members who agree that the jail should close were irritated, with Ortiz calling it a “Chinese menu.”');
    expect(reportingAbove(s.c, s.word('calling'), 0)).toBeUndefined();
  });
});

// Written for the test.
describe('reportingAbove: a verb in an aside after the subject', () => {
  it('does not report the clause of the verb the subject goes on to', () => {
    const text = 'Tom Lowe, claiming that Mayor Ann Ortiz wanted to shut 25 piers, said the ferries are “mostly empty” and unsafe.';
    const s = setup(text);
    expect(reportingAbove(s.c, s.word('said'), 0)).toBeUndefined();
    expect(speakerOf(text, 'mostly empty')).toBe('Tom Lowe');
    expect(speakerOf('Tom Lowe, later claiming that Mayor Ann Ortiz wanted to shut 25 piers, said he would sell the ferries, which he thinks are “mostly empty.”', 'mostly empty')).toBe('Tom Lowe');
  });
});
