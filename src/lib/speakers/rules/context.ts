/**
 * What every attribution rule reads: the token stream (quotes folded into one token each), where
 * each sentence starts and ends, which token holds each quote, and the mention index that turns a
 * phrase into a speaker. Built once per text by `createAttributionContext`.
 */
import type { ActorRegistry } from '../../actors/index.ts';
import { isSpeechVerb, isSpeechVerbAfterSubject, type QuoteSpan } from '../../quotes/index.ts';
import { WRITINGS } from '../lexicon.ts';
import { findMentions } from '../mentions.ts';
import { isCapitalized, isPersonish, isPossessive, isWord, type Range } from '../noun-phrase.ts';
import { resolvePhrase, type ResolveContext } from '../resolve-speaker.ts';
import type { Speaker } from '../speaker.ts';
import { tokenize, type Token } from '../tokens.ts';
import { infinitiveSubject } from './infinitive-controller.ts';
import { promptedObject } from './prompted-speaker.ts';

export interface AttributionContext {
  quotes: readonly QuoteSpan[];
  tokens: Token[];
  resolver: ResolveContext;
  /** Quote index → index of the token that holds it. */
  tokenOf: Map<number, number>;
  /** Sentence number → index of its first token. */
  sentenceStart: Map<number, number>;
  /** Sentence number → index just past its last token. */
  sentenceEnd: Map<number, number>;
}

/** A speaker and how it was found: an attribution after or before the quote, a clause subject, or context. */
export interface Found {
  speaker: Speaker;
  how: 'tail' | 'head' | 'clause' | 'carried';
  /** Found as the subject of a verb of judging ("saw it as “…”"), which names a view, not words spoken. */
  judged?: boolean;
}

export function createAttributionContext(text: string, quotes: readonly QuoteSpan[], registry: ActorRegistry, published: string): AttributionContext {
  const tokens = tokenize(text, quotes);
  const index = findMentions(tokens, registry, published);
  const tokenOf = new Map<number, number>();
  tokens.forEach((t, i) => t.type === 'quote' && tokenOf.set(t.quote!, i));
  const sentenceStart = new Map<number, number>();
  const sentenceEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!sentenceStart.has(t.sentence)) sentenceStart.set(t.sentence, i);
    sentenceEnd.set(t.sentence, i + 1);
  });
  return { quotes, tokens, resolver: { tokens, registry, index, date: published }, tokenOf, sentenceStart, sentenceEnd };
}

export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** The speaker a phrase names. */
export const resolve = (c: AttributionContext, r: Range | undefined): Speaker | undefined => (r ? resolvePhrase(c.resolver, r) : undefined);

/** Only a phrase naming a person or a body (not "the situation") may be taken from a clause that reports nothing. */
export const resolveStrict = (c: AttributionContext, r: Range | undefined): Speaker | undefined =>
  r && isPersonish(c.tokens, r) ? resolvePhrase(c.resolver, r) : undefined;

/**
 * A reporting verb at `v`, phrasal ones included ("shot back", "fired back", "went on"); forms that are
 * usually nouns ("reports", "notes") only after a subject that introduces what follows
 * ("she notes", "The Post reports that"), or naming after a name ("Peskov calls it a “…”"), or in
 * the infinitive after a causative verb and its object ("prompted Ortiz to call", `promptedObject`),
 * and never after a determiner ("a flurry of tweets") nor as a plural before "of" after a
 * preposition ("greeted with chants of “…”").
 */
