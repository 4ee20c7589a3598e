import { isSpeechVerbAfterSubject } from '../../quotes/index.ts';
import type { AttributionContext } from './context.ts';
import { lower } from './context.ts';

/** Nouns that name a word as a word: "the term “…”", "the phrase “…”". */
const WORD_NOUNS = /^(?:word|term|phrase|hashtag|slogan|label|nickname|moniker|expression)$/;

/** Verbs by which someone uses the word, and so says it: "he used the term “…”" is his. */
const USING = /^(?:use|used|uses|using|coin|coined|coins|coining|say|said|says|saying|utter|uttered|utters|invoke|invoked|invokes|repeat|repeated|repeats|adopt|adopted|prefer|prefers|preferred|chose|chant|chanted|chanting|tweet|tweeted|write|wrote|writes)$/;

/**
 * Is the quote at token `i` a word mentioned rather than anyone's words: after "so-called", "known
 * as" or "the word", "the term", "the phrase" with no verb of using before it? Such a quote has no
 * speaker (a tail attribution of its own aside). After "so-called", only when no verb of saying came
 * before it in the sentence.
 *
 * @example
 * `They were voting on a so-called “skinny bill”` → true; `repeal the law known as “the bathroom
 * bill.”` → true; `the word “Trump” never crossed his lips` → true; `Lowe used the term “witch
 * hunt”` → false.
 */
export function mentionedTerm(c: AttributionContext, i: number): boolean {
  const { tokens } = c;
  const before = (k: number) => lower(tokens[i - k]);
  if (tokens[i]?.type !== 'quote') return false;
  if (before(1) === 'as' && /^(?:known|referred|billed)$/.test(before(2))) return true;
  // ("the campaign is claiming victory in the so-called “governor’s bracket”": a term the sentence's
  // speaker uses is theirs.)
  if (before(1) === 'so-called') return !reportedInSentence(c, i);
  if (!WORD_NOUNS.test(before(1)) || !/^(?:the|a)$/.test(before(2))) return false;
  // ("his use of the term “Palestine”": someone's use of it.)
  if (before(3) === 'of' && /^(?:use|usage|mention|invocation)$/.test(before(4))) return false;
  return !USING.test(before(3));
}

/** Does a verb of saying come before the quote at `i` in its sentence? */
function reportedInSentence(c: AttributionContext, i: number): boolean {
  const from = c.sentenceStart.get(c.tokens[i]!.sentence)!;
  for (let k = from; k < i; k++) if (isSpeechVerbAfterSubject(c.tokens[k]!.text)) return true;
  return false;
}
