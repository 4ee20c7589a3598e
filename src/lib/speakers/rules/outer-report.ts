import { isCapitalized, isWord, leftSubject, rightSubject, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { accordingTo } from './according-to.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** Verbs by which a source reports a whole sentence: "…, CNN reported." */
const REPORTED = /^(?:reported|reports)$/;

/** Words that may open a sentence before "According to …" or "As … reported": "But according to …". */
const OPENER = /^(?:but|and|yet|still|however|meanwhile|now)$/;

/** Does the phrase name someone by a proper name ("CNN", "the Las Vegas Sun"), not a document ("a pool report", "the transcript")? */
function isNamed(c: AttributionContext, r: Range | undefined): r is Range {
  if (!r) return false;
  const words = c.tokens.slice(r.from, r.to);
  if (/^(?:a|an)$/i.test(words[0]?.text ?? '')) return false;
  return words.some((w) => isCapitalized(w) && !/^(?:The|A|An)$/.test(w.text));
}

/** The end of the phrase that opens at `from` and runs to the next comma, within the sentence ending before `hi`. */
function toComma(c: AttributionContext, from: number, hi: number): number | undefined {
  for (let k = from; k < hi && k - from < 12; k++) {
    const t = c.tokens[k]!;
    if (t.text === ',') return k;
    if (t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * A source named as reporting the whole sentence: "According to X, …" or "As X reported, …"
 * opening it, ", according to X" or ", X reported" closing it (or standing between commas). The
 * words of the sentence are then X's report. The attribution rules give X a quote in them only
 * when the sentence names no one else for it (`According to Radio Meridian, the budget was “…”`):
 * quoted words with a speaker of their own stay that speaker's, relayed by X (news attribution
 * corpora such as PolNeAR annotate the outer source instead). Only a proper name counts as X
 * ("according to CNN", "the Orlando Tribune reported"), not a document ("according to a pool
 * report", "according to the transcript"); a closing "as reported by X" leaves the quote to the one
 * the sentence quotes.
 *
 * @example
 * `“We will appeal,” Dana Kells said Monday, according to the Tulsa Ledger.` → Tulsa Ledger;
 * `According to Channel 9, Ortiz said the plan was “dead on arrival.”` → Channel 9;
 * `Ortiz pledged to “fix the roads,” the Harbor Gazette reported.` → Harbor Gazette;
 * `“We will appeal,” Kells said, according to a court filing.` → undefined.
 */
export function outerReport(c: AttributionContext, i: number): Speaker | undefined {
  const { tokens, sentenceStart, sentenceEnd } = c;
  const q = tokens[i]!;
  const lo = sentenceStart.get(q.sentence)!;
  const hi = sentenceEnd.get(q.sentence)!;
  return resolve(c, opening(c, i, lo, hi) ?? closing(c, i, hi));
}

/** "According to X, …", "As X reported, …", "As reported by X, …" opening the sentence before the quote at `i`. */
function opening(c: AttributionContext, i: number, lo: number, hi: number): Range | undefined {
  const { tokens } = c;
  let k = lo;
  if (OPENER.test(lower(tokens[k]))) k += tokens[k + 1]?.text === ',' ? 2 : 1;
  if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') {
    const comma = toComma(c, k + 2, i);
    const r = comma === undefined ? undefined : accordingTo(c, k + 1, comma);
    return isNamed(c, r) ? r : undefined;
  }
  if (lower(tokens[k]) !== 'as') return undefined;
  const comma = toComma(c, k + 1, i);
  if (comma === undefined) return undefined;
  // "As reported by X, …"
  if (REPORTED.test(lower(tokens[k + 1])) && lower(tokens[k + 2]) === 'by') {
    const r = rightSubject(tokens, k + 2, comma);
    return isNamed(c, r) ? r : undefined;
  }
  // "As X reported, …", "As X put it, …"
  for (let v = k + 2; v < comma; v++) {
    const put = lower(tokens[v]) === 'put' && lower(tokens[v + 1]) === 'it';
    if (!REPORTED.test(lower(tokens[v])) && !put) continue;
    const r = leftSubject(tokens, v, k + 1);
    return r && r.from === k + 1 && isNamed(c, r) ? r : undefined;
  }
  return undefined;
}

/** ", according to X", ", X reported" or ", reported X" after the quote at `i`, in its sentence (ending before `hi`). */
function closing(c: AttributionContext, i: number, hi: number): Range | undefined {
  const { tokens } = c;
  for (let v = i + 1; v < hi; v++) {
    const t = tokens[v]!;
    // (A quote after it is one the report leads into: "CNN reported: “…”".)
    if (t.type === 'quote') return undefined;
    if (!isWord(t)) continue;
    if (lower(t) === 'according' && lower(tokens[v + 1]) === 'to') {
      // Closing the sentence or set off by commas: "…, according to CNN." / "…, according to Reuters, during …".
      let end = v + 2;
      while (end < hi && tokens[end]!.text !== ',' && !/^[.;!?]$/.test(tokens[end]!.text) && tokens[end]!.type !== 'quote') end++;
      const r = accordingTo(c, v + 1, end);
      if (isNamed(c, r)) return r;
      continue;
    }
    if (!REPORTED.test(lower(t))) continue;
    const prev = tokens[v - 1];
    const inverted = prev?.text === ',' || prev?.type === 'quote';
    if (!inverted && !isCapitalized(prev)) continue;
    if (!closesSentence(c, v, hi)) return undefined;
    // ", reported the Washington Examiner."
    if (inverted) {
      const r = rightSubject(tokens, v, hi);
      if (isNamed(c, r)) return r;
      continue;
    }
    // ", CNN reported."
    const s = leftSubject(tokens, v, i + 1);
    const lead = s ? tokens[s.from - 1] : undefined;
    if (s && (lead?.text === ',' || lead?.type === 'quote') && isNamed(c, s)) return s;
  }
  return undefined;
}

/** Do only a few words of time or place follow the reporting verb at `v` before the sentence ends at `hi` ("reported Monday", "reported in 1991")? */
function closesSentence(c: AttributionContext, v: number, hi: number): boolean {
  const rest = c.tokens.slice(v + 1, hi).filter((t) => !/^[.!?]$/.test(t.text));
  return rest.length <= 8 && !rest.some((t) => t.type === 'quote' || t.text === ':' || lower(t) === 'that');
}
