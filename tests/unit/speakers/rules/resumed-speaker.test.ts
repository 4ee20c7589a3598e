import { describe, expect, it } from 'vitest';
import { resumedSpeaker, type Found } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const ORTIZ: Found = { speaker: { id: 'dana-ortiz', name: 'Dana Ortiz', proposed: true }, how: 'tail' };

const resumed = (text: string) => {
  const s = setup(text);
  const k = s.quote('kids');
  return resumedSpeaker(s.c, k, s.token('kids'), [ORTIZ, undefined])?.speaker.name ?? null;
};

// Sentences written for the test, in the shape of a voter profile.
describe('resumedSpeaker', () => {
  it('resumes the speaker when the sentence between opens with their name', () => {
    expect(resumed('“Schools come first,” says Dana Ortiz, 34, a nurse. Ortiz backs the governor’s plan. “My kids need it.”')).toBe('Dana Ortiz');
  });

  it('does not resume across a sentence of background', () => {
    expect(resumed('“Schools come first,” says Dana Ortiz, 34, a nurse. The plan costs $2 billion. “My kids need it.”')).toBeNull();
  });

  it('does not resume across a sentence led by someone else', () => {
    expect(resumed('“Schools come first,” says Dana Ortiz, 34, a nurse. Governor Sam Ruiz backs the plan. “My kids need it.”')).toBeNull();
  });
});
