import { isCapitalized, isWord } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolveStrict, type AttributionContext } from './context.ts';

/**
 * A sentence that opens with "To X," gives X's view: a quote in it that no verb of saying
 * attributes is X's words for what they see (`To Lena Okafor, the mayor is the “kind-hearted” man
 * who saved the ferry` → Lena Okafor). X is a name of a few words, up to the comma; "To date," or
 * "To be sure," are not views, and neither is a phrase with a verb in it.
 *
 * @example
 * `To Lena Okafor, the mayor is the “kind-hearted” man who saved the ferry.` → Lena Okafor;
 * `To be sure, the mayor is “kind-hearted.”` → undefined.
 */
export function viewpointHolder(c: AttributionContext, i: number): Speaker | undefined {
  const { tokens, sentenceStart } = c;
  let k = sentenceStart.get(tokens[i]!.sentence)!;
  if (/^(?:but|and|yet)$/.test(lower(tokens[k]))) k++;
  if (lower(tokens[k]) !== 'to') return undefined;
  let end = k + 1;
  while (end < i && end - k <= 5 && isWord(tokens[end]) && tokens[end]!.text !== ',') end++;
  if (tokens[end]?.text !== ',' || end === k + 1) return undefined;
  // A name, its title or its determiner included ("To Mayor Tom Lowe", "To the Harbor Party"): at least one capitalised word, the last one.
  if (!isCapitalized(tokens[end - 1])) return undefined;
  return resolveStrict(c, { from: k + 1, to: end });
}
