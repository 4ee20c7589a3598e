import { isCoreSpeechVerb } from '../../quotes/index.ts';
import { isInverting, isPersonish, isWord, leftSubject, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, resolve, type AttributionContext } from './context.ts';

/**
 * Who reports a sentence: the subject of its first plain reporting verb ("said", "told", "added",
 * not "called it …"), wherever the verb stands, the closing `…, Schiff said.` included. A sentence
 * of paraphrase with its attribution at the end is that person's, even when its own first subject
 * is someone else ("The council may be slow …, Schiff said."), and the quote standing
 * alone after it goes on in the same voice. Only a subject naming a person or a body counts; a
 * verb after "who" (a relative clause about someone else) does not, and one in a fronted clause of
 * time naming no one (`After the hearing concluded, Ruiz said …`) is read past.
 *
 * @example
 * `The council may be slow to act, Schiff said. “The other problem …”` → Schiff
 * `Mr. Ruiz, the county clerk, told reporters the count would end Friday. “We are on schedule.”` → Ruiz
 */
export function sentenceReporter(c: AttributionContext, sentence: number): Speaker | undefined {
  const { tokens, sentenceStart, sentenceEnd } = c;
  const lo = sentenceStart.get(sentence);
  if (lo === undefined) return undefined;
  const hi = sentenceEnd.get(sentence)!;
  for (let v = lo; v < hi; v++) {
    const t = tokens[v]!;
    if (!isWord(t) || /ing$/.test(lower(t)) || !isCoreSpeechVerb(t.text) || /^(?:called|calls|call|described|describes)$/.test(lower(t)) || !reportsAt(c, v)) continue;
    if (lower(tokens[v - 1]) === 'who') return undefined;
    const before = tokens[v - 1];
    // (Inverted after a comma or a quote, or opening the sentence: "Stated Stone:" on the line before the quote.)
    const r = isInverting(t) && (v === lo || before?.text === ',' || before?.type === 'quote') ? rightSubject(tokens, v, hi) : leftSubject(tokens, v, lo);
    if (!r || /^(?:who|which|that)$/.test(lower(tokens[r.from]))) return undefined;
    if (isPersonish(tokens, r)) return resolve(c, r);
    // ("On the radio, once the debate concluded, Ruiz said …": a verb in a fronted clause of time, naming no
    // one, leaves the sentence to the main clause's verb.)
    if (!frontedClause(c, lo, v)) return undefined;
  }
  return undefined;
}

/** Words opening a clause of time or condition put before the main clause. */
const FRONTING = /^(?:after|when|as|before|once|while|since|although|though|until|if|because)$/;

/** Is token `v` inside a clause of time or condition that opens its sentence (at `lo`) and ends with a comma? */
function frontedClause(c: AttributionContext, lo: number, v: number): boolean {
  const { tokens } = c;
  let k = v - 1;
  while (k >= lo && tokens[k]!.text !== ',' && !FRONTING.test(lower(tokens[k]))) k--;
  if (k < lo || !FRONTING.test(lower(tokens[k]))) return false;
  // The clause opens the sentence, perhaps after a fronted phrase and its comma ("On the radio, once …").
  if (k !== lo && tokens[k - 1]?.text !== ',') return false;
  let e = v + 1;
  while (e < v + 12 && tokens[e] && tokens[e]!.sentence === tokens[v]!.sentence && tokens[e]!.text !== ',') e++;
  return tokens[e]?.text === ',';
}
