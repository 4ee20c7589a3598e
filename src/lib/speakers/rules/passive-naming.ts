import { isPersonish, isWord, rightSubject, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** Participles that name something with the words quoted: "called “…”", "known as “…”". */
const NAMING = /^(?:called|labeled|labelled|dubbed|described|branded|termed|known|referred|derided|denounced|decried|hailed|touted|praised|mocked|portrayed|painted|depicted|cast|billed|framed|pitched|styled)$/;

/**
 * A name given in the passive, its agent after "by": the agent chose the words quoted, not the
 * subject of the clause, which is only what was named. The agent stands after the quote
 * (`called “…” by X`, `labeled as a “…” by X`) or before it (`known by X as a “…”`).
 *
 * @example
 * `The plan, often labeled as a “giveaway” by critics, passed.` → critics;
 * `This practice has been called “quiet capture” by Dana Kells, a professor at Lakeland College.` → Dana Kells;
 * `a gesture that came to be known by some Democrats as the “handshake”` → some Democrats.
 */
export function passiveNaming(c: AttributionContext, i: number, from: number): Speaker | undefined {
  const agent = agentAfter(c, i) ?? agentBefore(c, i, from);
  return agent && isPersonish(c.tokens, agent) ? resolve(c, agent) : undefined;
}

/** The naming participle just before the quote at `i` (past an article and "as"), or undefined. */
function namingBefore(c: AttributionContext, i: number): number | undefined {
  let k = i - 1;
  if (/^(?:a|an|the)$/.test(lower(c.tokens[k]))) k--;
  if (lower(c.tokens[k]) === 'as') k--;
  if (lower(c.tokens[k]) === 'to' && lower(c.tokens[k - 1]) === 'referred') k--;
  return isWord(c.tokens[k]) && NAMING.test(lower(c.tokens[k])) ? k : undefined;
}

/** `called “…” by X`: the phrase after "by" (a comma or a dash may come between). */
function agentAfter(c: AttributionContext, i: number): Range | undefined {
  const { tokens } = c;
  if (namingBefore(c, i) === undefined) return undefined;
  let by = i + 1;
  if (/^[,—–-]$/.test(tokens[by]?.text ?? '') && lower(tokens[by + 1]) === 'by') by++;
  if (lower(tokens[by]) !== 'by') return undefined;
  return agentPhrase(c, by, c.sentenceEnd.get(tokens[i]!.sentence)!);
}

/** The phrase after "by" at `by`: a name with its title, else a plain group ("critics", "some Democrats"). */
function agentPhrase(c: AttributionContext, by: number, hi: number): Range | undefined {
  const { tokens } = c;
  const named = rightSubject(tokens, by, hi);
  if (named) return named;
  let to = by + 1;
  while (to < hi && to - by <= 4 && isWord(tokens[to]) && !/^(?:and|or|but|as|to|in|on|at|for|with|who|which|that|when|after|before)$/.test(lower(tokens[to]))) to++;
  return to > by + 1 ? { from: by + 1, to } : undefined;
}

/** `known by X as a “…”`: the phrase between "by" and "as". */
function agentBefore(c: AttributionContext, i: number, from: number): Range | undefined {
  const { tokens } = c;
  let as = i - 1;
  if (/^(?:a|an|the)$/.test(lower(tokens[as]))) as--;
  if (lower(tokens[as]) !== 'as') return undefined;
  for (let by = as - 2; by > from && as - by <= 6; by--) {
    if (lower(tokens[by]) !== 'by') continue;
    if (!isWord(tokens[by - 1]) || !NAMING.test(lower(tokens[by - 1]))) return undefined;
    const agent = agentPhrase(c, by, as);
    return agent && agent.to === as ? agent : undefined;
  }
  return undefined;
}
