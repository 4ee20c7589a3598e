/**
 * Merge fresh machine suggestions into an editor's annotation file. People decide, so:
 * reviewed and rejected entries are never touched; a suggestion that lands on the same span
 * as any existing entry (rejected ones included) is not proposed again; ids are assigned once
 * (next free number) and never renumbered. Running it twice changes nothing.
 */
import { createSelector, resolveAnchor } from '../anchoring/index.ts';
import type { AnnotationFile, Claim, DateAnnotation, Quote } from '../schema/index.ts';
import type { Extraction } from './extract.ts';

type Entry = { id: string; text: string; prefix?: string; suffix?: string };

function nextId(entries: Entry[], letter: string): () => string {
  let n = entries.reduce((max, e) => Math.max(max, Number(e.id.slice(1)) || 0), 0);
  return () => `${letter}${++n}`;
}

/** Spans already claimed by an existing entry, whatever its status. */
function takenSpans(text: string, entries: Entry[]): Set<string> {
  const taken = new Set<string>();
  for (const e of entries) {
    const r = resolveAnchor(text, e);
    if (r.status === 'ok') taken.add(`${r.start}:${r.end}`);
    // An unresolved entry still blocks re-proposing the same exact text anywhere.
    else taken.add(`text:${e.text}`);
  }
  return taken;
}

function isTaken(taken: Set<string>, start: number, text: string): boolean {
  return taken.has(`${start}:${start + text.length}`) || taken.has(`text:${text}`);
}

export interface MergeResult {
  file: AnnotationFile;
  added: { quotes: number; claims: number; dates: number };
}

export function mergeSuggestions(plainText: string, existing: AnnotationFile, found: Extraction): MergeResult {
  const file: AnnotationFile = { quotes: [...existing.quotes], claims: [...existing.claims], dates: [...existing.dates] };
  const added = { quotes: 0, claims: 0, dates: 0 };

  const quoteTaken = takenSpans(plainText, existing.quotes);
  const newQuoteId = nextId(existing.quotes, 'q');
  for (const q of found.quotes) {
    if (isTaken(quoteTaken, q.start, q.text)) continue;
    quoteTaken.add(`${q.start}:${q.start + q.text.length}`);
    const quote: Quote = {
      id: newQuoteId(),
      ...createSelector(plainText, q.start, q.start + q.text.length),
      speaker: q.speaker && !q.proposed ? q.speaker.id : null,
      ...(q.speaker && q.proposed && q.speaker.id ? { proposed_speaker: { id: q.speaker.id, name: q.speaker.name } } : {}),
      ...(q.confidence === 'low' ? { confidence: 'low' as const } : {}),
      status: 'suggested',
    };
    file.quotes.push(quote);
    added.quotes++;
  }

  const claimTaken = takenSpans(plainText, existing.claims);
  const newClaimId = nextId(existing.claims, 'c');
  for (const c of found.claims) {
    if (isTaken(claimTaken, c.start, c.text)) continue;
    claimTaken.add(`${c.start}:${c.start + c.text.length}`);
    const claim: Claim = {
      id: newClaimId(),
      ...createSelector(plainText, c.start, c.start + c.text.length),
      claimant: c.claimant,
      verdict: c.verdict,
      ...(c.explanation ? { explanation: c.explanation } : {}),
      // The schema has no proposed claimant: the editor is told in the note whom the claim is by.
      ...(c.proposed_claimant ? { note: `Claimed by ${c.proposed_claimant.name}, who is not in the actor registry yet: add content/actors/${c.proposed_claimant.id}.yaml and set claimant: ${c.proposed_claimant.id}.` } : {}),
      // (Nor an unnamed one: "the operator said …" is not the article's claim, though the schema needs a claimant.)
      ...(c.described_claimant ? { note: `Claimed by ${c.described_claimant}, whom the article does not name here: set claimant to the id of the actor meant.` } : {}),
      sources: [],
      status: 'suggested',
    };
    file.claims.push(claim);
    added.claims++;
  }

  const dateTaken = takenSpans(plainText, existing.dates);
  const newDateId = nextId(existing.dates, 'd');
  for (const d of found.dates) {
    if (isTaken(dateTaken, d.start, d.text)) continue;
    dateTaken.add(`${d.start}:${d.start + d.text.length}`);
    const date: DateAnnotation = {
      id: newDateId(),
      ...createSelector(plainText, d.start, d.start + d.text.length),
      value: d.value,
      precision: d.precision,
      status: 'suggested',
    };
    file.dates.push(date);
    added.dates++;
  }
  return { file, added };
}
