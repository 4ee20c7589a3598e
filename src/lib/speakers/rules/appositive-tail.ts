import { isCoreSpeechVerb } from '../../quotes/index.ts';
import { VERB_LEADERS } from '../lexicon.ts';
import { isCapitalized, isPossessive, isWord } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, resolve, type AttributionContext } from './context.ts';

/**
 * A name right after a quote, then a description too long or too varied to read as one aside
 * (commas of its own, a relative clause), then the reporting verb: the name is the speaker. `j`
 * is the first word after the quote, `hi` the end of its sentence.
 *
 * @example
 * `“…,” Lena T. Okafor, deputy commissioner for housing, transport and public works, said
 * on a conference call.` → Lena T. Okafor; `“…,” Ana Ruiz, 41, of Fresno, Calif., who voted early,
 * said.` → Ana Ruiz (not "Calif."); `“…,” Nate Silver, the editor who founded FiveThirtyEight,
 * tweeted.` → Nate Silver. The verb must follow a comma (or close a relative
 * clause, or a description with its article left open: `“…,” George Abraham, a New Hampshire
 * entrepreneur and businessman said.`): in `“…,” Smith, a Democrat, and Jones said` the speaker is
 * not Smith alone.
 */
export function appositiveTail(c: AttributionContext, j: number, hi: number): Speaker | undefined {
  const { tokens } = c;
  let k = j;
  while (k < hi && k - j < 6 && isCapitalized(tokens[k]) && !isPossessive(tokens[k]!)) k++;
  if (k === j || tokens[k]?.text !== ',') return undefined;
  let relative = false;
  for (let v = k + 1; v < hi && v - k < 40; v++) {
    const t = tokens[v]!;
    if (t.type === 'quote' || /^[;:!?]$/.test(t.text)) return undefined;
    if (!isWord(t)) continue;
    if (/^(?:who|which)$/.test(lower(t))) relative = true;
    if (/ing$/.test(lower(t)) || !reportsAt(c, v) || !isCoreSpeechVerb(t.text)) continue;
    let b = v - 1;
    while (b > k && isWord(tokens[b]) && VERB_LEADERS.has(lower(tokens[b]))) b--;
    // (Or a description with its article left open before the verb: "“…,” George Abraham, a New Hampshire
    // entrepreneur and businessman said." — a lower-case noun, no other name, before the verb.)
    const leftOpen = /^(?:a|an|the)$/i.test(tokens[k + 1]?.text ?? '') && isWord(tokens[b]) && /^\p{Ll}/u.test(tokens[b]!.text) && !tokens.slice(k + 1, v).some((w) => w.text === ',');
    return tokens[b]?.text === ',' || relative || leftOpen ? resolve(c, { from: j, to: k }) : undefined;
  }
  return undefined;
}
