import { isSpeechVerb } from '../../quotes/index.ts';
import { CONJUNCTIONS } from '../lexicon.ts';
import { clauseSubject, isCapitalized, isVerbLeader, isWord } from '../noun-phrase.ts';
import { lower, reportsAt, type AttributionContext } from './context.ts';
import { openingSubject } from './opening-subject.ts';

/**
 * Where the clause holding token `i` starts, at or after `lo` (its sentence's start): after ";" or
 * after a conjunction that opens a new subject–verb clause, so that one sentence can give two
 * speakers.
 *
 * @example
 * `Trump called it an “excellent” conversation, while Putin found it “meaningful and frank.”` —
 * the second quote's clause starts at "Putin". But in `X said that A while B …` the conjunction
 * sits inside reported speech (`reportsBefore`), and the clause is the whole sentence — unless B
 * reports speech itself (`Lavrov suggested that …, while Zelensky said that the “…”`).
 */
export function clauseStart(c: AttributionContext, i: number, lo: number): number {
  const { tokens } = c;
  for (let b = i - 1; b > lo; b--) {
    const t = tokens[b]!;
    if (t.text === ';') return b + 1;
    if (isWord(t) && CONJUNCTIONS.has(lower(t)) && lower(t) !== 'and') {
      const s = openingSubject(c, b + 1, i) ?? clauseSubject(tokens, b + 1, i);
      // A clause that reports speech of its own ("…, while Zelensky said that …") starts here whatever came before.
      if (s && s.from === b + 1) return reportsBefore(c, b, lo) && !reportsOwn(c, s.to) ? lo : b + 1;
    }
  }
  return lo;
}

/** Is the subject ending before token `to` followed by a reporting verb ("Cruz said", "Cruz also argued")? */
function reportsOwn(c: AttributionContext, to: number): boolean {
  let v = to;
  while (isVerbLeader(c.tokens, v)) v++;
  return isWord(c.tokens[v]) && !/ing$/.test(lower(c.tokens[v])) && reportsAt(c, v);
}

/**
 * Is the conjunction at `b` inside speech reported by a verb before it?
 *
 * @example
 * `Peskov said that talks continue while the fighting goes on, calling it “normal”` — yes: the
 * "while" clause belongs to what Peskov said. Verbs that name rather than report ("called",
 * "described") never make it so.
 */
export function reportsBefore(c: AttributionContext, b: number, lo: number): boolean {
  const { tokens } = c;
  for (let k = b - 1; k >= lo; k--) {
    const t = tokens[k]!;
    if (isWord(t) && isSpeechVerb(t.text) && !/^(?:called|described|termed|labeled|labelled|branded|dubbed)$/.test(lower(t))) {
      const next = tokens[k + 1];
      return lower(next) === 'that' || (isWord(next) && !isCapitalized(next) ? false : true);
    }
  }
  return false;
}
