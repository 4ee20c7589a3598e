import { POSSESSIVE_PRONOUNS, SENTENCE_OPENERS } from '../lexicon.ts';
import { isCapitalized, isPossessive, isWord } from '../noun-phrase.ts';
import { resolvePronoun } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

const SAYING_NOUNS =
  /^(?:claims?|assertions?|statements?|insistence|arguments?|contention|promises?|pledges?|remarks?|comments?|suggestions?|warnings?|charges?|allegations?|boasts?|predictions?|descriptions?|words|vow|declaration|complaint|accusations?|broadside|call|slogan|mantra|catchphrase|catch-phrase|phrase|motto|refrain|dictum|maxim|watchword|credo|retort|quip|jab|denial|plea|demands?|conclusions?|assessments?|findings?|verdict|explanations?|characterizations?)$/;

/**
 * Words that open what a noun of saying says: "claim that …", "pledge to be …", "call for a …",
 * "broadside against …" (not "remarks about …", which says what they were about).
 */
const SAYING_LINK = /^(?:that|to|for|against)$/;

/** Nouns whose "of" names what is claimed ("assertion of a right"), not what the words were about. */
const CLAIMS_OF = /^(?:claims?|assertions?|accusations?|charges?|allegations?|denial|characterizations?)$/;

const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;

/** Nouns for a set phrase, which "is" links to the phrase itself: "Lee’s slogan is “…”". */
const SET_PHRASES = /^(?:slogan|mantra|catchphrase|catch-phrase|phrase|motto|refrain|dictum|maxim|watchword|credo)$/;

/** Prepositions opening a short phrase between a noun of saying and its "is": "catchphrase in that race was". */
const NOUN_TAIL = /^(?:in|during|against|to|for|at|on|from|since)$/;

/**
 * Past the words that may come between a noun of saying at `k` and its "is" or "was": a short
 * prepositional phrase (`Lee’s catchphrase in the 2010 race was that …`, `Lee’s dictum to his
 * interns was, “…”`) and a parenthesis (`Lee’s motto (borrowed from his father) was “…”`). Returns
 * the position of the "is" or "was", or undefined.
 */
function linkAfterNoun(c: AttributionContext, k: number): number | undefined {
  const { tokens } = c;
  let j = k + 1;
  if (isWord(tokens[j]) && NOUN_TAIL.test(lower(tokens[j]))) {
    let m = j + 1;
    while (m < tokens.length && m - j <= 6 && isWord(tokens[m]) && !/^(?:is|was)$/.test(lower(tokens[m]))) m++;
    if (m === j + 1 || m - j > 6) return undefined;
    j = m;
  }
  if (tokens[j]?.text === '(') {
    let m = j + 1;
    while (m < tokens.length && m - j <= 12 && tokens[m]!.text !== ')' && tokens[m]!.type !== 'quote') m++;
    if (tokens[m]?.text !== ')') return undefined;
    j = m + 1;
  }
  return /^(?:is|was)$/.test(lower(tokens[j])) ? j : undefined;
}

/**
 * Does what the noun of saying at `k` says begin after it? "claim that …", and "claim is that …",
 * "slogan was “…”" (not "comment was “racist”", a judgement of the comment), also with a short
 * phrase or a parenthesis before the "is" (`linkAfterNoun`: "catchphrase in that race was that …",
 * "dictum to his interns was, “…”").
 */
