import { describe, expect, it } from 'vitest';
import * as R from '../../../../src/lib/speakers/rules/index.ts';
import { addressedDocument, ownedDocument } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const QUOTE = '“We must move past the anger of this race and unite.”';
const colonBefore = (text: string, part: string) => {
  const s = setup(text);
  const i = s.token(part);
  return ownedDocument(s.c, i - 1, s.sentenceStart(part));
};

// Written for the test.
describe('ownedDocument', () => {
  it.each(["From Walsh's Facebook post:", "Walsh's Facebook post:", "In Walsh's statement:", "From Walsh's official campaign website:"])('gives "%s …" to its owner', (lead) => {
    const text = `Aides say Gov. Ann Walsh will back the senator. ${lead} ${QUOTE}`;
    expect(colonBefore(text, 'anger')?.name).toBe('Ann Walsh');
    expect(speakerOf(text, 'anger')).toBe('Ann Walsh');
  });
  it('resolves a possessive pronoun to the one it stands for', () => {
    expect(speakerOf(`Gov. Tom Walsh will back the senator. In his statement: ${QUOTE}`, 'anger')).toBe('Tom Walsh');
  });
  it('takes no document without an owner, and no owner inside a longer clause', () => {
    expect(colonBefore(`Gov. Ann Walsh spoke. The post: ${QUOTE}`, 'anger')).toBeUndefined();
    expect(colonBefore(`Gov. Ann Walsh spoke. Critics of Walsh's post: ${QUOTE}`, 'anger')).toBeUndefined();
    expect(colonBefore(`Gov. Ann Walsh spoke. Walsh's plan: ${QUOTE}`, 'anger')).toBeUndefined();
  });
});

// Written for the test.
describe('a document as the subject of a verb of saying', () => {
  it('speaks for its owner, with modifiers and a phrase after it', () => {
    const text = 'Gov. Tom Walsh is raising money for allies. Walsh’s weekly letter to his volunteers notes that Councillor Ada Ruiz, who is standing for the county board, “is a tenants’ lawyer who has fought for lower rents.”';
    expect(speakerOf(text, 'tenants’ lawyer')).toBe('Tom Walsh');
    expect(speakerOf('Gov. Tom Walsh spoke. Walsh’s latest statement says the levy is “a fair deal.”', 'fair deal')).toBe('Tom Walsh');
  });
  it('leaves a person owned by a possessive to the rules for agents', () => {
    expect(speakerOf('Gov. Tom Walsh spoke. Walsh’s lawyer, Ada Ruiz, says the levy is “a fair deal.”', 'fair deal')).toBe('Ada Ruiz');
  });
  it('reads "notes that" as a verb only when a clause follows', () => {
    const s = setup('The campaign notes that were leaked say the levy is “a fair deal.”');
    expect(R.reportsAt(s.c, s.word('notes'))).toBe(false);
    const t = setup('Walsh’s email to donors notes that the levy is “a fair deal.”');
    expect(R.reportsAt(t.c, t.word('notes'))).toBe(true);
  });
});

// Written for the test.
describe('addressedDocument: the addressee or topic of a document is not its speaker', () => {
  it('gives the owner of the document, named or by a pronoun', () => {
    expect(speakerOf('Lowe’s note to the board says the levy is “fair.”', 'fair')).toBe('Lowe');
    expect(speakerOf('Tom Lowe’s weekly memo to council members says the levy is “fair.”', 'fair')).toBe('Tom Lowe');
    expect(speakerOf('Mayor Ada Ruiz spoke on Monday. Her letter to the council says the levy is “fair.”', 'fair')).toBe('Ada Ruiz');
    expect(speakerOf('Gov. Tom Walsh spoke. Walsh’s weekly letter to party members notes that the levy is “a fair deal.”', 'fair deal')).toBe('Tom Walsh');
  });
  it('gives no one for a document without an owner, rather than those it is written to', () => {
    expect(speakerOf('A memo to staff members says the plan is “dead.”', 'dead')).toBeNull();
    expect(speakerOf('The letter to members says the levy is “a fair deal.”', 'fair deal')).toBeNull();
  });
  it('leaves a document’s author after "from", and a subject that hangs from no document', () => {
    expect(speakerOf('A letter from Mayor Tom Lowe says the levy is “fair.”', 'fair')).toBe('Tom Lowe');
    expect(speakerOf('Officials said the plan was “dead.”', 'dead')).toBe('officials');
    const s = setup('Officials said the plan was “dead.”');
    expect(addressedDocument(s.c, { from: 0, to: 1 }, 0)).toBeUndefined();
  });
});

