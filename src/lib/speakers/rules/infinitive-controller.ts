import { isCapitalized, isPersonish, isVerbLike, isWord, leftSubject, type Range } from '../noun-phrase.ts';
import { resolvePhrase, type ResolveContext } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import type { Token } from '../tokens.ts';

/** Prepositions of a place or medium between a verb and its infinitive: "took to Twitter to …", "went on CNN to …". */
const PLACE_PREPOSITION = /^(?:to|on|onto|at|in|into|before)$/;

const low = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Verbs of using something to say something: their subject speaks, not the thing used. */
const USING = /^(?:use[sd]?|using|took|takes?|taking|seize[sd]?|seizing|grab(?:s|bed)|grabbing)$/;

/**
 * Where a verb of using stands before the thing it uses, the thing ending at `u` ("used | his
 * speech", "took | the opportunity"): a determiner or possessive pronoun and up to three words in
 * lower case. Undefined when there is none.
 *
 * @example
 * `Lowe used his Monday speech to call …` → the index of "used"; `urged the board to call` → undefined.
 */
function usedThing(tokens: Token[], u: number, from: number): number | undefined {
  let d = u;
  while (d > from && u - d < 4 && isWord(tokens[d]) && !isCapitalized(tokens[d]) && !/^(?:his|her|their|its|the|a|an|this|that)$/.test(low(tokens[d]))) d--;
  if (d === u || !/^(?:his|her|their|its|the|a|an|this|that)$/.test(low(tokens[d]))) return undefined;
  return USING.test(low(tokens[d - 1])) ? d - 1 : undefined;
}

/**
 * The subject of the verb that an infinitive at `v` completes with no object between them
 * ("Kells taking to Twitter to call", "Ortiz went on Channel Nine to say", "Lowe rose to call", and
 * past a thing used, "Lowe used his speech to call": `usedThing`),
 * when it is a capitalised name or body; undefined for any other infinitive, and for a verb with
 * an object ("urged the board to call": the object would speak).
 *
 * @example
 * `with Kells taking to Twitter to call Ortiz …` → the range of "Kells".
 */
export function infinitiveSubject(tokens: Token[], v: number, from = 0): Range | undefined {
  const to = v - 1;
  if (low(tokens[to]) !== 'to' || !isWord(tokens[v]) || isCapitalized(tokens[v])) return undefined;
  let u = to - 1;
  // ("to Twitter", "on CNN", "on Fox News": a place or medium named after a preposition.)
  let k = u;
  while (k > from && to - k <= 4 && isCapitalized(tokens[k])) k--;
  if (k < u && PLACE_PREPOSITION.test(low(tokens[k]))) u = k - 1;
  // ("used his speech to call", "took the opportunity to say": a verb of using and the thing used.)
  else u = usedThing(tokens, u, from) ?? u;
  const verb = tokens[u];
  if (u < from || !isWord(verb) || isCapitalized(verb) || !(isVerbLike(verb) || /ing$/.test(low(verb)) || USING.test(low(verb))) || verb.sentence !== tokens[v]!.sentence) return undefined;
  const s = leftSubject(tokens, u, from);
  return s && isPersonish(tokens, s) && isCapitalized(tokens[s.from]) ? s : undefined;
}

/**
 * Who speaks through a reporting verb in the infinitive at token `v` (`infinitiveSubject`), its
 * clause starting at `from`.
 *
 * @example
 * `The campaign denied it, with Kells taking to Twitter to call Ortiz “a fabulist.”` → Kells;
 * `Ortiz urged the board to call the vote “final.”` → undefined.
 */
export function infinitiveController(c: { tokens: Token[]; resolver: ResolveContext }, v: number, from: number): Speaker | undefined {
  const s = infinitiveSubject(c.tokens, v, from);
  return s ? resolvePhrase(c.resolver, s) : undefined;
}
