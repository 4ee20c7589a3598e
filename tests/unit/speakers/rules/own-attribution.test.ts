import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';
import { ownAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const names = (text: string) => {
  const quotes = detectQuotes(text);
  const found = attributeSpeakers(text, quotes, createRegistry([]), '2025-11-20');
  return quotes.map((q, i) => [q.text, found[i]?.name ?? null]);
};

describe('ownAttribution', () => {
  it('takes an attribution before a later part of a group', () => {
    // Written for the test.
    const text = 'Ann Carver and Jim Ortiz spoke last. The budget is “a fantasy,” Carver said. Ortiz, speaking to reporters, said, “It is balanced.”';
    const s = setup(text);
    expect(ownAttribution(s.c, s.token('balanced'))?.name).toBe('Jim Ortiz');
    expect(names(text)).toEqual([
      ['a fantasy,', 'Ann Carver'],
      ['It is balanced.', 'Jim Ortiz'],
    ]);
  });

  it('takes the main clause after a subordinate one that reports someone else', () => {
    // Written for the test.
    const text = 'After Ann Carver said that the garage was “a waste of money,” Jim Ortiz said: “It pays for itself.”';
    expect(names(text)).toEqual([
      ['a waste of money,', 'Ann Carver'],
      ['It pays for itself.', 'Jim Ortiz'],
    ]);
  });

  it('keeps the shared speaker of an interrupted quote', () => {
    // Written for the test.
    expect(names('“We will not pay,” Ann Carver said, “and we will not move.”')).toEqual([
      ['We will not pay,', 'Ann Carver'],
      ['and we will not move.', 'Ann Carver'],
    ]);
  });
});
