import { describe, expect, it } from 'vitest';
import { guardSpeakerName } from '../../../../src/lib/speakers/rules/index.ts';

const proposed = (name: string) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, proposed: true });

describe('guardSpeakerName', () => {
  it.each(['Another', 'Nobody', 'Several', 'Others'])('drops the indefinite pronoun "%s" (`Another advised, “…”`)', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
  it.each(['Hillary Clinton Says Trump', 'Donald Trump Praises Breitbart', 'Given the', 'Wednesday', 'March', 'Nothing'])('drops a headline, a fragment or a day: "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
  it.each(['Two', 'Just', 'Pennsylvania Gov.', 'Texas Sen.'])('drops a number, an adverb or a title with no name: "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
  it.each(['He', 'She', 'They', 'President', 'The Secretary', 'Pete Hegseth Hegseth Shoots Down Idea', 'Council Votes To Build New Garage'])('drops "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
  it('keeps names and registry actors', () => {
    expect(guardSpeakerName(proposed('Gwen Moore'))?.name).toBe('Gwen Moore');
    expect(guardSpeakerName(proposed('Linda Carver'))?.name).toBe('Linda Carver');
    expect(guardSpeakerName({ id: 'kremlin', name: 'Kremlin' })?.name).toBe('Kremlin');
    expect(guardSpeakerName({ id: null, name: 'a senior official' })?.name).toBe('a senior official');
  });
  it('drops a clause fragment, but not a name of several words with titles and initials', () => {
    expect(guardSpeakerName(proposed('Does Kasich'))).toBeNull();
    expect(guardSpeakerName(proposed('If Obama'))).toBeNull();
    expect(guardSpeakerName(proposed('Sen. Robert P. Casey Jr.'))?.name).toBe('Sen. Robert P. Casey Jr.');
    expect(guardSpeakerName(proposed('Will'))?.name).toBe('Will');
  });
  it('keeps descriptions led by a possessive, and groups', () => {
    expect(guardSpeakerName({ id: null, name: 'His office' })?.name).toBe('His office');
    expect(guardSpeakerName(proposed('Party officials'))?.name).toBe('Party officials');
  });
  it.each(['Interior Department', 'The Treasury Department', 'Foreign Ministry', 'Press Office'])('keeps a body named by its office words: "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))?.name).toBe(name);
  });
  it.each(['The Secretary', 'Department', 'the department'])('still drops a bare title or body noun: "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
});

describe('guardSpeakerName: a phrase running into its verb', () => {
  it.each(['Comey cannot', 'PR effort comes ahead', 'The mayor would', 'Carver didn’t'])('drops "%s"', (name) => {
    expect(guardSpeakerName(proposed(name))).toBeNull();
  });
  it('keeps descriptions and names with lowercase particles', () => {
    expect(guardSpeakerName(proposed('Trump’s congressional allies'))?.name).toBe('Trump’s congressional allies');
    expect(guardSpeakerName(proposed('Ursula von der Leyen'))?.name).toBe('Ursula von der Leyen');
  });
});

// Written for the test.
describe('guardSpeakerName: a group opening its sentence', () => {
  it.each(['Officials', 'Residents', 'Critics'])('describes "%s" instead of proposing an actor', (name) => {
    expect(guardSpeakerName(proposed(name))).toEqual({ id: null, name: name.toLowerCase() });
  });
  it('describes a group with a modifier, the group noun in lower case', () => {
    expect(guardSpeakerName(proposed('Election officials'))).toEqual({ id: null, name: 'Election officials' });
    expect(guardSpeakerName(proposed('Harbor Residents Association'))).toMatchObject({ proposed: true });
  });
  it('drops a clause with a figure in it, and keeps a name with a number', () => {
    expect(guardSpeakerName(proposed('Webb fell 11 percent'))).toBeNull();
    expect(guardSpeakerName(proposed('ABC 7'))).toMatchObject({ name: 'ABC 7' });
  });
  it('still proposes the police as a body', () => {
    expect(guardSpeakerName(proposed('Police'))).toMatchObject({ name: 'Police', proposed: true });
  });
});
