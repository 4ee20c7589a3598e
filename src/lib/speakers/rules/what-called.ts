import { isCapitalized, isWord } from '../noun-phrase.ts';
import { resolvePronoun } from '../resolve-speaker.ts';
import { SUBJECT_PRONOUNS } from '../lexicon.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

/** Verbs of naming in the active voice, as "what X called" uses them. */
const NAMING = /^(?:called|calls|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands|described|describes|deemed|deems|characterized|characterised|characterizes)$/;

/** Adverbs between the namer and the verb: "what the two papers each called", "what Lowe once called". */
const ADVERBS = /^(?:each|both|all|also|once|later|now|then|repeatedly|privately|publicly|recently|previously|has|had|have|himself|herself|themselves)$/;

/**
 * "What X called a “…”": X chose the words, whatever the rest of the sentence says (a passive
 * agent after the quote, `by his rivals`, is what the words describe, not who said them).
 *
 * @example
 * `The council met amid what Mayor Tom Lowe called a “witch hunt” by his rivals.` → Tom Lowe;
 * `Amid what the Gazette and the Valley Times each called a “hard month”` → the Gazette and the
 * Valley Times (as one phrase, resolved as any subject is); `what he described as “theatre”` → the
 * one "he" stands for.
 */
export function whatCalled(c: AttributionContext, i: number, from: number): Speaker | undefined {
  const { tokens } = c;
  let k = i - 1;
  if (/^(?:a|an|the)$/.test(lower(tokens[k]))) k--;
  if (lower(tokens[k]) === 'as') k--;
  if (!isWord(tokens[k]) || !NAMING.test(lower(tokens[k]))) return undefined;
  let to = k;
  while (to > from && isWord(tokens[to - 1]) && ADVERBS.test(lower(tokens[to - 1]))) to--;
  // The namer: at most nine words after "what" (two papers' names joined: "the Harbor Daily Gazette and the
  // Valley Times"), none of them punctuation or a quote.
  let what = to - 1;
  while (what >= from && to - what <= 10 && isWord(tokens[what]) && lower(tokens[what]) !== 'what') what--;
  if (what < from || lower(tokens[what]) !== 'what' || what + 1 >= to) return undefined;
  const namer = { from: what + 1, to };
  if (to - namer.from === 1 && SUBJECT_PRONOUNS.has(lower(tokens[namer.from]))) return resolvePronoun(c.resolver, lower(tokens[namer.from]), namer.from);
  // A description that names no one ("what her business calls “…”") is left to the other rules.
  if (!tokens.slice(namer.from, to).some((t) => isCapitalized(t))) return undefined;
  return resolve(c, namer);
}
