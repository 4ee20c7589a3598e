import { describe, expect, it } from 'vitest';
import { carriedSpeaker, type Found } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

describe('carriedSpeaker', () => {
  it('carries the speaker of the quote just before', () => {
    const s = setup('“We are ready,” Putin said. “The ball is in their court.”');
    const found: (Found | undefined)[] = [{ speaker: { id: 'vladimir-putin', name: 'Vladimir Putin' }, how: 'tail' }, undefined];
    expect(carriedSpeaker(s.c, s.quote('ball'), found)?.speaker.name).toBe('Vladimir Putin');
  });

  it('falls back to the subject of the sentence before', () => {
    const s = setup('Lavrov spoke to reporters in Ankara. “The ball is in their court.”');
    expect(carriedSpeaker(s.c, s.quote('ball'), [undefined])?.speaker.name).toBe('Sergei Lavrov');
  });

  it('does not carry to a quote inside a sentence', () => {
    const s = setup('Lavrov spoke to reporters. The plan is “dead on arrival,” officials think.');
    expect(carriedSpeaker(s.c, s.quote('dead'), [undefined])).toBeUndefined();
  });

  it('takes no sentence subject that names no person', () => {
    const s = setup('Lavrov spoke.\nThe weather was bad.\n“The ball is in their court.”');
    expect(carriedSpeaker(s.c, s.quote('ball'), [undefined])).toBeUndefined();
  });

  it('carries no speaker from a quote two sentences back in another paragraph', () => {
    const s = setup('“We are ready,” Putin said. The weather was bad.\n“The ball is in their court.”');
    const found: (Found | undefined)[] = [{ speaker: { id: 'vladimir-putin', name: 'Vladimir Putin' }, how: 'tail' }, undefined];
    expect(carriedSpeaker(s.c, s.quote('ball'), found)).toBeUndefined();
  });
});

describe('carriedSpeaker: across a line of narration', () => {
  // Written for the test.
  const ruiz: Found = { speaker: { id: null, name: 'Ana Ruiz' }, how: 'tail' };

  it('carries the speaker of a quote two sentences back when the sentence between names no one', () => {
    const s = setup('“The roads there are narrow,” Ana Ruiz said. Most of the county has no bus line. “Nobody drives out that far.”');
    expect(carriedSpeaker(s.c, s.quote('drives out'), [ruiz, undefined])?.speaker.name).toBe('Ana Ruiz');
  });

  it('prefers the person who opens the sentence between', () => {
    const s = setup('“The roads there are narrow,” Ana Ruiz said. Tom Kell disagrees with her. “They are wide enough.”');
    expect(carriedSpeaker(s.c, s.quote('wide enough'), [ruiz, undefined])?.speaker.name).toBe('Tom Kell');
  });

  it('does not carry to a quote with an attribution of its own that names no one', () => {
    const s = setup('“The roads there are narrow,” Ana Ruiz said. The post drew many replies. “Nobody drives out that far,” one wrote.');
    expect(carriedSpeaker(s.c, s.quote('drives out'), [ruiz, undefined])).toBeUndefined();
  });
});

describe('carriedSpeaker: the reporter of the sentence before', () => {
  it('carries the closing attribution of a paraphrase, not its first subject', () => {
    const s = setup('The county council may delay the recount until Friday, Ruiz said. “We owe voters an accurate count.”');
    expect(carriedSpeaker(s.c, s.quote('accurate'), [undefined])?.speaker.name).toBe('Ruiz');
  });

  it('reads past a sentence adverb before the quote', () => {
    // Written for the test.
    const s = setup('Lavrov spoke to reporters in Ankara. Specifically, “The ball is in their court.”');
    expect(carriedSpeaker(s.c, s.quote('ball'), [undefined])?.speaker.name).toBe('Sergei Lavrov');
  });

  it('takes the person who opens the sentence before, whatever the verb', () => {
    // Written for the test: "assails" is no verb the clause reader knows.
    const s = setup('Columnist Kevin Ortiz wrote on Monday. Ortiz assails in sharp prose the new levy. “It is a tax on the poor.”');
    expect(carriedSpeaker(s.c, s.quote('tax on the poor'), [undefined])?.speaker.name).toBe('Kevin Ortiz');
  });
});

// Written for the test.
describe('carriedSpeaker: a lead-in of time or place with a colon', () => {
  const lowe: Found = { speaker: { id: 'tom-lowe', name: 'Tom Lowe' }, how: 'tail' };
  it('carries the speaker of the quote before across "Then, later that month on Channel 9:"', () => {
    const s = setup('“We erred on the ferry,” Tom Lowe told Channel 9 in May. Then, later that month on Channel 9: “I never said we erred.”');
    expect(carriedSpeaker(s.c, s.quote('never said'), [lowe, undefined])?.speaker.name).toBe('Tom Lowe');
  });
  it('does not carry across a lead-in with a verb or a pronoun in it', () => {
    const s = setup('“We erred on the ferry,” Tom Lowe told Channel 9 in May. Then the host asked: “Did you?”');
    expect(carriedSpeaker(s.c, s.quote('Did you'), [lowe, undefined])).toBeUndefined();
    const t = setup('“We erred on the ferry,” Tom Lowe told Channel 9 in May. Later, she added: “Did you?”');
    expect(carriedSpeaker(t.c, t.quote('Did you'), [lowe, undefined])).toBeUndefined();
  });
});

// Written for the test.
describe('carriedSpeaker: into the next paragraph', () => {
  it('carries the speaker when the line between points back at them by pronoun', () => {
    const text = '“The levy is fair,” Tom Lowe said. At every stop, voters would come up to him.\n\n“They ask me whether the ferries will run.”';
    expect(speakerOf(text, 'ferries will run')).toBe('Tom Lowe');
  });
  it('does not when the line names someone else or does not point back', () => {
    expect(speakerOf('“The levy is fair,” Tom Lowe said. At every stop, voters would come up to Ann Ortiz.\n\n“They ask me whether the ferries will run.”', 'ferries will run')).toBeNull();
    expect(speakerOf('“The levy is fair,” Tom Lowe said. At every stop, voters cheered.\n\n“They ask me whether the ferries will run.”', 'ferries will run')).toBeNull();
  });
});

// Written for the test.
describe('carriedSpeaker: a sentence before that opens with a participle phrase', () => {
  it('takes the subject after the phrase, not a pronoun inside it', () => {
    expect(speakerOf('Asked whether she would run again, Ann Ortiz smiled. “Ask me in a year.”', 'Ask me')).toBe('Ann Ortiz');
    expect(speakerOf('Reached by phone on Monday, Tom Lowe laughed. “Not a chance.”', 'Not a chance')).toBe('Tom Lowe');
  });
  it('leaves a sentence that opens with a surname alone', () => {
    expect(speakerOf('Manning told the board, in a letter, that he would stay. “I am not done.”', 'not done')).toBe('Manning');
  });
});

// Written for the test.
describe('carriedSpeaker: a line of narration naming someone else between two quotes', () => {
  it('gives the quote after it to the one the line is about', () => {
    expect(speakerOf('Ann Ortiz and Tom Lowe both spoke. “We agree on nothing,” Lowe said. Ortiz nodded. “Nothing at all.”', 'Nothing at all')).toBe('Ann Ortiz');
  });
});
