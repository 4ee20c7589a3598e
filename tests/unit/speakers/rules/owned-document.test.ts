import { describe, expect, it } from 'vitest';
import { ownedDocument } from '../../../../src/lib/speakers/rules/index.ts';
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
