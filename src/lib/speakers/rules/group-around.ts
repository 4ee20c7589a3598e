import { AGENT_NOUN, GROUP_NOUNS, ROLE_WORDS } from '../lexicon.ts';
import { isCapitalized, isPossessive, isVerbLike, isWord, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import type { Token } from '../tokens.ts';

/** People who speak around someone, not for themselves by name: "Allies of X", "people close to X". */
const CIRCLE_NOUNS = /^(?:allies|associates|friends|people|loyalists|confidants|backers|donors|members|sources|aides|officials|those)$/;

/** One such person, after "a", "an", "one" or "another": "a source close to X", "one ally of X". */
const CIRCLE_NOUN = /^(?:source|person|official|friend|ally|associate|confidant|member|insider)$/;

/** Adjectives that join such a noun to the one it is close to: "close to", "familiar with", "loyal to". */
const CLOSE = /^(?:close|closest|loyal|allied|aligned|familiar|linked|near|friendly)$/;

const AROUND = /^(?:of|to|for|around)$/;

/** Nouns of a bond to someone, after "with": "with ties to X", "with close links to X". */
const TIES = /^(?:ties|links|connections|relationships)$/;

/**
 * Do the words from `from` to the bond noun at `n` describe people "with (longtime) ties to"
 * someone: "with" and up to two modifiers before the noun, and before "with" a short noun phrase
 * with no verb, opening the phrase ("Two veteran Democrats", "A lawyer")?
 *
 * @example
 * `Two veteran Democrats with old ties to | Tom Lowe` → true; `Lowe cut his ties to | Ortiz` → false.
 */
function withTies(tokens: readonly Token[], from: number, n: number): boolean {
  let w = n - 1;
  while (w > from && n - w <= 3 && isWord(tokens[w]) && lower(tokens[w]) !== 'with' && !isCapitalized(tokens[w])) w--;
  if (lower(tokens[w]) !== 'with' || w - from < 1 || w - from > 4) return false;
  return tokens.slice(from, w).every((t) => isWord(t) && !isVerbLike(t) && !isPossessive(t) && !/^(?:and|or|but|to|of|with)$/.test(lower(t)));
}

const lower = (t: Token | undefined) => (t?.text ?? '').toLowerCase();

/**
 * Is the phrase from `from` to `to` a description of people around the one named from `at` on
 * ("Allies of | Mayor Tom Lowe", "people close to | Tom Lowe", "a source close to | the mayor")?
 * The circle's noun opens the phrase, after an article or a number at most. A role word in lower
 * case before a name makes the name the head instead ("Friends of Rivers director Dana Kells").
 */
function aroundSomeone(tokens: readonly Token[], from: number, at: number, to: number): boolean {
  if (at >= to) return false;
  let p = at - 1;
  // ("ties to both Lowes")
  if (/^(?:both|all)$/.test(lower(tokens[p])) && p - 1 > from) p--;
  if (p <= from || !isWord(tokens[p])) return false;
  if (/^(?:to|with)$/.test(lower(tokens[p])) && CLOSE.test(lower(tokens[p - 1]))) p--;
  else if (lower(tokens[p]) === 'to' && TIES.test(lower(tokens[p - 1]))) return withTies(tokens, from, p - 1);
  else if (!AROUND.test(lower(tokens[p]))) return false;
  const noun = p - 1;
  if (noun < from || !isWord(tokens[noun])) return false;
  const word = lower(tokens[noun]);
  const opener = noun - from === 1 ? lower(tokens[from]) : undefined;
  const plural = CIRCLE_NOUNS.test(word) || ((GROUP_NOUNS.has(word) || AGENT_NOUN.test(word)) && /s$/.test(word));
  const single = CIRCLE_NOUN.test(word) && /^(?:a|an|one|another)$/.test(opener ?? '');
  if (!(plural && (noun === from || /^(?:the|some|two|three|several|many|other)$/.test(opener ?? ''))) && !single) return false;
  const titled = (k: number) => isWord(tokens[k]) && !isCapitalized(tokens[k]) && ROLE_WORDS.has(lower(tokens[k])) && !/^(?:the|a|an)$/.test(lower(tokens[k])) && isCapitalized(tokens[k + 1]);
  for (let k = at; k < to - 1; k++) if (titled(k)) return false;
  return true;
}

/** The description as the speaker: it names no one (id null); `guardSpeakerName` keeps it as it keeps "Officials". */
const described = (tokens: readonly Token[], from: number, to: number): Speaker => ({ id: null, name: tokens.slice(from, to).map((t) => t.text).join(' ') });

/**
 * `circleDescription`: a whole phrase that describes the people around someone speaks for them,
 * not for the one named at its end (`“…,” allies of Mayor Tom Lowe said.`). Undefined for any
 * other phrase.
 *
 * @example
 * `allies of Mayor Tom Lowe` → "allies of Mayor Tom Lowe" (not Tom Lowe); `Tom Lowe of Ashford` → undefined
 */
export function circleDescription(tokens: readonly Token[], whole: Range): Speaker | undefined {
  for (let k = whole.from + 1; k <= whole.from + 4 && k < whole.to - 1; k++) {
    if (!isWord(tokens[k]) || !AROUND.test(lower(tokens[k]))) continue;
    return aroundSomeone(tokens, whole.from, k + 1, whole.to) ? described(tokens, whole.from, whole.to) : undefined;
  }
  return undefined;
}

/** Words that may stand in what one is familiar with or close to: "the talks", "the mayor's plans", "Tom Lowe". */
const COMPLEMENT_WORD = /^(?:[\p{Ll}\p{Lu}][\p{L}\p{N}'’.-]*|\d[\d,.]*)$/u;
/** Words that end that complement: a verb of saying, a clause or another phrase begins. */
const COMPLEMENT_END = /^(?:said|says|say|told|tells|added|adds|wrote|writes|who|which|that|and|but|or|as|when|because|according|on|in|at|after|before|during|about|to|with|for|by|from|was|were|is|are|has|have|had|will|would|speaking|asked|declined)$/;

/**
 * `closeToSomething`: a description cut at its adjective ("a source familiar", "an official
 * close") takes back what that adjective needs: the person or thing after "with" or "to", up to
 * the next verb, clause or punctuation. An unnamed source is shown as the article describes it,
 * never as a fragment of that description.
 *
 * @example
 * `“…,” a source familiar with the talks said.` (phrase found: "a source familiar") → "a source familiar with the talks"
 * `said an official close to the negotiations.` → "an official close to the negotiations"
 * `“…,” a senior official said.` → undefined (nothing was cut)
 */
export function closeToSomething(tokens: readonly Token[], whole: Range): Speaker | undefined {
  const adjective = tokens[whole.to - 1];
  const joint = tokens[whole.to];
  if (whole.to - whole.from < 2 || !isWord(adjective) || !CLOSE.test(lower(adjective)) || !isWord(joint) || !/^(?:with|to)$/.test(lower(joint))) return undefined;
  let end = whole.to + 1;
  if (/^(?:the|a|an|his|her|their|its|our)$/.test(lower(tokens[end]))) end++;
  const first = end;
  while (end < tokens.length && end - first < 5 && isWord(tokens[end]) && tokens[end]!.sentence === joint.sentence && COMPLEMENT_WORD.test(tokens[end]!.text) && !COMPLEMENT_END.test(lower(tokens[end]))) end++;
  return end > first ? described(tokens, whole.from, end) : undefined;
}

/**
 * `groupAround`: the subject found before a verb of saying is only the one the speakers are
 * close to, when it follows "Allies of", "people close to", "a source familiar with" from the
 * clause's start `from`: the words are theirs, not that person's, and the speaker is the whole
 * description.
 *
 * @example
 * `People close to Tom Lowe said …` (subject found: "Tom Lowe") → "People close to Tom Lowe"
 * `Two veteran Democrats with old ties to Tom Lowe backed …` → the Democrats with those ties
 * `A source close to the mayor said …` → "A source close to the mayor"
 * `Friends of Rivers director Dana Kells said …` → undefined (the name is the head)
 */
export function groupAround(tokens: readonly Token[], r: Range, from: number): Speaker | undefined {
  if (r.from === from) return circleDescription(tokens, r);
  return aroundSomeone(tokens, from, r.from, r.to) ? described(tokens, from, r.to) : undefined;
}
