import { CONJUNCTIONS } from '../lexicon.ts';
import { isInverting, isWord, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/**
 * An inverted reporting verb and its subject leading straight into the quote at token `i` (its
 * clause starting at `from`): the verb opens the clause, or follows a comma, a quote or a
 * conjunction, and the subject runs up to the comma or colon before the quote.
 *
 * @example
 * `Added Sen. John Cornyn: “…”` → John Cornyn; `In other words, explained the moderator, Kristen
 * Welker: “…”` → Kristen Welker; `But, said Cornyn, “…”` → Cornyn. Not `The memo said, “…”` (the verb has a
 * subject before it).
 */
export function invertedLead(c: AttributionContext, i: number, from: number): Speaker | undefined {
  const { tokens } = c;
  const mark = tokens[i - 1];
  if (!mark || !/^[,:]$/.test(mark.text)) return undefined;
  for (let v = i - 2; v >= from && i - v <= 10; v--) {
    const t = tokens[v]!;
    if (!isWord(t)) return undefined;
    if (!isInverting(t)) continue;
    const before = tokens[v - 1];
    const opens = v === from || before?.type === 'quote' || before?.text === ',' || (isWord(before) && CONJUNCTIONS.has(lower(before)));
    // "…, said of Cornyn: “…”" names whom the words are about, not who said them.
    if (!opens || /^(?:of|about|to|on|in|at|for|with)$/.test(lower(tokens[v + 1]))) return undefined;
    const r = rightSubject(tokens, v, i - 1);
    return r && r.to === i - 1 ? resolve(c, r) : undefined;
  }
  return undefined;
}
