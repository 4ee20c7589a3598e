import { isWord } from '../noun-phrase.ts';
import { lower, type AttributionContext } from './context.ts';

/** Verbs that cast something as what the quote says it is, and the particle some of them take ("referred to", "singled out"). */
const CASTING = /^(?:portray(?:s|ed)?|paint(?:s|ed)?|cast(?:s)?|depict(?:s|ed)?|fram(?:es|ed)|pitch(?:es|ed)|bill(?:s|ed)|tout(?:s|ed)|present(?:s|ed)|styl(?:es|ed)|refer(?:s|red)|brought|bring(?:s)?|singl(?:es|ed)|held|hold(?:s)?|envision(?:s|ed)|envisag(?:es|ed)|re-?cast|recast|hit|hits|label(?:s|ed|led)|brand(?:s|ed)|deride(?:s|d)|mock(?:s|ed)|attack(?:s|ed)|dismiss(?:es|ed)|denounc(?:es|ed)|assail(?:s|ed)|slam(?:s|med)|blast(?:s|ed))$/;
const PARTICLE = /^(?:to|up|out|forth)$/;

/**
 * Does the verb at `v` cast something as the quote at `i` ("portrayed the plan as “…”", "referred to
 * it as “…”", "an incident Lowe brought up as “…”")? Then, like a verb of judging, its subject
 * chose the words. Only with "as" (and an article) right before the quote, and at most five words
 * of object and particle between the verb and "as"; not in the passive ("was portrayed as").
 *
 * @example
 * `Ann Ortiz backed the plan, which Tom Lowe portrayed as “a stunt.”` → true for "portrayed" (Lowe's words);
 * `an incident Lowe brought up as “very odd”` → true for "brought"; `Rubio hit GOP frontrunner Donald Trump as a
 * “con artist”` → true for "hit" (an attack casting its target); `Lowe painted the fence “sky blue”` → false.
 */
export function castsAs(c: AttributionContext, v: number, i: number): boolean {
  const { tokens } = c;
  if (!isWord(tokens[v]) || !CASTING.test(lower(tokens[v]))) return false;
  if (/^(?:is|are|was|were|be|been|being|get|got|gets)$/.test(lower(tokens[v - 1]))) return false;
  let k = i - 1;
  if (/^(?:a|an|the)$/.test(lower(tokens[k]))) k--;
  if (lower(tokens[k]) !== 'as' || k - v < 1 || k - v > 6) return false;
  // ("brought" and "singled" only with their particle: "brought up as", "singled out as".)
  if (/^(?:brought|bring|brings|singles|singled|refers|referred|refer)$/.test(lower(tokens[v])) && !PARTICLE.test(lower(tokens[v + 1])) && !tokens.slice(v + 1, k).some((t) => PARTICLE.test(lower(t)))) return false;
  return tokens.slice(v + 1, k).every((t) => isWord(t));
}