function opensSaying(c: AttributionContext, k: number): boolean {
  // ("his comment Monday that …": a day between the noun and what it says.)
  if (DAYS.test(lower(c.tokens[k + 1])) && lower(c.tokens[k + 2]) === 'that') return true;
  const next = lower(c.tokens[k + 1]);
  if (SAYING_LINK.test(next)) return true;
  // ("Obama's suggestion at a similarly timed debate that she was …": a short phrase before the "that".)
  if (NOUN_TAIL.test(next)) {
    for (let m = k + 2; m < c.tokens.length && m - k <= 7 && isWord(c.tokens[m]); m++) if (lower(c.tokens[m]) === 'that') return m > k + 2;
  }
  // "Ortiz’s assertion of a “right to know”", "his charge of “voter fraud”": what is claimed, named.
  if (next === 'of' && CLAIMS_OF.test(lower(c.tokens[k]))) return true;
  const link = linkAfterNoun(c, k);
  if (link === undefined) return false;
  if (lower(c.tokens[link + 1]) === 'that') return true;
  // ("Lee’s motto was, “…”": a comma or a colon may lead into the set phrase.)
  const quoteAt = /^[,:]$/.test(c.tokens[link + 1]?.text ?? '') ? link + 2 : link + 1;
  return SET_PHRASES.test(lower(c.tokens[k])) && c.tokens[quoteAt]?.type === 'quote';
}

/**
 * A quote inside what a noun of saying says, the noun owned by a possessive (with up to three
 * modifiers between them): the owner is the speaker. A quote between the possessive and the noun
 * (`Romney’s “47 percent” comment`) is the owner's too.
 * Returns the speaker and the position of the noun, so the caller can prefer a nearer verb (a verb
 * before the noun gives way to it when what the noun says is a phrase, "call for …", "pledge to …":
 * `The mayor blasted Ortiz’s call for a “…”` → Ortiz).
 *
 * @example
 * `Fact-checkers pounced on Trump’s claim that the city had seen “record crime”` → Trump;
 * `the uproar over Zelensky’s repeated pledge to hold a “fair” election` → Zelensky; `Putin’s
 * “special operation” remark` → Putin; `Ortiz’s main claim is that the board is a “sham”`, `Lee’s
 * campaign slogan is “…”` → Ortiz, Lee (`opensSaying`); `Ortiz stood by his remark Tuesday that
 * “…”` → Ortiz (a possessive pronoun, for the one it stands for).
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
    if (!isWord(t) || !SAYING_NOUNS.test(lower(t)) || !opensSaying(c, k)) continue;
    // "Ortiz’s oft-repeated campaign assertion that": the possessive, then a few lowercase modifiers.
    let p = k - 1;
    while (p > from && k - p <= 3 && isWord(tokens[p]) && !isPossessive(tokens[p]!) && !POSSESSIVE_PRONOUNS[lower(tokens[p])] && /^\p{Ll}[\p{L}-]*$/u.test(tokens[p]!.text)) p--;
    const owner = tokens[p];
    // "Ortiz stood by his comment that …": a possessive pronoun for the one it stands for.
    const pronoun = POSSESSIVE_PRONOUNS[lower(owner)];
    if (pronoun && p >= from) {
      // (Not when the name nearest before it in its sentence is a place: in "His standing rose after the
      // attack in Akron and his call for …" Akron is no antecedent.)
      const sentence = tokens[p]!.sentence;
      const near = c.resolver.index.mentions.findLast((m) => m.sentence === sentence && m.to <= p);
      if (near && /^(?:in|at|from|near|outside)$/.test(lower(tokens[near.from - 1]))) continue;
      const speaker = resolvePronoun(c.resolver, pronoun, p);
      if (speaker) return { speaker, at: k };
      continue;
    }
    if (!owner || !isWord(owner) || !isPossessive(owner)) continue;
    const speaker = ownerOf(c, p, from);
    if (speaker) return { speaker, at: k };
  }
  return undefined;
}

/** The one named by the possessive at `p`, with the capitalised words before it ("Sen. Bernie Sanders’s", not "But"). */
function ownerOf(c: AttributionContext, p: number, from: number): Speaker | undefined {
  let k = p;
  while (k > from && p - k < 5 && isCapitalized(c.tokens[k - 1]) && !isPossessive(c.tokens[k - 1]!)) k--;
  while (k < p && SENTENCE_OPENERS.has(lower(c.tokens[k])) && !/^(?:the|a|an)$/.test(lower(c.tokens[k]))) k++;
  return resolve(c, { from: k, to: p + 1 });
}
