import { isCapitalized, isPersonish, isVerbLeader, isWord, leftSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolveStrict, type AttributionContext } from './context.ts';
import { openingSubject } from './opening-subject.ts';

/**
 * The subject of a reporting verb at token `v` that has none of its own because it continues the
 * clause opening at `from`: a second predicate after "and", "but" or "then", or a verb cut off from
 * its subject by a stray comma.
 *
 * @example
 * `Sen. Lindsey Graham opposed the bill last year, but now said it was “…”` → Lindsey Graham;
 * `After the vote in Austin, Gov. Greg Abbott (R-Texas), said, “…”` → Greg Abbott;
 * `Sen. Ann Reyes (D-Ore.), said after a lunch that she had not read the plan, but called it a “…”` →
 * Ann Reyes.
 * The first predicate is the one of the nearest clause joined by a comma and "and" or "but"
 * (`joinedClause`).
 */
export function coordinatedSubject(c: AttributionContext, v: number, from: number): Speaker | undefined {
  const { tokens } = c;
  let b = v - 1;
  while (b > from && isWord(tokens[b]) && (isVerbLeader(tokens, b) || /^(?:now|instead|only|\p{Ll}+ly)$/u.test(tokens[b]!.text))) b--;
  const joint = tokens[b];
  if (isWord(joint) && /^(?:and|but|then)$/.test(lower(joint))) {
    const s = openingSubject(c, joinedClause(c, from, b), b);
    return s && isPersonish(tokens, s) ? resolveStrict(c, s) : undefined;
  }
  // "Gov. Greg Abbott (R-Texas), said, “…”": a name set off by commas, then the verb, then the quote.
  // ("Sen. Ann Reyes (D-Ore.), said after a lunch that …": a name opening the clause may go on to any words
  // but "said to be …", "said by …", or a name after an inverted verb: "The paradox, says Ann Reyes, is …".)
  const next = tokens[v + 1];
  const leads = next?.type === 'quote' || /^[,:]$/.test(next?.text ?? '');
  if (joint?.text === ',' && b === v - 1 && isCapitalized(tokens[b - 1]) && (leads || (!isCapitalized(next) && !/^(?:to|by|as)$/.test(lower(next))))) {
    const s = leftSubject(tokens, b, from);
    const lead = s ? tokens[s.from - 1] : undefined;
    if (s && (s.from === from || (leads && lead?.text === ','))) return resolveStrict(c, s);
  }
  return undefined;
}

/**
 * Where the clause holding the joint at `b` opens: after the last comma and "and", "but" or "yet"
 * between `from` and the joint, when a subject opens the clause there; else at `from`.
 *
 * @example
 * `Before the vote, the rabbis called for a boycott, and the Harbor Institute denounced the plan and
 * said it would “redirect” the money.` → the clause opening at "the Harbor Institute", whose
 * subject said it (not the rabbis, nor a name in the fronted phrase).
 */
function joinedClause(c: AttributionContext, from: number, b: number): number {
  const { tokens } = c;
  for (let k = b - 2; k > from; k--) {
    if (tokens[k]!.type === 'quote') break;
    if (tokens[k]!.text !== ',' || !/^(?:and|but|yet)$/.test(lower(tokens[k + 1])) || k + 2 >= b) continue;
    return openingSubject(c, k + 2, b) ? k + 2 : from;
  }
  return from;
}
