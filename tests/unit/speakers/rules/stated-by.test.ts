import { describe, expect, it } from 'vitest';
import { statedBy } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const stated = (text: string, part: string) => {
  const s = setup(text);
  return statedBy(s.c, s.token(part))?.speaker.name ?? null;
};

describe('statedBy', () => {
  it('takes the agent of a passive attribution in the next sentence', () => {
    expect(stated('He noted the “striking” difference. This was stated by Foreign Minister Sergei Lavrov.', 'striking')).toBe('Sergei Lavrov');
    expect(stated('He noted the “striking” difference. It has been said by Lavrov.', 'striking')).toBe('Sergei Lavrov');
  });

  it('does not reach into the next paragraph', () => {
    expect(stated('He noted the “striking” difference.\nThis was stated by Lavrov.', 'striking')).toBeNull();
  });

  it('needs a reporting verb', () => {
    expect(stated('He noted the “striking” difference. This was built by Lavrov.', 'striking')).toBeNull();
  });
});

// Written for the test.
describe('statedBy: after a quote that closes its own sentence', () => {
  it('reads the sentence right after the closing mark', () => {
    expect(stated('The board met. “Nobody reads the fine print.” This was stated by Ann Ortiz.', 'fine print')).toBe('Ann Ortiz');
    expect(speakerOf('The board met. “Nobody reads the fine print.” This was stated by Ann Ortiz.', 'fine print')).toBe('Ann Ortiz');
  });
  it('takes the source of "that quote" or "the remark"', () => {
    expect(speakerOf('“Nobody reads the fine print.” That quote from Harbor League chief Ann Ortiz was printed on page one of the Valley Times.', 'fine print')).toBe('Ann Ortiz');
    expect(speakerOf('“Nobody reads the fine print.” The remark, from Ann Ortiz, drew a laugh.', 'fine print')).toBe('Ann Ortiz');
    // (An irregular past tense ends the name too, as in the rule's own example.)
    expect(speakerOf('“Nobody reads the fine print.” That quote from Ann Ortiz ran on the front page.', 'fine print')).toBe('Ann Ortiz');
    expect(speakerOf('“Nobody reads the fine print.” That quote from Harbor League chief Ann Ortiz ran in the Valley Times.', 'fine print')).toBe('Ann Ortiz');
  });
  it('leaves a sentence that names no source', () => {
    expect(stated('The board met. “Nobody reads the fine print.” The board then voted.', 'fine print')).toBeNull();
  });
});
