import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../src/lib/actors/index.ts';
import { findMentions } from '../../../src/lib/speakers/mentions.ts';
import { tokenize } from '../../../src/lib/speakers/tokens.ts';

/** The mentions of a text with the speaker each stands for and the namesakes it offers to pronouns. */
const mentions = (text: string) => {
  const tokens = tokenize(text, []);
  return findMentions(tokens, createRegistry([]), '2016-10-01').mentions.map((m) => ({
    text: tokens.slice(m.from, m.to).map((t) => t.text).join(' '),
    speaker: m.speaker.name,
    namesakes: m.namesakes?.map((n) => `${n.speaker.name} (${n.gender})`) ?? [],
  }));
};

describe('findMentions: a surname two people share', () => {
  it('stands for the latest of them, and offers the other to a pronoun that fits it', () => {
    const found = mentions('Hillary Kane runs the clinic. Her husband, former Gov. Bill Kane, founded it. Kane noted the costs.');
    expect(found.at(-1)).toEqual({ text: 'Kane', speaker: 'Bill Kane', namesakes: ['Hillary Kane (she)'] });
  });

  it('offers no namesake named in full less often than the one it stands for', () => {
    const found = mentions('Bill Kane founded the clinic. Hillary Kane runs it, and Hillary Kane hires. He said replacing Kane would be hard.');
    expect(found.at(-1)).toEqual({ text: 'Kane', speaker: 'Hillary Kane', namesakes: [] });
  });

  it('takes a name followed by "at the …" and a verb as the subject', () => {
    const tokens = tokenize('Dan Moore at the National Ledger agreed.', []);
    const index = findMentions(tokens, createRegistry([]), '2016-10-01');
    expect(index.mentions.map((m) => [tokens.slice(m.from, m.to).map((t) => t.text).join(' '), m.subject])[0]).toEqual(['Dan Moore', true]);
  });
});

describe('findMentions: the object of a preposition', () => {
  it('is no subject even when a verb follows it', () => {
    // Written for the test.
    const tokens = tokenize('With a vote for Ortiz ruled out, Carver said she would wait.', []);
    const index = findMentions(tokens, createRegistry([]), '2016-10-01');
    expect(index.mentions.map((m) => [tokens.slice(m.from, m.to).map((t) => t.text).join(' '), m.subject])).toEqual([
      ['Ortiz', false],
      ['Carver', true],
    ]);
  });
});

// Sentences written for the test.
describe('findMentions: hyphens', () => {
  it('keeps a double surname in the name and leaves a party tag out', () => {
    const found = mentions('State Sen. Carla Ruiz-Moreno spoke. Rep. Dan Holt, R-Ky., agreed with Ruiz-Moreno.');
    expect(found.map((m) => m.speaker)).toEqual(['Carla Ruiz-Moreno', 'Dan Holt', 'Carla Ruiz-Moreno']);
  });

  it('reads a title joined of role words as a title', () => {
    const found = mentions('Union Secretary-Treasurer Gary Olsen spoke first.');
    expect(found.map((m) => m.speaker)).toEqual(['Gary Olsen']);
  });
});

// Written for the test.
describe('findMentions: plural nouns for people opening a sentence', () => {
  it.each(['Critics say', 'Aides said', 'Officials argued', 'Spokesmen said', 'Prosecutors argued'])('takes no person from "%s …"', (lead) => {
    expect(mentions(`${lead} the mayor would resign. Gov. Tom Walsh spoke.`).map((m) => m.text)).toEqual(['Tom Walsh']);
  });
  it('still takes a lone surname as the subject of a verb', () => {
    expect(mentions('Feinstein said the bill would pass.').map((m) => m.speaker)).toEqual(['Feinstein']);
  });
});

// Written for the test.
describe('findMentions: holidays', () => {
  it('takes no person from a day written like a name, but keeps a surname that is a word of one', () => {
    expect(mentions('Crowds were celebrating Bastille Day in Lyon when Kristen Day spoke.').map((m) => m.text)).toEqual(['Kristen Day']);
  });
});

// From news texts the rules were not written against.
describe('findMentions: words written like names that are not', () => {
  it('takes no person from a place whose name ends in a word for a place (isPlaceName)', () => {
    expect(mentions('The crowd filled Washington Square Park. Water ran down Goldstone Close.').filter((m) => m.speaker).map((m) => m.text)).not.toContain('Square Park');
    expect(mentions('The water ran down Goldstone Close when Glenn Close arrived.').map((m) => m.text)).toEqual(['Glenn Close']);
    expect(mentions('Ed Park, a spokesman, spoke.').map((m) => m.text)).toEqual(['Ed Park']);
  });
  it('takes no person from a participle opening a sentence (isOpeningParticiple)', () => {
    expect(mentions('Having denounced fake news, Braverman was then quizzed.').map((m) => m.text)).toEqual(['Braverman']);
    expect(mentions('Emerging from the heavy surf, Straus laughed.').map((m) => m.text)).toEqual(['Straus']);
    expect(mentions('Manning said the plan was sound. Fleming told reporters.').map((m) => m.text)).toEqual(['Manning', 'Fleming']);
  });
  it('leaves a preposition opening the sentence out of the name', () => {
    expect(mentions('Between Paul and Cameron Diaz, the talks went on.').map((m) => m.text)).toEqual(['Cameron Diaz']);
    expect(mentions('Among Ana Ruiz’s guests was the mayor.').map((m) => m.text)).toEqual(['Ana Ruiz’s']);
  });
  it('leaves a resident’s or witness’s title out of the name', () => {
    expect(mentions('Resident Chris Brown came out with his wife.').map((m) => m.text)).toEqual(['Chris Brown']);
  });
  it.each(['Firefighters arrived', 'Colleagues said', 'Paramedics treated'])('takes no person from "%s …"', (lead) => {
    expect(mentions(`${lead} the victims quickly. Ms Tracy Clarke spoke.`).map((m) => m.text)).toEqual(['Tracy Clarke']);
  });
});

// From campaign news the rules were not written against.
describe('findMentions: a surname shared with a relative named in passing', () => {
  it('stays with the one the story is about', () => {
    const found = mentions('Gov. Mike Pence arrived with first lady Karen Pence. Pence said he was glad.');
    expect(found.at(-1)).toMatchObject({ text: 'Pence', speaker: 'Mike Pence' });
  });
});
