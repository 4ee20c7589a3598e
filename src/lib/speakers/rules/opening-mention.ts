import type { Mention } from '../mentions.ts';
import { isVerbLike } from '../noun-phrase.ts';
import type { AttributionContext } from './context.ts';

/**
 * The name that opens sentence `sentence`, if one does: the mention starting at its first token
 * (mentions are in text order, so a binary search finds the sentence's first one).
 *
 * The name may come after a description of its bearer (`describedFirst`).
 *
 * @example
 * `Ortiz backs the governor's plan.` → the mention of Ortiz; `Her challenger, Marcus Dell, shook his
 * head.` → Marcus Dell; `The plan costs $2 billion.` → undefined.
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
  const start = c.sentenceStart.get(sentence)!;
  if (!lead || lead.sentence !== sentence) return undefined;
  return lead.from === start || describedFirst(c, start, lead.from) ? lead : undefined;
}

/**
 * Is the sentence's opening, up to the name at `name`, a description of whoever is named: a
 * determiner and one to three lowercase nouns or adjectives, with or without a comma ("Her
 * challenger, Marcus Dell, shook his head", "The new coach Ana Ruiz smiled")? Not a clause ("The
 * police arrested Dana Kirby"), nor a phrase the name hangs from ("The plan of Tom Lowe failed").
 */
function describedFirst(c: AttributionContext, start: number, name: number): boolean {
  const words = c.tokens.slice(start, c.tokens[name - 1]?.text === ',' ? name - 1 : name);
  if (words.length < 2 || words.length > 4 || !/^(?:the|his|her|their|its)$/i.test(words[0]!.text)) return false;
  return words
    .slice(1)
    .every((w) => w.type === 'word' && /^\p{Ll}/u.test(w.text) && !isVerbLike(w) && !/ed$/.test(w.text) && !/^(?:of|for|with|to|by|from|in|on|at|and|or|about|against)$/.test(w.text));
}
