import type { Speaker } from '../speaker.ts';
import type { Gender } from '../mentions.ts';
import { isCapitalized } from '../noun-phrase.ts';
import { lower, resolve, type AttributionContext, type Found } from './context.ts';
import { leadsIntoNext } from './tail-attribution.ts';

const CONTINUES = /^(?:added|adds|continued|continues|went|goes)$/;
const REPLIES = /^(?:replied|replies|responded|responds|answered|answers|countered|counters|retorted|shot|fired|interjected)$/;

/** The pronoun and verb that attribute the quote at token `i` ("“…,” he added" or "She replied: “…”"), if any. */
function pronounAttribution(c: AttributionContext, i: number): { pronoun: string; verb: string } | undefined {
  const t = c.tokens;
  let j = i + 1;
  while (t[j] && /^[,—–-]$/.test(t[j]!.text)) j++;
  // After a quote closed by a full stop only a bare "He added." attributes it; "He added that …" goes on with the story.
  // (So too a capitalised pronoun after "!" or "?": “…!” She replied to him that … starts a new sentence.)
  const ending = c.quotes[t[i]!.quote!]!.text.trimEnd();
  const closed = /\.$/.test(ending) || (/[!?]$/.test(ending) && /^(?:He|She)$/.test(t[j]?.text ?? ''));
  // (“….” He added, “…”: a new sentence leading into the next quote is that quote's, `leadsIntoNext`.)
  if (t[j] && /^(?:he|she)$/i.test(t[j]!.text) && t[j + 1] && !t[j]!.paragraphStart && (!closed || /^[.,]$/.test(t[j + 2]?.text ?? '.')) && !leadsIntoNext(c, i, j)) {
    return { pronoun: lower(t[j]), verb: lower(t[j + 1]) };
  }
  let k = i - 1;
  while (t[k] && /^[,:]$/.test(t[k]!.text)) k--;
  // (Only a pronoun that opens its clause: in "Trump said he responded: “…”" the reply is the named subject's.)
  const before = t[k - 2];
  const opens = !before || before.sentence !== t[k - 1]?.sentence || before.type !== 'word' || /^(?:and|but|then|so)$/i.test(before.text);
  if (t[k - 1] && /^(?:he|she)$/i.test(t[k - 1]!.text) && t[k]!.sentence === t[i]!.sentence && opens) return { pronoun: lower(t[k - 1]), verb: lower(t[k]) };
  return undefined;
}

/** Whom the quote `k` was said to: `“…,” Jones told Smith` → Smith. */
function addressee(c: AttributionContext, k: number): Speaker | undefined {
  const i = c.tokenOf.get(k);
  if (i === undefined) return undefined;
  const end = c.sentenceEnd.get(c.tokens[i]!.sentence)!;
  for (let v = i + 1; v < end; v++) {
    if (!/^(?:told|asked|tells|asks)$/.test(lower(c.tokens[v]))) continue;
    let j = v + 1;
    while (j < end && isCapitalized(c.tokens[j])) j++;
    return j > v + 1 ? resolve(c, { from: v + 1, to: j }) : undefined;
  }
  return undefined;
}

/**
 * In a passage where several people speak, "he added" continues the last speaker and "she
 * replied" hands the floor to the one before: the speaker is taken from the conversation rather
 * than from the nearest name (or to the one just spoken to: "told Smith"). Only speakers of quotes within the last two paragraphs count, and
 * only ones whose known gender fits the pronoun. After a quote closed by a full stop, "He added, “…”"
 * leads into the next quote and leaves this one to its own attribution.
 *
 * @example
 * `“We will not pay,” Smith said. “It is unfair,” Jones said. “Nor should we,” he added.` → Jones;
 * `“You will,” Jones told Smith. “Never,” he replied.` → Smith when Smith spoke before Jones.
 */
export function turnTaking(c: AttributionContext, k: number, found: readonly (Found | undefined)[], genderOf: (s: Speaker) => Gender): Speaker | undefined {
  const i = c.tokenOf.get(k);
  if (i === undefined) return undefined;
  const a = pronounAttribution(c, i);
  if (!a) return undefined;
  const replies = REPLIES.test(a.verb);
  if (!replies && !CONTINUES.test(a.verb)) return undefined;
  const here = c.tokens[i]!;
  // ("When pressed on how she could be so certain, she replied: “…”": a reply to an unnamed questioner
  // leaves the floor with the one questioned.)
  const opening = c.tokens.slice(c.sentenceStart.get(here.sentence)!, i).map((t) => lower(t));
  if (replies && /^(?:when|after|asked|pressed|questioned)$/.test(opening[0] ?? '') && opening.slice(0, 3).some((w) => /^(?:asked|pressed|questioned|challenged)$/.test(w))) return undefined;
  const fits = (s: Speaker) => {
    const g = genderOf(s);
    return g === 'unknown' || g === a.pronoun;
  };
  const previous: Speaker[] = [];
  for (let p = k - 1; p >= 0; p--) {
    const pt = c.tokens[c.tokenOf.get(p) ?? -1];
    if (!pt || here.paragraph - pt.paragraph > 2) break;
    const s = found[p]?.speaker;
    if (s && !previous.some((x) => x.name === s.name)) previous.push(s);
  }
  if (previous.length === 0) return undefined;
  const spokenTo = replies ? addressee(c, k - 1) : undefined;
  const candidates = replies ? [...(spokenTo && spokenTo.name !== previous[0]!.name ? [spokenTo] : []), ...previous.slice(1)] : previous;
  return candidates.find(fits);
}
