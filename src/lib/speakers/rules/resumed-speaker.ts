import type { AttributionContext, Found } from './context.ts';

/**
 * For a quote standing alone (quote `k`, its token `i`) whose nearest earlier quote is two
 * sentences back, in the same or the previous paragraph: that quote's speaker, when the sentence
 * between them opens with the same person's name. A sentence about the speaker set between two of
 * their quotes does not change the voice; one of mere background does not carry it (the reader
 * cannot tell), nor one led by someone else.
 *
 * @example
 * `“Schools come first,” says Dana Ortiz, 34, a nurse. Ortiz backs the governor's plan. “My kids
 * need it.”` → Dana Ortiz for the second quote; not so with `The weather was bad.` in between.
 */
export function resumedSpeaker(c: AttributionContext, k: number, i: number, found: readonly (Found | undefined)[]): Found | undefined {
  const { tokens, tokenOf, resolver } = c;
  const here = tokens[i]!;
  let p = k - 1;
  while (p >= 0 && tokenOf.get(p) === undefined) p--;
  if (p < 0) return undefined;
  const pt = tokens[tokenOf.get(p)!]!;
  const prev = found[p];
  if (!prev || here.sentence - pt.sentence !== 2 || here.paragraph - pt.paragraph > 1) return undefined;
  // The first name in the sentence between (mentions are in text order: a binary search finds it) must open it.
  const mid = here.sentence - 1;
  const mentions = resolver.index.mentions;
  let a = 0;
  let b = mentions.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (mentions[m]!.sentence < mid) a = m + 1;
    else b = m;
  }
  const lead = mentions[a];
  if (!lead || lead.sentence !== mid || lead.from !== c.sentenceStart.get(mid)) return undefined;
  const same = lead.speaker.id !== null ? lead.speaker.id === prev.speaker.id : lead.speaker.name === prev.speaker.name;
  if (!same) return undefined;
  return { speaker: prev.speaker, how: 'carried' };
}
