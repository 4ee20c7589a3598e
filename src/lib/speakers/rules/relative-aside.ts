import { isCoreSpeechVerb } from '../../quotes/index.ts';
import { isCapitalized, isWord } from '../noun-phrase.ts';
import { lower, reportsAt, type AttributionContext } from './context.ts';

/**
 * The reporting verb of the main clause when the verb at `v`, nearest before the quote at token
 * `i`, sits in a relative clause (", who …") that an aside adds to the main clause's object and
 * that runs up to the comma before the quote: the quote is the main verb's, set off by that
 * comma. A relative verb that leads into the quote itself (", who said, “…”") or holds it in
 * its own words (", who called the plan “…”") keeps it.
 *
 * @example
 * `Ortiz was asked by host Dana Kells, who backs Ortiz but has criticised the plan, “Will you
 * stay?”` → "asked" (so Kells, the asker, speaks the question), not "criticised".
 * `Lowe thanked Kells, who called the plan “fair.”` → undefined.
 */
export function relativeAside(c: AttributionContext, v: number, from: number, i: number): number | undefined {
  const { tokens } = c;
  // The quote is set off by a comma, and the relative verb does not lead into it.
  if (tokens[i - 1]?.text !== ',' || /^[,:]$/.test(tokens[v + 1]?.text ?? '') || tokens[v + 1]?.type === 'quote') return undefined;
  for (let r = v - 1; r > from; r--) {
    const t = tokens[r]!;
    if (t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return undefined;
    if (!(t.text === ',' && /^(?:who|which)$/.test(lower(tokens[r + 1])))) continue;
    for (let u = r - 1; u >= from && r - u < 16; u--) {
      const w = tokens[u]!;
      if (w.type === 'quote' || /^[.;:!?]$/.test(w.text)) return undefined;
      if (isWord(w) && !isCapitalized(w) && isCoreSpeechVerb(w.text) && reportsAt(c, u)) return u;
    }
    return undefined;
  }
  return undefined;
}
