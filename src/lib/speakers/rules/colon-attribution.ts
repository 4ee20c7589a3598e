import { hasHead, isCapitalized, isPersonish, isWord, leftSubject, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import type { Token } from '../tokens.ts';
import { ROLE_WORDS } from '../lexicon.ts';
import { lower, reportsAt, resolve, resolveStrict, type AttributionContext } from './context.ts';
import { ownedDocument } from './owned-document.ts';

/** Marks that set a name off from what comes before it in digests and lists: a dash, a closing bracket, a bullet. */
const LEAD_MARK = /^[-—–―\])|•·]$/;

/** A word of a name in a byline or digest entry: "Mark", "P.", "de", "HuffPollster"; "and" joins two names. */
const isNameWord = (t: Token | undefined) => isWord(t) && (isCapitalized(t) || /^(?:and|&|de|van|von|al|bin|del|la)$/.test(t.text));

/**
 * A name and a colon before the quote at token `i`, its sentence starting at `lo`: the name
 * opening the sentence, or set off by a dash or a bracket as digests and newsletters write it
 * (`POLLS TIGHTEN - Jon Cohen: “…”`, `… [Gallup.] More from Cohen and Dutton: “…”`).
 * Of two names joined by "and" the first is taken, as a byline lists its lead author first.
 *
 * @example
 * `Foreign Minister Sergei Lavrov: “…”` → Sergei Lavrov; `POLLS SHOW A TIGHT RACE - Jon Cohen and
 * Sarah Dutton: “…”` → Jon Cohen. A phrase that names no one (`The result: “…”`) or a headline in
 * capitals (`SENATE RACE TIGHTENS - NEW POLL: “…”`) gives nothing. Someone's own document before the
 * colon names its owner (`ownedDocument`: `From Walsh’s Facebook post: “…”` → Walsh).
 */
export function colonAttribution(c: AttributionContext, i: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  const colon = i - 1;
  if (tokens[colon]?.text !== ':') return undefined;
  const owned = ownedDocument(c, colon, lo);
  if (owned) return owned;
  const asker = passiveAsker(c, colon, lo);
  if (asker) return asker;
  const r = leftSubject(tokens, colon, lo);
  if (r && r.from === lo && hasHead(tokens, r) && isPersonish(tokens, r)) return resolve(c, r);
  const led = ledName(tokens, colon, lo);
  if (led && isPersonish(tokens, led)) return resolve(c, led);
  return titledNameBeforeColon(c, colon, lo);
}

/**
 * A person named with a role word ending the clause before the colon, when no reporting verb
 * precedes it (that verb's subject would be the speaker: `Trump told Kremlin aide Yuri Ushakov: “…”`).
 *
 * @example
 * `The size of the swing doesn’t surprise local pollster Maria Lindqvist: “…”` → Maria Lindqvist.
 */
function titledNameBeforeColon(c: AttributionContext, colon: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  let from = colon;
  while (from > lo && colon - from < 4 && isCapitalized(tokens[from - 1])) from--;
  const role = tokens[from - 1];
  if (colon - from < 2 || !tokens.slice(from, colon).every((w) => /\p{Ll}/u.test(w.text)) || !isWord(role) || isCapitalized(role) || !ROLE_WORDS.has(lower(role)) || /^(?:the|a|an)$/.test(lower(role))) return undefined;
  for (let v = lo; v < from; v++) if (tokens[v]!.type === 'quote' || reportsAt(c, v)) return undefined;
  return resolveStrict(c, { from, to: colon });
}

/** The name ending before `colon` that opens the sentence or follows a dash, a bracket or "More from"; the first of two. */
function ledName(tokens: Token[], colon: number, lo: number): Range | undefined {
  let from = colon;
  while (from > lo && colon - from < 8 && isNameWord(tokens[from - 1])) from--;
  if (from === colon) return undefined;
  const before = tokens[from - 1];
  const led =
    from === lo ||
    (before !== undefined && LEAD_MARK.test(before.text)) ||
    (lower(before) === 'from' && lower(tokens[from - 2]) === 'more' && (from - 2 === lo || LEAD_MARK.test(tokens[from - 3]?.text ?? '')));
  if (!led) return undefined;
  let to = from;
  while (to < colon && !/^(?:and|&)$/.test(tokens[to]!.text)) to++;
  const words = tokens.slice(from, to);
  // A name has a capitalised word with small letters ("AP" alone is one too); a headline in capitals does not.
  if (words.length === 0 || !isCapitalized(words[0]) || (words.length > 1 && !words.some((w) => /\p{Ll}/u.test(w.text)))) return undefined;
  return { from, to };
}

/**
 * The agent of a passive verb of asking that leads into the quote: the one who asks.
 *
 * @example
 * `Lewandowski was asked the following question by anchor Hallie Jackson: “…?”` → Hallie Jackson.
 */
function passiveAsker(c: AttributionContext, colon: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  let by = colon - 1;
  while (by > lo && colon - by <= 6 && lower(tokens[by]) !== 'by') by--;
  if (lower(tokens[by]) !== 'by' || by + 1 >= colon) return undefined;
  for (let v = by - 1; v > lo && by - v <= 6; v--) {
    if (/^(?:asked|questioned|pressed|challenged|quizzed)$/.test(lower(tokens[v])) && /^(?:was|were|is|are|been|being)$/.test(lower(tokens[v - 1]))) {
      return resolveStrict(c, { from: by + 1, to: colon });
    }
  }
  return undefined;
}
