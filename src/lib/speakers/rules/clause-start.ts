import { isSpeechVerb } from '../../quotes/index.ts';
import { CONJUNCTIONS } from '../lexicon.ts';
import { clauseSubject, isCapitalized, isPersonish, isVerbLeader, isWord } from '../noun-phrase.ts';
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
  const main = frontedContrast(c, i, lo);
  for (let b = i - 1; b > (main ?? lo); b--) {
    const t = tokens[b]!;
    if (t.text === ';') return b + 1;
    // "The stereotype ignored history — Ann Ortiz cites the strike, “…” and the vote as proof —": a clause
    // set off by a dash, opening with a person's name and its verb.
    if (/^[—–]$/.test(t.text) && b + 1 < i) {
      const s = openingSubject(c, b + 1, i);
      if (s && s.from === b + 1 && isPersonish(tokens, s) && !tokens.slice(s.to, i).some((w) => /^[—–]$/.test(w.text))) return b + 1;
    }
    if (isWord(t) && CONJUNCTIONS.has(lower(t)) && lower(t) !== 'and') {
      const s = openingSubject(c, b + 1, i) ?? clauseSubject(tokens, b + 1, i);
      // A clause that reports speech of its own ("…, while Zelensky said that …") starts here whatever came before.
      if (s && s.from === b + 1) return reportsBefore(c, b, lo) && !reportsOwn(c, s.to) ? lo : b + 1;
    }
  }
  return main ?? lo;
}

/** Conjunctions of contrast that open a sentence with a clause of their own: "While Kells …, Ortiz …". */
const CONTRAST = /^(?:while|whereas|although|though)$/;

/**
 * Where the main clause starts when the sentence opens with a clause of contrast and the quote at
 * `i` lies after the comma that closes it (a quote's own closing comma counts), with a subject
 * opening the main clause there: the words of that clause are not the fronted clause's speaker's.
 *
 * @example
 * `While Kells called the vote “a sham,” Ortiz dwelt on the “fair” count.` → the clause starting at
 * "Ortiz" for the second quote; `While campaigning, Lowe called it “a sham.”` → at "Lowe".
 */
export function frontedContrast(c: AttributionContext, i: number, lo: number): number | undefined {
  const { tokens } = c;
  if (!isWord(tokens[lo]) || !CONTRAST.test(lower(tokens[lo]))) return undefined;
  for (let k = lo + 1; k < i - 1; k++) {
    const t = tokens[k]!;
    const closes = t.text === ',' || (t.type === 'quote' && /,["”]?$/.test(t.text));
    if (!closes) continue;
    const s = openingSubject(c, k + 1, i);
    return s && s.from === k + 1 ? k + 1 : undefined;
  }
  return undefined;
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
