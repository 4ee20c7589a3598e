/**
 * What kind of quotation a span is: a full utterance, a few quoted words worked into the
 * writer's sentence, a scare quote, or a title. Short fragments are reported with low
 * confidence: they are characterisations, and an editor should look before they count.
 */
import type { QuoteKind } from './quote-span.ts';
import { isSpeechVerb } from './speech-verbs.ts';
import { isTitle } from './title-quotes.ts';

const SCARE_MAX_WORDS = 3;

export interface QuoteContext {
  quoted: string;
  /** Text of the paragraph before the opening mark. */
  before: string;
  /** Text of the paragraph after the closing mark. */
  after: string;
  /** The span continues or is continued by another paragraph's span. */
  multiParagraph: boolean;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Does the quote open its sentence (or follow a colon, or a reporting verb and comma)? */
function opensSentence(before: string): boolean {
  const b = before.replace(/\s+$/, '');
  if (b === '') return true;
  if (/[.!?…:;]["'”’)]?$/.test(b)) return true;
  if (/[—–-]$/.test(b)) return true;
  if (/,$/.test(b)) {
    const word = /([\p{L}’']+)\s*,$/u.exec(b)?.[1] ?? '';
    return isSpeechVerb(word) || /^(?:that|and|but)$/i.test(word);
  }
  const last = /([\p{L}’']+)$/u.exec(b)?.[1] ?? '';
  return isSpeechVerb(last) && !/^(?:called|described|dubbed|termed|labeled|labelled|branded)$/i.test(last);
}

export function classifyQuote({ quoted, before, after, multiParagraph }: QuoteContext): { kind: QuoteKind; confidence: 'high' | 'low' } {
  if (!multiParagraph && isTitle(quoted, before, after)) return { kind: 'title', confidence: 'low' };
  const words = wordCount(quoted);
  const sentenceLike = opensSentence(before) || multiParagraph;
  if (sentenceLike) return { kind: 'direct', confidence: 'high' };
  if (words <= SCARE_MAX_WORDS) return { kind: 'scare', confidence: 'low' };
  return { kind: 'partial', confidence: 'high' };
}
