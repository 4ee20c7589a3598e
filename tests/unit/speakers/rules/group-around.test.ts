import { describe, expect, it } from 'vitest';
import { closeToSomething, groupAround } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('groupAround: the people around someone speak for themselves', () => {
  it('gives the description, not the one they are close to', () => {
    expect(speakerOf('Allies of Mayor Tom Lowe said the plan was “dead.”', 'dead')).toBe('Allies of Mayor Tom Lowe');
    expect(speakerOf('People close to Tom Lowe said the plan was “dead.”', 'dead')).toBe('People close to Tom Lowe');
    expect(speakerOf('Officials close to the mayor said the plan was “dead.”', 'dead')).toBe('Officials close to the mayor');
    expect(speakerOf('A source close to the mayor said the plan was “dead.”', 'dead')).toBe('A source close to the mayor');
    expect(speakerOf('Supporters of Tom Lowe say the plan is “a triumph.”', 'triumph')).toBe('Supporters of Tom Lowe');
  });
  it('gives the description after the quote too, whichever rule finds the phrase', () => {
    expect(speakerOf('“The plan is dead,” allies of Mayor Tom Lowe said.', 'plan is dead')).toBe('allies of Mayor Tom Lowe');
    // (After an inverted "said" a description in lower case is left for the editor: no one, and not Lowe.)
    expect(speakerOf('“The plan is dead,” said people close to Tom Lowe.', 'plan is dead')).toBeNull();
  });
  it('names no one itself: the description has no actor id', () => {
    const s = setup('Allies of Mayor Tom Lowe said the plan was “dead.”');
    const said = s.word('said');
    expect(groupAround(s.c.tokens, { from: 0, to: said }, 0)).toEqual({ id: null, name: 'Allies of Mayor Tom Lowe' });
    expect(groupAround(s.c.tokens, { from: 2, to: said }, 0)).toEqual({ id: null, name: 'Allies of Mayor Tom Lowe' });
  });
  it('leaves a named speaker, and a name headed by its role word', () => {
    expect(speakerOf('Tom Lowe said the plan was “dead.”', 'dead')).toBe('Tom Lowe');
    expect(speakerOf('Mayor Tom Lowe of Ashford said the plan was “dead.”', 'dead')).toBe('Tom Lowe');
    const s = setup('Friends of Rivers director Dana Kells said the plan was “dead.”');
    expect(groupAround(s.c.tokens, { from: 3, to: s.word('said') }, 0)).toBeUndefined();
  });
});

// Written for the test.
describe('closeToSomething: an unnamed source is shown whole, never as a fragment', () => {
  it('keeps what the source is familiar with or close to, before and after the quote', () => {
    expect(speakerOf('“We are close to a deal,” a source familiar with the talks said on Tuesday.', 'close to a deal')).toBe('a source familiar with the talks');
    expect(speakerOf('“We are close,” said a source familiar with the talks.', 'We are close')).toBe('a source familiar with the talks');
    expect(speakerOf('“We are close,” according to a person familiar with the matter.', 'We are close')).toBe('a person familiar with the matter');
    expect(speakerOf('A person familiar with the talks said the deal was “done.”', 'done')).toBe('A person familiar with the talks');
    expect(speakerOf('“We are close,” said an official close to the negotiations.', 'We are close')).toBe('an official close to the negotiations');
  });
  it('stops at an aside, a verb or the end of the sentence', () => {
    expect(speakerOf('“We are close,” an official familiar with the plan, who spoke on condition of anonymity, said.', 'We are close')).toBe('an official familiar with the plan');
    expect(speakerOf('“It is over,” one official familiar with the matter told reporters.', 'It is over')).toBe('one official familiar with the matter');
  });
  it('leaves a phrase that was not cut at its adjective', () => {
    expect(speakerOf('“We are close,” a senior official said.', 'We are close')).toBe('a senior official');
    const s = setup('“We are close,” a senior official said.');
    expect(closeToSomething(s.c.tokens, { from: s.word('a'), to: s.word('said') })).toBeUndefined();
  });
});

// Written for the test.
describe('groupAround: people "with ties to" someone', () => {
  it('gives their words to them, with the verb reporting or not', () => {
    expect(speakerOf('Two veteran lawmakers with old ties to Tom Lowe called the levy “a trap.”', 'trap')).toBe('Two veteran lawmakers with old ties to Tom Lowe');
    expect(speakerOf('Four Democrats with deep ties to both Lowes named one more “trap” vote.', 'trap')).toBe('Four Democrats with deep ties to both Lowes');
    expect(speakerOf('A lawyer with ties to Tom Lowe called the plan “dead.”', 'dead')).toBe('A lawyer with ties to Tom Lowe');
  });
  it('leaves ties that a verb cuts, and "both" after a circle noun', () => {
    expect(speakerOf('Tom Lowe cut his ties to Ann Ortiz and called her plan “dead.”', 'dead')).toBe('Tom Lowe');
    expect(speakerOf('Allies of both Lowes said the levy was “a trap.”', 'trap')).toBe('Allies of both Lowes');
  });
});
