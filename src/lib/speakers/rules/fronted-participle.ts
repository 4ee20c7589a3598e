import { isPersonish, isWord } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, resolveStrict, type AttributionContext } from './context.ts';
import { openingSubject } from './opening-subject.ts';

/** Words that may open a participle phrase set before the main clause: "After spending …", "While arguing …". */
const PHRASE_OPENERS = /^(?:after|before|while|when|since|despite|without|upon|by|in|following|but|and)$/i;

/** Verbs of arguing that are no verbs of saying: "bickering over whether …". */
const ARGUING = /^(?:bicker|argu|debat|quarrel|squabbl|spar|feud|wrangl|clash)/;

/**
 * A quote inside a participle phrase that opens the sentence, the phrase about saying or arguing:
 * the participle has no subject of its own, so the main clause's subject, after the phrase's comma,
 * is the one arguing.
 *
 * @example
 * `After spending the week arguing over whether the mayor was “qualified” to lead, Dana Kells on
 * Monday attacked the plan.` → Dana Kells (not the mayor, the subject of the quote's own clause).
 */
export function frontedParticipleSubject(c: AttributionContext, i: number): Speaker | undefined {
  const { tokens, sentenceStart, sentenceEnd } = c;
  const q = tokens[i]!;
  const lo = sentenceStart.get(q.sentence)!;
  const hi = sentenceEnd.get(q.sentence)!;
  let k = lo;
  while (k < i && k - lo < 2 && isWord(tokens[k]) && PHRASE_OPENERS.test(tokens[k]!.text) && !/ing$/i.test(tokens[k]!.text)) k++;
  if (!isWord(tokens[k]) || !/ing$/i.test(tokens[k]!.text) || k - lo > 2) return undefined;
  let argues = false;
  for (let u = k; u < i; u++) {
    const t = tokens[u]!;
    if (t.type === 'quote' || /^[,;:.!?—–]$/.test(t.text)) return undefined;
    if (isWord(t) && (ARGUING.test(lower(t)) || reportsAt(c, u))) argues = true;
  }
  if (!argues) return undefined;
  // The comma closing the phrase: inside the quote's marks (`calling it “a fraud,” Kells …`) or after it.
  let comma = /,\s*["”]?$/.test(c.quotes[q.quote!]!.text) ? i : -1;
  for (let u = i + 1; comma < 0 && u < hi && u - i < 20; u++) {
    const t = tokens[u]!;
    if (t.type === 'quote' || /^[;:.!?]$/.test(t.text)) return undefined;
    if (t.text === ',') comma = u;
  }
  if (comma < 0) return undefined;
  const s = openingSubject(c, comma + 1, hi);
  return s && isPersonish(tokens, s) ? resolveStrict(c, s) : undefined;
}
