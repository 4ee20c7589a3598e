import { describe, expect, it } from 'vitest';
import { promptedSpeaker } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const prompted = (text: string, verb: string) => {
  const s = setup(text);
  return promptedSpeaker(s.c, s.word(verb), 0)?.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('promptedSpeaker', () => {
  it('takes the object of a causative verb for its reporting infinitive', () => {
    expect(prompted('After the debate, the misstep prompted Senator Ann Lowe to call the governor “a weather vane.”', 'call')).toBe('Ann Lowe');
    expect(prompted('The leak spread fast, leading county aides like Dana Kells to insist that “no file was lost.”', 'insist')).toBe('Dana Kells');
  });

  it('reads a second infinitive after "and" and leaves out an aside after the object', () => {
    expect(prompted('The gaffe prompted Dana Kells to laugh it off and call the plan “half-baked.”', 'call')).toBe('Dana Kells');
    expect(prompted('The ruling led the Rivera Institute, a think tank in Denver, to state, “The law is now settled.”', 'state')).toBe('Rivera Institute');
  });

  it('takes nothing without an object, for a phrasal verb, or for an object naming no one', () => {
    expect(prompted('The board was forced to call the vote “final.”', 'call')).toBeNull();
    expect(prompted('The storm forced Mayor Ann Lowe to call off the “harvest fair.”', 'call')).toBeNull();
    expect(prompted('The verdict forced the board to call the rules “temporary.”', 'call')).toBeNull();
  });
});

describe('promptedSpeaker in the attribution rules', () => {
  it('gives the quote to the one prompted, not to the subject of the causative verb', () => {
    expect(speakerOf('His remark on taxes prompted Senator Ann Lowe to call the plan “a giveaway.”', 'giveaway')).toBe('Ann Lowe');
    expect(speakerOf('The ruling led the Rivera Institute, a think tank in Denver, to state, “The law is now settled.”', 'settled')).toBe('Rivera Institute');
  });
});
