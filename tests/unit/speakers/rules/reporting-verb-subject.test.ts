import { describe, expect, it } from 'vitest';
import { reportingVerbSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

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
