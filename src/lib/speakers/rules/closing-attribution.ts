import { isInverting, isWord, leftSubject, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { accordingTo } from './according-to.ts';
import { lower, reportsAt, resolve, type AttributionContext } from './context.ts';

/**
 * An attribution that closes the sentence of the quote at token `i`, the sentence ending before
 * token `hi`: the last reporting verb, with its subject set off by a comma or a quote.
 *
 * @example
 * `… “the last straw” for the coalition, said Ann Ortiz.` /
 * `… “a” and “b,” Howard Dean, the former governor, proclaimed.` /
 * `… met with cries of “Encore!” at a union rally, according to Dana Kells-Moreau.` /
 * `… being “too careless” with funds – as described by Auditor Tom Lowe – …` (`as … by`).
 */
export function closingAttribution(c: AttributionContext, i: number, hi: number): Speaker | undefined {
  const { tokens } = c;
  for (let v = hi - 1; v > i + 1; v--) {
    const t = tokens[v]!;
    // "…, according to Ohio Teachers Union President Dana Kells-Moreau."
    if (lower(t) === 'according' && lower(tokens[v + 1]) === 'to' && tokens[v - 1]?.text === ',') return resolve(c, accordingTo(c, v + 1, hi));
    if (!isWord(t) || !reportsAt(c, v) || /ing$/.test(lower(t))) continue;
    const before = tokens[v - 1];
    // "… “extremely careless” in its handling of funds – as described by Auditor Tom Lowe –": the agent of a
    // passive verb of saying after "as" (not "as reported by", a paper relaying the sentence: `outerReport`).
    if (lower(before) === 'as' && lower(tokens[v + 1]) === 'by' && !/^report/.test(lower(t))) {
      const r = rightSubject(tokens, v + 1, hi);
      if (r) return resolve(c, r);
    }
    if (isInverting(t) && (before?.text === ',' || before?.type === 'quote')) {
      const r = rightSubject(tokens, v, hi);
      if (r) return resolve(c, r);
    }
    const s = leftSubject(tokens, v, i + 1);
    const lead = s ? tokens[s.from - 1] : undefined;
    if (s && (lead?.text === ',' || lead?.type === 'quote')) return resolve(c, s);
    return undefined;
  }
  return undefined;
}
