import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { setup, speakerOf } from './setup.ts';
import { transcriptLabel } from '../../../../src/lib/speakers/rules/index.ts';

// Written for the test: a radio interview set out the way some outlets print transcripts, each
// paragraph opening with a mark that no mark closes.
const TRANSCRIPT = [
  'Mayor Tom Lowe spoke to host Dana Kells on Sunday about the ferry levy.',
  '',
  'Partial transcript as follows:',
  '',
  '"KELLS: Will you sign the levy this week?',
  '',
  '"LOWE: Well, look, I have said it before. The ferries need the money.',
  '',
  '"And I will say it again to anyone who asks me.',
  '',
  '"KELLS: Even if the council objects?',
  '',
  '"LOWE: Then so be it.',
  '',
  'The council meets on Tuesday.',
].join('\n');

describe('transcriptLabel', () => {
  it('gives each labelled paragraph to the name in capitals, the article’s full name where it gave one', () => {
    expect(speakerOf(TRANSCRIPT, 'Will you sign')).toBe('Dana Kells');
    expect(speakerOf(TRANSCRIPT, 'I have said it before')).toBe('Tom Lowe');
  });
  it('carries the last label to a paragraph of the same turn with none of its own', () => {
    expect(speakerOf(TRANSCRIPT, 'say it again')).toBe('Tom Lowe');
    expect(speakerOf(TRANSCRIPT, 'council objects')).toBe('Dana Kells');
  });
  it('leaves a label that names no one, and quotes that do not open a paragraph', () => {
    const text = 'The mayor spoke.\n\n"UPDATE: The levy passed on Monday night.\n\n"LOWE: It was needed.\n\nThe council met.';
    const s = setup(text);
    expect(detectQuotes(text).length).toBeGreaterThan(0);
    expect(transcriptLabel(s.c, s.quote('levy passed'))).toBeUndefined();
    const t = setup('Tom Lowe said, “LEVY: it is needed.”');
    expect(transcriptLabel(t.c, t.quote('needed'))).toBeUndefined();
  });
});
