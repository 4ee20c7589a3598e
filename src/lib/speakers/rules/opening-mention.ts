import type { Mention } from '../mentions.ts';
import type { AttributionContext } from './context.ts';

/**
 * The name that opens sentence `sentence`, if one does: the mention starting at its first token
 * (mentions are in text order, so a binary search finds the sentence's first one).
 *
 * @example
 * `Ortiz backs the governor's plan.` → the mention of Ortiz; `The plan costs $2 billion.` → undefined.
 */
export function openingMention(c: AttributionContext, sentence: number): Mention | undefined {
  const mentions = c.resolver.index.mentions;
  let a = 0;
  let b = mentions.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (mentions[m]!.sentence < sentence) a = m + 1;
    else b = m;
  }
  const lead = mentions[a];
  return lead && lead.sentence === sentence && lead.from === c.sentenceStart.get(sentence) ? lead : undefined;
}
