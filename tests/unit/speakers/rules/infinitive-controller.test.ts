import { describe, expect, it } from 'vitest';
import { infinitiveController, infinitiveSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const controller = (text: string, verb: string) => {
  const s = setup(text);
  return infinitiveController(s.c, s.word(verb), 0)?.name ?? null;
};

// Sentences written for the test, in the shape of news reports.
describe('infinitiveController', () => {
  it('takes the subject of a verb of going or appearing that the infinitive completes', () => {
    expect(controller('The campaign denied the story, with Dana Kells taking to Twitter to call Ortiz “a fabulist.”', 'call')).toBe('Dana Kells');
    expect(controller('The next morning Ann Lowe went on Channel Nine to say the audit was “a hit job.”', 'say')).toBe('Ann Lowe');
  });

  it('takes nothing for a verb with an object, nor without a name', () => {
    expect(controller('Ortiz urged the board to call the vote “final.”', 'call')).toBeNull();
    expect(controller('The crowd went on chanting to call for “a recount.”', 'call')).toBeNull();
  });
});

describe('infinitiveController in the attribution rules', () => {
  it('gives the quote to the one who went out to speak, not to the clause’s first subject', () => {
    expect(speakerOf('The campaign denied the story, with Dana Kells taking to Twitter to call Ortiz “a fabulist” for the claim.', 'fabulist')).toBe('Dana Kells');
  });
});

// Written for the test.
describe('infinitiveController: a verb of using and the thing used', () => {
  it('gives the infinitive to the one who used the thing, in a second clause too', () => {
    expect(speakerOf('Ann Ortiz criticized the vote, and Tom Lowe used his speech to call the plan “a mess.”', 'mess')).toBe('Tom Lowe');
    expect(speakerOf('Ann Ortiz criticized the vote, and Tom Lowe took the chance to call the plan “a mess.”', 'mess')).toBe('Tom Lowe');
  });
  it('leaves an object that is someone, who then speaks', () => {
    const s = setup('Ann Ortiz urged the board to call the vote “final.”');
    expect(infinitiveSubject(s.c.tokens, s.word('call'), 0)).toBeUndefined();
  });
});
