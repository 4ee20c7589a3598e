import { isCapitalized, isVerbLike, isWord, leftSubject } from '../noun-phrase.ts';
import { VERB_LEADERS } from '../lexicon.ts';
import { lower, reportsAt, type AttributionContext } from './context.ts';

/** Does a name followed by an auxiliary open a clause at `k`, before `v` ("Perez was right to urge …")? */
function namedClause(c: AttributionContext, k: number, v: number): boolean {
  let n = k;
  while (n < v && n < k + 4 && isCapitalized(c.tokens[n]) && !/^(?:The|A|An|It|This|That)$/.test(c.tokens[n]!.text)) n++;
  return n > k && n < v && VERB_LEADERS.has(lower(c.tokens[n]));
}

/**
 * A reporting verb between `lo` and token `v` whose "that"-clause holds `v`, if any: the verb
 * inside a reported clause is not the attribution, the one that reports the clause is.
 *
 * @example
 * `Zelensky …, claiming that U.S. delegates proposed an “even bigger first step”` — the verb for
 * the quote is "claiming" (Zelensky's), not "proposed" (the delegates'); so too without "that":
 * `Peskov said Putin called the talks “useful”` → "said"; `Mendes said Ortiz was right to ask
 * the council “to think again”` → "said". A verb in an aside between the subject and its own verb
 * reports nothing: in `Tom Lowe, claiming that Ann Ortiz wanted a levy, said the ferries are
 * “empty”` the verb is "said".
 */
export function reportingAbove(c: AttributionContext, v: number, lo: number): number | undefined {
  const { tokens } = c;
  // "When Clinton noted that …, Trump boasted, “…”": a named subject after a comma opens the main
  // clause; the verb before it reports something else.
  const own = leftSubject(tokens, v, lo);
  // (Or after a dash: "When Clinton noted that … ― as was true … ― Trump boasted, “…”".)
  // (Or after a relative pronoun, "She said that …, to which Okafor interjected: “…”", or "with":
  // "Members who agree that … were irritated, with Lindqvist calling it a “…”".)
  if (own && /^(?:[,―—–]|which|whom|with)$/.test(tokens[own.from - 1]?.text ?? '') && isCapitalized(tokens[own.from])) return undefined;
  let found: number | undefined;
  for (let u = v - 1; u >= lo; u--) {
    const t = tokens[u]!;
    if (t.type === 'quote' || t.text === ';') break;
    if (!isWord(t) || !reportsAt(c, u) || isCapitalized(t)) continue;
    // ("Lowe, claiming that Ortiz wanted …, said …": a verb in an aside between the subject and its verb reports nothing the verb says.)
    if (own && own.to <= u) continue;
    // "said that", "told reporters that", "said at a Monday night town hall in Dayton that": words that are not verbs.
    let k = u + 1;
    while (k < v && k < u + 10 && isWord(tokens[k]) && lower(tokens[k]) !== 'that' && !(k > u + 3 && isVerbLike(tokens[k]))) k++;
    if (lower(tokens[k]) === 'that' && k < v) found = u;
    // "Peskov said Putin called the talks “…”": a clause reported without "that".
    else if (/^(?:said|says|wrote|writes|added|adds|noted|notes|argued|argues|insisted|claimed|recalled)$/.test(lower(t)) && (own?.from === u + 1 || namedClause(c, u + 1, v))) found = u;
  }
  return found;
}
