import { isCapitalized, isPossessive, isWord, type Range } from '../noun-phrase.ts';
import type { Token } from '../tokens.ts';
import { POSSESSIVE_PRONOUNS } from '../lexicon.ts';
import { resolvePronoun } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** What someone writes or publishes, quoted after a colon: "Walsh’s Facebook post: “…”". */
export const DOCUMENT_NOUNS =
  /^(?:posts?|tweets?|statements?|accounts?|page|feed|website|site|blog|letter|e-?mails?|messages?|release|video|speech|remarks|testimony|filing|memo|op-ed|essay|column|book|memoir|transcript|interview|announcement|newsletter|note|notes)$/;

/** Words the clause may open with before the owner: "From Walsh’s post:", "In her letter:", "Read Lee’s statement:". */
const OPENERS = /^(?:from|in|on|via|read|here|here's|here’s|is|an|the|and|but|excerpt|excerpts)$/;

/** Where an owner's name ends in the possessive at `p` begins: up to three capitalised words before it ("Gov. Tom Walsh’s"). */
function ownerNameStart(tokens: readonly Token[], p: number, lo: number): number {
  let from = p;
  while (from > lo && p - from < 4 && isCapitalized(tokens[from - 1]) && !OPENERS.test(lower(tokens[from - 1]))) from--;
  return from;
}

/**
 * A clause before the colon that is someone's own document, the quote its text: the owner is the
 * speaker. The clause is the document and no more (a preposition may open it), so "Critics of
 * Walsh’s post:" names no one this way. Between the possessive and the noun may stand a platform
 * or a few modifiers ("Facebook", "official campaign").
 *
 * @example
 * `From Walsh’s Facebook post: “…”` → Walsh; `Lee’s statement: “…”` → Lee; `In his letter: “…”` →
 * the one "his" stands for; `The post: “…”` → nothing (no owner).
 */
export function ownedDocument(c: AttributionContext, colon: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  const noun = tokens[colon - 1];
  if (!isWord(noun) || !DOCUMENT_NOUNS.test(lower(noun))) return undefined;
  // The platform or modifiers: up to three words, none a possessive.
  let p = colon - 2;
  while (p >= lo && colon - 1 - p <= 3 && isWord(tokens[p]) && !isPossessive(tokens[p]!) && !POSSESSIVE_PRONOUNS[lower(tokens[p])]) p--;
  const owner = tokens[p];
  if (p < lo || !isWord(owner)) return undefined;
  const pronoun = POSSESSIVE_PRONOUNS[lower(owner)];
  if (!pronoun && !isPossessive(owner)) return undefined;
  const from = pronoun ? p : ownerNameStart(tokens, p, lo);
  if (!pronoun && !isCapitalized(tokens[from])) return undefined;
  // Only an opener or two may come before it in the clause.
  if (from - lo > 2 || tokens.slice(lo, from).some((t) => !isWord(t) || !OPENERS.test(lower(t)))) return undefined;
  return pronoun ? resolvePronoun(c.resolver, pronoun, p) : resolve(c, { from, to: p + 1 });
}

/**
 * The owner's name when the phrase opens with someone's document ("Walsh’s weekly letter to his
 * volunteers" → "Walsh’s"): the one a verb of saying after it reports ("… notes that …").
 */
export function documentOwner(tokens: readonly Token[], r: Range): Range | undefined {
  let p = r.from;
  while (p < r.to && p - r.from < 4 && isCapitalized(tokens[p]) && !isPossessive(tokens[p]!)) p++;
  if (p >= r.to || !isCapitalized(tokens[p]) || !isPossessive(tokens[p]!)) return undefined;
  let k = p + 1;
  while (k < r.to && k - p <= 2 && isWord(tokens[k]) && !DOCUMENT_NOUNS.test(lower(tokens[k])) && /^\p{Ll}[\p{L}-]*$/u.test(tokens[k]!.text)) k++;
  return k < r.to && isWord(tokens[k]) && DOCUMENT_NOUNS.test(lower(tokens[k])) ? { from: r.from, to: p + 1 } : undefined;
}

/** Prepositions that hang an addressee or a topic on a document: "Lowe’s note to the board". ("A letter from Lowe" names its author.) */
const ADDRESSING = /^(?:to|for|on|about)$/;

/**
 * The speaker when the phrase found before a verb of saying is only the addressee or the topic of
 * a document: in `Lowe’s note to the board says …` the board is written to, and the note speaks
 * for its owner. `speaker` is the owner (a name before a possessive, or the one "his" stands for),
 * or null when the document has none (no one, rather than its addressee); undefined when the
 * phrase `r` hangs from no document.
 *
 * @example
 * `Tom Lowe’s memo to council members says …` → Tom Lowe; `His note to the board says …` → the
 * one "his" stands for; `A memo to staff members says …` → null; `Officials say …` → undefined.
 */
export function addressedDocument(c: AttributionContext, r: Range, from: number): { speaker: Speaker | null } | undefined {
  const { tokens } = c;
  const preposition = r.from - 1;
  const noun = preposition - 1;
  if (noun < from || !isWord(tokens[preposition]) || !ADDRESSING.test(lower(tokens[preposition]))) return undefined;
  if (!isWord(tokens[noun]) || !DOCUMENT_NOUNS.test(lower(tokens[noun]))) return undefined;
  // Back over up to three modifiers ("weekly", "campaign") to the owner, or to an article and no owner.
  let p = noun - 1;
  while (p >= from && noun - p <= 3 && isWord(tokens[p]) && !isPossessive(tokens[p]!) && !POSSESSIVE_PRONOUNS[lower(tokens[p])] && !/^(?:the|a|an|this|that)$/i.test(tokens[p]!.text)) p--;
  const owner = tokens[p];
  if (p < from || !isWord(owner)) return { speaker: null };
  const pronoun = POSSESSIVE_PRONOUNS[lower(owner)];
  if (pronoun) return { speaker: resolvePronoun(c.resolver, pronoun, p) ?? null };
  if (!isPossessive(owner) || !isCapitalized(owner)) return { speaker: null };
  return { speaker: resolve(c, { from: ownerNameStart(tokens, p, from), to: p + 1 }) ?? null };
}
