import { isCapitalized, isPossessive, isWord } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

const SAYING_NOUNS =
  /^(?:claims?|assertions?|statements?|insistence|arguments?|contention|promises?|pledges?|remarks?|comments?|suggestions?|warnings?|charges?|allegations?|boasts?|predictions?|descriptions?|words|vow|declaration|complaint|accusations?|broadside|call|slogan|mantra|catchphrase|motto|refrain|retort|quip|jab|denial|plea|demands?)$/;

/**
 * Words that open what a noun of saying says: "claim that …", "pledge to be …", "call for a …",
 * "broadside against …" (not "remarks about …", which says what they were about).
 */
const SAYING_LINK = /^(?:that|to|for|against)$/;

/**
 * A quote inside what a noun of saying says, the noun owned by a possessive (with up to three
 * modifiers between them): the owner is the speaker. A quote between the possessive and the noun
 * (`Romney’s “47 percent” comment`) is the owner's too.
 * Returns the speaker and the position of the noun, so the caller can prefer a nearer verb.
 *
 * @example
 * `Politifact seized on Trump’s claim that there have been “thousands of shootings”` → Trump;
 * `the uproar over Zelensky’s repeated pledge to hold a “fair” election` → Zelensky; `Putin’s
 * “special operation” remark` → Putin.
 */
export function claimOwner(c: AttributionContext, i: number, from: number): { speaker: Speaker; at: number } | undefined {
  const { tokens } = c;
  const before = tokens[i - 1];
  if (isWord(before) && isPossessive(before) && isWord(tokens[i + 1]) && SAYING_NOUNS.test(lower(tokens[i + 1]))) {
    const speaker = ownerOf(c, i - 1, from);
    if (speaker) return { speaker, at: i + 1 };
  }
  for (let k = i - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || /^[;:]$/.test(t.text)) return undefined;
    if (!isWord(t) || !SAYING_NOUNS.test(lower(t)) || !SAYING_LINK.test(lower(tokens[k + 1]))) continue;
    // "Trump’s recent evidence-free assertion that": the possessive, then a few lowercase modifiers.
    let p = k - 1;
    while (p > from && k - p <= 3 && isWord(tokens[p]) && !isPossessive(tokens[p]!) && /^\p{Ll}[\p{L}-]*$/u.test(tokens[p]!.text)) p--;
    const owner = tokens[p];
    if (!owner || !isWord(owner) || !isPossessive(owner)) continue;
    const speaker = ownerOf(c, p, from);
    if (speaker) return { speaker, at: k };
  }
  return undefined;
}

/** The one named by the possessive at `p`, with the capitalised words before it ("Sen. Bernie Sanders’s"). */
function ownerOf(c: AttributionContext, p: number, from: number): Speaker | undefined {
  let k = p;
  while (k > from && p - k < 5 && isCapitalized(c.tokens[k - 1]) && !isPossessive(c.tokens[k - 1]!)) k--;
  return resolve(c, { from: k, to: p + 1 });
}
