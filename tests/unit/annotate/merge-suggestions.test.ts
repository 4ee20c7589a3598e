import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/lib/annotate/extract.ts';
import { mergeSuggestions } from '../../../src/lib/annotate/merge-suggestions.ts';
import type { AnnotationFile } from '../../../src/lib/schema/index.ts';

const text = 'Trump said "peace now" on Wednesday. Putin said "yes" on Friday. Trump said "peace now" again.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const found: Extraction = {
  quotes: [
    { text: 'peace now', start: at('peace now'), speaker: { id: 'donald-trump', name: 'Donald Trump' }, confidence: 'high' },
    { text: 'yes', start: at('"yes"') + 1, speaker: { id: 'vladimir-putin', name: 'Vladimir Putin' }, confidence: 'high' },
    { text: 'peace now', start: text.lastIndexOf('peace now'), speaker: { id: 'jane-roe', name: 'Jane Roe' }, proposed: true, confidence: 'low' },
  ],
  dates: [{ text: 'on Wednesday', start: at('on Wednesday'), value: '2025-05-28', precision: 'day' }],
  claims: [],
};
const empty: AnnotationFile = { quotes: [], claims: [], dates: [] };

describe('mergeSuggestions', () => {
  it('suggests everything into an empty file with ids q1…, and prefixes for repeated text', () => {
    const { file, added } = mergeSuggestions(text, empty, found);
    expect(added).toEqual({ quotes: 3, claims: 0, dates: 1 });
    expect(file.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(file.quotes.every((q) => q.status === 'suggested')).toBe(true);
    expect(file.quotes[0]!.prefix ?? file.quotes[0]!.suffix).toBeDefined();
    expect(file.quotes[1]).toMatchObject({ text: 'yes', speaker: 'vladimir-putin' });
    expect(file.quotes[1]!.prefix).toBeUndefined();
    expect(file.quotes[2]).toMatchObject({ speaker: null, proposed_speaker: { id: 'jane-roe', name: 'Jane Roe' }, confidence: 'low' });
    expect(file.dates[0]).toMatchObject({ id: 'd1', value: '2025-05-28', precision: 'day', status: 'suggested' });
  });

  it('is idempotent: a second run adds nothing', () => {
    const once = mergeSuggestions(text, empty, found).file;
    const twice = mergeSuggestions(text, once, found);
    expect(twice.added).toEqual({ quotes: 0, claims: 0, dates: 0 });
    expect(twice.file).toEqual(once);
  });

  it('never touches reviewed entries and never re-proposes rejected ones', () => {
    const once = mergeSuggestions(text, empty, found).file;
    once.quotes[0] = { ...once.quotes[0]!, speaker: 'someone-else', status: 'reviewed' };
    once.quotes[1] = { ...once.quotes[1]!, status: 'rejected' };
    const again = mergeSuggestions(text, { ...once, quotes: once.quotes.slice(0, 2) }, found);
    expect(again.file.quotes[0]).toEqual(once.quotes[0]);
    expect(again.file.quotes[1]!.status).toBe('rejected');
    // Only the third quote (removed above) is proposed again, with a fresh id.
    expect(again.added.quotes).toBe(1);
    expect(again.file.quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('assigns the next free id and never renumbers', () => {
    const existing: AnnotationFile = { ...empty, dates: [{ id: 'd7', text: 'on Friday', value: '2025-05-30', precision: 'day', status: 'reviewed' }] };
    const { file } = mergeSuggestions(text, existing, found);
    expect(file.dates.map((d) => d.id)).toEqual(['d7', 'd8']);
  });
});

describe('mergeSuggestions: a claimant not in the registry', () => {
  it('keeps the claim the publisher’s and tells the editor whom it is by', () => {
    const text = 'Mayor Linda Carver said the city would set up a fund of $3 million.';
    const { file } = mergeSuggestions(text, { quotes: [], claims: [], dates: [] }, {
      quotes: [],
      dates: [],
      claims: [{ text, start: 0, claimant: 'publisher', proposed_claimant: { id: 'linda-carver', name: 'Linda Carver' }, verdict: 'unverified' }],
    });
    expect(file.claims[0]).toMatchObject({ claimant: 'publisher', note: expect.stringContaining('content/actors/linda-carver.yaml') });
  });
  it('tells the editor when the claim is by someone the article only describes', () => {
    const text = 'The operator said it had carried 41,000 passengers in 2023.';
    const { file } = mergeSuggestions(text, { quotes: [], claims: [], dates: [] }, {
      quotes: [],
      dates: [],
      claims: [{ text, start: 0, claimant: 'publisher', described_claimant: 'the operator', verdict: 'unverified' }],
    });
    expect(file.claims[0]).toMatchObject({ claimant: 'publisher', note: 'Claimed by the operator, whom the article does not name here: set claimant to the id of the actor meant.' });
  });
});
