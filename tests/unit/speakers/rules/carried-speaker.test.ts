import { describe, expect, it } from 'vitest';
import { carriedSpeaker, type Found } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

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

  it('carries no speaker from a quote two sentences back', () => {
    const s = setup('“We are ready,” Putin said. The weather was bad. “The ball is in their court.”');
    const found: (Found | undefined)[] = [{ speaker: { id: 'vladimir-putin', name: 'Vladimir Putin' }, how: 'tail' }, undefined];
    expect(carriedSpeaker(s.c, s.quote('ball'), found)).toBeUndefined();
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
