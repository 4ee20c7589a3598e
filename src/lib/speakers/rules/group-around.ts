import { AGENT_NOUN, GROUP_NOUNS, ROLE_WORDS } from '../lexicon.ts';
import { isCapitalized, isWord, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, type AttributionContext } from './context.ts';

/** People who speak around someone, not for themselves by name: "Allies of X", "people close to X". */
const CIRCLE_NOUNS = /^(?:allies|associates|friends|people|loyalists|confidants|backers|donors|members|sources|aides|officials|those)$/;

/** One such person, after "a", "an", "one" or "another": "a source close to X", "one ally of X". */
const CIRCLE_NOUN = /^(?:source|person|official|friend|ally|associate|confidant|member|insider)$/;

/** Adjectives that join such a noun to the one it is close to: "close to", "familiar with", "loyal to". */
const CLOSE = /^(?:close|closest|loyal|allied|aligned|familiar|linked|near|friendly)$/;

/**
 * `groupAround`: the subject found before a verb of saying is only the one the speakers are
 * close to, when it follows "Allies of", "people close to", "a source familiar with": the
 * words are theirs, not that person's. The speaker is the whole description (id null), which
 * names no one; `guardSpeakerName` keeps such a description as it keeps "Officials".
 *
 * @example
 * `Allies of Mayor Tom Lowe said the plan was “dead.”` → "Allies of Mayor Tom Lowe" (not Tom Lowe)
 * `People close to Tom Lowe said …` → "People close to Tom Lowe"; `A source close to the mayor said …` → "A source close to the mayor"
 * `Friends of Rivers director Dana Kells said …` → undefined (the name is the head: a role word leads to it)
 */
export function groupAround(c: AttributionContext, r: Range, from: number): Speaker | undefined {
  const { tokens } = c;
  // The description may be the whole phrase found ("Allies of Mayor Tom Lowe") or its last part ("Tom Lowe").
  const inside = r.from === from ? tokens.slice(r.from, r.to).findIndex((t, k) => k > 0 && k <= 3 && isWord(t) && /^(?:of|to|for|around)$/.test(lower(t))) : -1;
  const at = inside > 0 ? { from: r.from + inside + 1, to: r.to } : r;
  if (at.from >= at.to) return undefined;
  let p = at.from - 1;
  if (p <= from || !isWord(tokens[p])) return undefined;
  const preposition = lower(tokens[p]);
  if (/^(?:to|with)$/.test(preposition) && CLOSE.test(lower(tokens[p - 1]))) p--;
  else if (!/^(?:of|to|for|around)$/.test(preposition)) return undefined;
  const noun = p - 1;
  if (noun < from || !isWord(tokens[noun])) return undefined;
  const word = lower(tokens[noun]);
  // The noun opens the clause, after an article or number at most: "Allies of …", "Two aides to …", "A source close to …".
  const opener = noun - from === 1 ? lower(tokens[from]) : undefined;
  const plural = CIRCLE_NOUNS.test(word) || ((GROUP_NOUNS.has(word) || AGENT_NOUN.test(word)) && /s$/.test(word));
  const single = CIRCLE_NOUN.test(word) && /^(?:a|an|one|another)$/.test(opener ?? '');
  if (!(plural && (noun === from || /^(?:the|some|two|three|several|many|other)$/.test(opener ?? ''))) && !single) return undefined;
  // (A role word in lower case before a name makes the name the head: "Friends of Rivers director Dana Kells".)
  const titled = (k: number) => isWord(tokens[k]) && !isCapitalized(tokens[k]) && ROLE_WORDS.has(lower(tokens[k])) && !/^(?:the|a|an)$/.test(lower(tokens[k])) && isCapitalized(tokens[k + 1]);
  for (let k = at.from; k < at.to - 1; k++) if (titled(k)) return undefined;
  return { id: null, name: tokens.slice(from, r.to).map((t) => t.text).join(' ') };
}
