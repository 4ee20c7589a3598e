import { describe, expect, it } from 'vitest';
import { catenativeSubject, reportingVerbSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const subject = (text: string, verb: string) => {
  const s = setup(text);
  return reportingVerbSubject(s.c, s.word(verb), 0, 0)?.name ?? null;
};

describe('reportingVerbSubject', () => {
  it.each([
    ['Hegseth stated: “We are ready.”', 'stated', 'Pete Hegseth'],
    ['TASS quoted Lavrov as saying: “We are ready.”', 'saying', 'Sergei Lavrov'],
    ['The meeting ended with Trump reportedly yelling: “Get out.”', 'yelling', 'Donald Trump'],
    ['Lavrov was asked by Putin whether “peace is near.”', 'asked', 'Vladimir Putin'],
    ['Said Zelensky, standing beside him, “We are ready.”', 'Said', 'Volodymyr Zelensky'],
    // Written for the test: a joint statement is its first signer's.
    ['Lavrov and Rubio issued a statement describing the talks as “useful.”', 'describing', 'Sergei Lavrov'],
    ['Zelensky and other European leaders shunned the envoy, claiming he was “a messenger for Moscow.”', 'claiming', 'Volodymyr Zelensky'],
  ])('%s', (text, verb, name) => {
    expect(subject(text, verb)).toBe(name);
  });

  it('takes no subject that names no person', () => {
    expect(subject('The talks ended, insisting on “a truce.”', 'insisting')).toBeNull();
  });
});

// Written for the test.
describe('catenativeSubject: "kept asking", "began calling"', () => {
  it('gives the participle to the subject of the verb it completes, not to an earlier clause', () => {
    expect(speakerOf('Ann Ortiz testified for hours, and Tom Lowe kept asking her why the board had blamed the delay on “technical” faults.', 'technical')).toBe('Tom Lowe');
    expect(speakerOf('Ann Ortiz met the board in May, and Councilman Tom Lowe (D-Harbor) quickly began calling the plan “a scam.”', 'a scam')).toBe('Tom Lowe');
  });
  it('leaves a pronoun subject to the other rules', () => {
    const s = setup('Ann Ortiz met the board, and she kept asking why it blamed the delay on “technical” faults.');
    expect(catenativeSubject(s.c, s.word('asking'), 0)).toBeUndefined();
  });
});
