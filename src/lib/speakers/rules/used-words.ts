import { isWord, leftSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, type AttributionContext } from './context.ts';
import { reportingVerbSubject } from './reporting-verb-subject.ts';

/** Verbs of taking words up: "used", "coined", "invoked", "prefer", "adopted", "repeated", "borrowed", "uttered". */
const USING = /^(?:use[sd]?|using|coin(?:ed|s|ing)?|invok(?:e|ed|es|ing)|prefer(?:s|red|ring)?|adopt(?:ed|s|ing)?|repeat(?:ed|s|ing)?|borrow(?:ed|s|ing)?|utter(?:ed|s|ing)?)$/;

/** Nouns for quoted words: "the term", "a new phrase", "the words". */
const WORDS = /^(?:words?|terms?|phrases?|expressions?|labels?|slogans?|monikers?|nicknames?|lines?)$/;

/**
 * `usedWords`: words quoted as a term someone uses, coins or prefers are theirs, before any
 * reporting verb further back: `When Ortiz used the words, “not there yet,” he was echoing Kells` →
 * Ortiz; `Tenants prefer the term “rent strike.”` → Tenants; `Lowe has coined a new phrase, “…”`.
 * The verb comes before a determiner, at most one modifier, and the noun for the words, right
 * before the quote (`i`, in the clause from `from`).
 */
export function usedWords(c: AttributionContext, i: number, from: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  let k = i - 1;
  if (tokens[k]?.text === ',') k--;
  if (!isWord(tokens[k]) || !WORDS.test(lower(tokens[k]))) return undefined;
  k--;
  if (isWord(tokens[k]) && !/^(?:the|a|an|that|this|his|her|their|its|our)$/.test(lower(tokens[k]))) k--;
  if (!/^(?:the|a|an|that|this|his|her|their|its|our)$/.test(lower(tokens[k]))) return undefined;
  const v = k - 1;
  if (v < from || !isWord(tokens[v]) || !USING.test(lower(tokens[v]))) return undefined;
  // ("Families who settled in Harbor City lately prefer the term": the object of a preposition is not the
  // subject; better no one than the wrong one.)
  const named = leftSubject(tokens, v, from);
  if (named && /^(?:into|in|to|from|at|on|by|with|for|of|about)$/.test(lower(tokens[named.from - 1]))) return undefined;
  return reportingVerbSubject(c, v, from, lo);
}
