import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';
import { passiveReport } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

describe('passiveReport', () => {
  it('finds a passive reporting verb with no agent', () => {
    // Written for the test.
    const s = setup('Members are asked to list three names.');
    expect(passiveReport(s.c, s.word('asked'))).toBe(true);
  });

  it('leaves an active verb, and a passive one with its agent', () => {
    // Written for the test.
    const s = setup('Ortiz asked the board. Carver was asked by the moderator. He was quoted as saying so.');
    expect(passiveReport(s.c, s.word('asked'))).toBe(false);
    expect(passiveReport(s.c, s.word('asked', s.word('Carver')))).toBe(false);
    expect(passiveReport(s.c, s.word('quoted'))).toBe(false);
  });

  it('lets the attribution after a partial quote stand', () => {
    // Written for the test.
    const text = 'Ann Carver chairs the party. Members are asked to list three names, and the committee will be harder to “pack with loyalists,” Carver said.';
    const quotes = detectQuotes(text);
    expect(attributeSpeakers(text, quotes, createRegistry([]), '2025-11-20')[0]?.name).toBe('Ann Carver');
  });
});