export function reportsAt(c: AttributionContext, v: number): boolean {
  const t = c.tokens[v];
  if (!isWord(t)) return false;
  const prev = c.tokens[v - 1];
  // "a flurry of tweets", "his late-night posts", "a Trump-style retort", "Donald Trump’s tweet": a noun, whatever its form.
  if (/^(?:the|a|an|his|her|their|its|of|these|those|my|our|your)$/i.test(prev?.text ?? '') || /^\p{L}+-\p{Ll}+$/u.test(prev?.text ?? '') || (isWord(prev) && isPossessive(prev))) return false;
  // "greeted with chants of “…”", "amid cries of “…”": a plural noun after a preposition, not a verb.
  if (/s$/.test(t.text) && lower(c.tokens[v + 1]) === 'of' && /^(?:with|amid|among|to|by|from|of|in|and|or)$/i.test(prev?.text ?? '')) return false;
  if (isSpeechVerb(t.text)) return true;
  // "Mr. Manafort, citing “…,” said": a participle taking up words after a comma.
  if (/^(?:citing|quoting|invoking|echoing)$/i.test(t.text) && prev?.text === ',') return true;
  if (/^(?:shot|fired|hit|snapped|struck|pushed)$/i.test(t.text) && lower(c.tokens[v + 1]) === 'back') return true;
  // "“…,” Trump went on." (not "went on to win")
  if (/^(?:went|goes)$/i.test(t.text) && lower(c.tokens[v + 1]) === 'on' && lower(c.tokens[v + 2]) !== 'to') return true;
  if (isCapitalized(t) || !isSpeechVerbAfterSubject(t.text)) return false;
  // "The gaffe prompted Ortiz to call the mayor …": an infinitive after a causative verb and its object.
  if (promptedObject(c.tokens, v)) return true;
  // "with Kells taking to Twitter to call Ortiz …": an infinitive completing a verb of going or appearing.
  if (/^(?:call|label|brand|dub|say|declare|describe|denounce|blast|slam|praise|mock|insist|warn|argue|tweet|tell|ask)$/.test(lower(t)) && infinitiveSubject(c.tokens, v)) return true;
  // "she notes", and "The Harbor Gazette reports that …", "The Times reports: …"
  if (/^(?:he|she|they)$/i.test(prev?.text ?? '') || (isCapitalized(prev) && /^(?:that|:)$/.test(c.tokens[v + 1]?.text ?? ''))) return true;
  // "Walsh’s letter to his volunteers notes that Kim …": "that" and a new clause's subject (not "notes that were leaked").
  if (/s$/.test(t.text) && lower(c.tokens[v + 1]) === 'that' && opensClause(c.tokens[v + 2])) return true;
  return namesAfterName(c, v) || closesAfterQuote(c, v);
}

/** A word that can open a clause's subject: a name, a pronoun or a determiner (not a verb: "notes that were leaked"). */
const opensClause = (t: Token | undefined) =>
  isCapitalized(t) || /^(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these|those|there|no|some|most|many)$/.test(lower(t));

/**
 * "“…,” Okafor notes.", "“…,” the ministry states in the report": a form that is usually a noun
 * ("notes", "reports", "state") is the verb when a name straight after a quote leads to it and the
 * clause ends with it or goes on with a preposition.
 */
function closesAfterQuote(c: AttributionContext, v: number): boolean {
  const { tokens } = c;
  const next = tokens[v + 1];
  if (!/^[.,;]$/.test(next?.text ?? '') && !/^(?:in|on|at|to|of|during|after|before|from)$/.test(lower(next))) return false;
  let k = v - 1;
  // (Or a document and whose it is: "“…,” the Post’s piece read.")
  const document = isWord(tokens[k]) && WRITINGS.test(lower(tokens[k])) && isCapitalized(tokens[k - 1]) && isPossessive(tokens[k - 1]!);
  if (document) k--;
  while (k > v - 5 && isCapitalized(tokens[k]) && tokens[k]!.sentence === tokens[v]!.sentence) k--;
  if (k === v - 1) return false;
  // ("“…,” the Norwegians state in their annual report")
  if (lower(tokens[k]) === 'the') k--;
  if (tokens[k]?.text === ',') k--;
  return tokens[k]?.type === 'quote';
}

/**
 * "Peskov calls it a “frank exchange”", "Ingram, a former aide, calls Ruiz “a careful
 * operator”": a naming verb after a name (or after the comma closing its aside), its object, then
 * the quote within a few words; or the quote straight after it when a relative word stood for the
 * object ("a doctrine which historian Ana Ruiz calls “…”").
 */
function namesAfterName(c: AttributionContext, v: number): boolean {
  const { tokens } = c;
  if (!/^(?:calls|call|terms|labels|brands)$/i.test(tokens[v]!.text) || !(isCapitalized(tokens[v - 1]) || tokens[v - 1]?.text === ',')) return false;
  const object = tokens[v + 1];
  // "a doctrine which historian Ana Ruiz calls “…”": the object went before, with "which" or "what".
  if (object?.type === 'quote') return tokens.slice(Math.max(0, v - 9), v).some((t) => /^(?:which|what|that)$/i.test(t.text));
  if (!isWord(object) || !(isCapitalized(object) || /^(?:it|him|her|them|this|that|these|those|the|a|an|his|their|its)$/i.test(object.text))) return false;
  for (let k = v + 2; k < tokens.length && k <= v + 8; k++) {
    if (tokens[k]!.type === 'quote') return true;
    if (/^[.;:!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}
