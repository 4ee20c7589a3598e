import { isCapitalized, isPossessive, isWord } from '../noun-phrase.ts';
import { resolvePronoun } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** What someone writes or publishes, quoted after a colon: "Walsh’s Facebook post: “…”". */
const DOCUMENT_NOUNS =
  /^(?:posts?|tweets?|statements?|accounts?|page|feed|website|site|blog|letter|e-?mails?|messages?|release|video|speech|remarks|testimony|filing|memo|op-ed|essay|column|book|memoir|transcript|interview|announcement|newsletter|note|notes)$/;

/** Words the clause may open with before the owner: "From Walsh’s post:", "In her letter:", "Read Lee’s statement:". */
const OPENERS = /^(?:from|in|on|via|read|here|here's|here’s|is|an|the|and|but|excerpt|excerpts)$/;

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

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
  // The owner's name: the capitalised words before the possessive.
  let from = p;
  if (!pronoun) while (from > lo && p - from < 4 && isCapitalized(tokens[from - 1]) && !OPENERS.test(lower(tokens[from - 1]))) from--;
  if (!pronoun && !isCapitalized(tokens[from])) return undefined;
  // Only an opener or two may come before it in the clause.
  if (from - lo > 2 || tokens.slice(lo, from).some((t) => !isWord(t) || !OPENERS.test(lower(t)))) return undefined;
  return pronoun ? resolvePronoun(c.resolver, pronoun, p) : resolve(c, { from, to: p + 1 });
}
