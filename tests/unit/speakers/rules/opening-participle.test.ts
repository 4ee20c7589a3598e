import { describe, expect, it } from 'vitest';
import { openingParticiple } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const fragment = (text: string, participle: string, part: string) => {
  const s = setup(text);
  return openingParticiple(s.c, s.word(participle), s.sentenceStart(part))?.name ?? null;
};

// Sentences written for the test.
describe('openingParticiple', () => {
  it('gives a sentence that opens with a reporting participle to the reporter of the one before', () => {
    expect(fragment('Lavrov said the draft “was not good.” Adding, “It is how they handle it.”', 'Adding', 'handle it')).toBe('Sergei Lavrov');
  });

  it('takes nothing for a participle inside its sentence', () => {
    expect(fragment('Lavrov spoke first. Putin agreed, adding, “It is how they handle it.”', 'adding', 'handle it')).toBeNull();
  });
});
