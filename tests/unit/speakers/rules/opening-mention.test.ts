import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';
import { openingMention } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

// Sentences written for the test.
describe('openingMention', () => {
  it('finds the name that opens a sentence', () => {
    const s = setup('The levy passed. Dana Ortiz backs the plan. The plan costs $2 billion, Ortiz said.');
    expect(openingMention(s.c, 1)?.speaker.name).toBe('Dana Ortiz');
  });

  it('finds nothing when the sentence opens with another word', () => {
    const s = setup('The levy passed. Dana Ortiz backs the plan. The plan costs $2 billion, Ortiz said.');
    expect(openingMention(s.c, 0)).toBeUndefined();
    expect(openingMention(s.c, 2)).toBeUndefined();
  });
});

// Written for the test.
describe('openingMention: a name after a description of its bearer', () => {
  it('finds the name the sentence describes first', () => {
    const s = setup('Her challenger, Marcus Dell, shook his head. The new coach Ana Ruiz smiled. The plan of Tom Lowe failed.');
    expect(openingMention(s.c, 0)?.speaker.name).toBe('Marcus Dell');
    expect(openingMention(s.c, 1)?.speaker.name).toBe('Ana Ruiz');
    // (A name after a preposition is not the one the sentence opens with.)
    expect(openingMention(s.c, 2)).toBeUndefined();
  });
  it('gives a quote after such a line to the one it names', () => {
    const text = '“We built more homes,” Sarah Kimura said. Her challenger, Marcus Dell, shook his head. “That is not true.”';
    expect(attributeSpeakers(text, detectQuotes(text), createRegistry([]), '2025-06-01').map((x) => x?.name)).toEqual(['Sarah Kimura', 'Marcus Dell']);
  });
});

// Written for the test.
describe('openingMention: a clause is no description', () => {
  it('finds nothing when a verb comes before the name', () => {
    const s = setup('The police arrested Dana Kirby at her home. The new coach Ana Ruiz smiled.');
    expect(openingMention(s.c, 0)).toBeUndefined();
    expect(openingMention(s.c, 1)?.speaker.name).toBe('Ana Ruiz');
  });
});
