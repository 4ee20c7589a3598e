import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';
import { guardSpeakerName, isSpokespersonFor } from '../../../../src/lib/speakers/rules/index.ts';
import { FIXTURE_ACTORS } from '../../actors/fixture-actors.ts';

const names = (text: string, registry = createRegistry([])) => {
  const quotes = detectQuotes(text);
  const found = attributeSpeakers(text, quotes, registry, '2025-06-01');
  return quotes.map((_, i) => found[i]?.name ?? null);
};

// Sentences written for the test.
describe('spokespersonFor', () => {
  it.each([
    'Mayor Tom Lowe opened the fair on Sunday. A spokesman for Mayor Tom Lowe said the turnout was “a record.”',
    'An aide to Mayor Tom Lowe said the recount was “a formality.”',
    '“The recount is a formality,” an aide to Mayor Tom Lowe said.',
    '“That ad is false,” said a spokeswoman for the Lowe campaign.',
    'A lawyer for Dana Kells told the court the charges were “baseless.”',
    'A representative of Harbor Foods said the recall was “voluntary.”',
    '“It is over,” said one longtime adviser to Mayor Lowe.',
    'A spokesman for Lowe, who asked not to be named, called the poll “junk.”',
  ])('leaves the agent unnamed, not the one spoken for: %s', (text) => {
    expect(names(text)).toEqual([null]);
  });

  it('takes the agent named in an apposition', () => {
    expect(names('A spokesman for the mayor, Ada Ruiz, said the turnout was “a record.”')).toEqual(['Ada Ruiz']);
    expect(names('“The turnout was a record,” said a spokesman for Mayor Lowe, Ed Park.')).toEqual(['Ed Park']);
    expect(names('Ada Ruiz, a spokeswoman for Mayor Tom Lowe, said the turnout was “a record.”')).toEqual(['Ada Ruiz']);
    // (The apposition's closing comma left out.)
    expect(names('Ada Ruiz, a spokeswoman for Mayor Tom Lowe told reporters the turnout was “a record.”')).toEqual(['Ada Ruiz']);
  });

  it('does not give the agent’s words to a registry actor spoken for', () => {
    expect(names('A spokesman for Donald Trump called the report “fake news.”', createRegistry(FIXTURE_ACTORS))).toEqual([null]);
    expect(names('Donald Trump called the report “fake news.”', createRegistry(FIXTURE_ACTORS))).toEqual(['Donald Trump']);
  });

  it('carries the unnamed agent to a quote that goes on alone, not the one named before', () => {
    expect(names('Mayor Tom Lowe spoke first. “We won,” a spokesman for the mayor said. “It was a landslide.”')).toEqual([null, null]);
  });

  it('leaves a titled name and a name before its title alone', () => {
    expect(names('Representative Ada Ruiz of Ohio said the bill was “dead.”')).toEqual(['Ada Ruiz']);
    expect(names('Lowe spokesman Ed Park said the turnout was “a record.”')).toEqual(['Ed Park']);
  });

  it('names the phrases the guard drops', () => {
    expect(isSpokespersonFor('a spokesman for Mayor Tom Lowe')).toBe(true);
    expect(isSpokespersonFor('one longtime adviser to Mayor Lowe')).toBe(true);
    expect(isSpokespersonFor('a senior official')).toBe(false);
    expect(isSpokespersonFor('Attorney for the District Ed Park')).toBe(false);
    expect(guardSpeakerName({ id: null, name: 'An aide to Tom Lowe' })).toBeNull();
    expect(guardSpeakerName({ id: null, name: 'a spokesman at City Hall' })?.name).toBe('a spokesman at City Hall');
  });
});
