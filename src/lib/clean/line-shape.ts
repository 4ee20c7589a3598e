/**
 * The shape of a line, independent of what it says: is it built like a headline (short, no
 * closing full stop), like a truncated teaser snippet ("…the coastal city of..."), or like
 * body prose? The rules that drop lines lean on these so that a sentence of prose is never
 * taken for page furniture.
 */
import { splitSentences } from '../text/index.ts';

const CLOSERS = /["'”’»)\]]+$/;
const OPENERS = /^["'“‘«(\[]+/;

/** The line without quotation marks or brackets wrapped around it. */
export function unwrapQuotes(text: string): string {
  return text.replace(OPENERS, '').replace(CLOSERS, '');
}

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

export const hasLetters = (text: string) => /\p{L}/u.test(text);

/** Ends with an ellipsis, the mark of a snippet cut short by a listing page. */
export function isTruncatedSnippet(text: string): boolean {
  return /(?:\.\.\.|…)$/.test(text.replace(CLOSERS, ''));
}

/** Ends the way a sentence of prose ends (full stop, comma, colon, semicolon, ellipsis). */
export function endsLikeProse(text: string): boolean {
  return /[.,;:…]$/.test(text.replace(CLOSERS, ''));
}

/**
 * A headline: at most 25 words and 200 characters, one sentence at most, not ending like
 * prose (a question or exclamation mark is fine).
 */
export function isHeadlineLike(text: string): boolean {
  if (!hasLetters(text) || text.length > 200 || wordCount(text) > 25) return false;
  if (endsLikeProse(text)) return false;
  return splitSentences(text).length <= 1;
}

/** Letters and digits only, lowercased: "Trump_s_Talks" and "Trump’s Talks" compact alike. */
export const compact = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '').replace(/\p{M}/gu, '');

/** Lowercase, bullets and trailing punctuation stripped, spaces collapsed: the form boilerplate lists are written in. */
export function boilerplateKey(text: string): string {
  return text
    .replace(/^[-–—•*·▪►>]\s+/, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:.!|>»›]+$/, '')
    .trim();
}

/** Words a headline never ends on but a line broken mid-sentence often does. */
const DANGLING = /(?:^|\s)(?:a|an|the|and|or|but|nor|of|to|in|on|at|for|with|by|from|as|that|than|into|onto|over|about|its|his|her|their|our|is|are|was|were|has|have|had|will|would)$/i;

/**
 * Is `next` the rest of the sentence `text` started, as in hard-wrapped text? Yes when `text`
 * has no closing punctuation and either `next` starts in lower case or `text` ends on a word
 * that cannot end a sentence ("…between Russian and" / "Ukrainian delegations…").
 */
export function continuesOnNextLine(text: string, next: string | undefined): boolean {
  if (!next || /[.!?…:;"”’)\]]$/.test(text)) return false;
  return /^\p{Ll}/u.test(next) || /,$/.test(text) || DANGLING.test(text);
}
