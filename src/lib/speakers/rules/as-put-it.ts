import { isPersonish, isWord, leftSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, resolve, type AttributionContext } from './context.ts';

/**
 * A clause "as X put it" (or "as X said", "as X wrote in a memo") leading into the quote at token
 * `i`, its sentence starting at `lo`: X says the quoted words.
 *
 * @example
 * `Or, as Tom Ridge, a former secretary of homeland security, put it: “…”` → Tom Ridge;
 * `As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees, “…”` → Jeff Weiner.
 */
export function asPutIt(c: AttributionContext, i: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  if (!/^[,:]$/.test(tokens[i - 1]?.text ?? '')) return undefined;
  for (let k = i - 2; k >= lo && i - k < 40; k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || /^[.;!?]$/.test(t.text)) return undefined;
    if (lower(t) !== 'as' || !(k === lo || /^[,—–]$/.test(tokens[k - 1]?.text ?? '') || /^(?:or|and|but)$/.test(lower(tokens[k - 1])))) continue;
    // The clause's verb: the first reporting verb after "as", with only "it" and a short phrase after it.
    for (let v = k + 2; v < i - 1; v++) {
      if (!isWord(tokens[v]) || !reportsAt(c, v)) continue;
      const rest = tokens.slice(v + 1, i - 1);
      if (rest.length > 8 || rest.some((w) => w.type === 'quote' || /^[,;]$/.test(w.text) && w !== rest.at(-1))) return undefined;
      const s = leftSubject(tokens, v, k + 1);
      return s && isPersonish(tokens, s) ? resolve(c, s) : undefined;
    }
    return undefined;
  }
  return undefined;
}
