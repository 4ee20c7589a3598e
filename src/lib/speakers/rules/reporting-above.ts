import { isCapitalized, isVerbLike, isWord, leftSubject } from '../noun-phrase.ts';
import { lower, reportsAt, type AttributionContext } from './context.ts';

/**
 * A reporting verb between `lo` and token `v` whose "that"-clause holds `v`, if any: the verb
 * inside a reported clause is not the attribution, the one that reports the clause is.
 *
 * @example
 * `Zelensky …, claiming that U.S. delegates proposed an “even bigger first step”` — the verb for
 * the quote is "claiming" (Zelensky's), not "proposed" (the delegates'); so too without "that":
 * `Peskov said Putin called the talks “useful”` → "said".
 */
export function reportingAbove(c: AttributionContext, v: number, lo: number): number | undefined {
  const { tokens } = c;
  // "When Clinton noted that …, Trump boasted, “…”": a named subject after a comma opens the main
  // clause; the verb before it reports something else.
  const own = leftSubject(tokens, v, lo);
  // (Or after a dash: "When Clinton noted that … ― as was true … ― Trump boasted, “…”".)
  if (own && /^[,―—–]$/.test(tokens[own.from - 1]?.text ?? '') && isCapitalized(tokens[own.from])) return undefined;
  let found: number | undefined;
  for (let u = v - 1; u >= lo; u--) {
    const t = tokens[u]!;
    if (t.type === 'quote' || t.text === ';') break;
    if (!isWord(t) || !reportsAt(c, u) || isCapitalized(t)) continue;
    // "said that", "told reporters that", "said during a Friday evening rally in Michigan that": words that are not verbs.
    let k = u + 1;
    while (k < v && k < u + 10 && isWord(tokens[k]) && lower(tokens[k]) !== 'that' && !(k > u + 3 && isVerbLike(tokens[k]))) k++;
    if (lower(tokens[k]) === 'that' && k < v) found = u;
    // "Peskov said Putin called the talks “…”": a clause reported without "that".
    else if (own && own.from === u + 1 && /^(?:said|says|wrote|writes|added|adds|noted|notes|argued|argues|insisted|claimed|recalled)$/.test(lower(t))) found = u;
  }
  return found;
}
