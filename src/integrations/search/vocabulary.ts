/**
 * The words of the index, for "did you mean" when a search finds nothing: the most frequent
 * words of the indexed text, most frequent first, at most `limit` of them, so the file stays
 * small at any corpus size and is loaded only when a search has no results.
 */
import { withoutAnnotationRefs } from './annotation-refs.ts';

/** Words shorter than this are not worth suggesting (and are rarely misspelt). */
const MIN_LENGTH = 4;

export const VOCABULARY_LIMIT = 5000;

export interface Vocabulary {
  /** Lower-case words, most frequent first (ties in alphabetical order). */
  words: string[];
}

/** How often each word occurs in these texts, added to `counts`. */
export function countWords(texts: Iterable<string>, counts = new Map<string, number>()): Map<string, number> {
  for (const text of texts) {
    for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
      const word = m[0].replace(/['’]s$/, '');
      if (word.length >= MIN_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The vocabulary of word counts (the sum of several parts' counts is the whole's). */
export function vocabularyOf(counts: ReadonlyMap<string, number>, limit = VOCABULARY_LIMIT): Vocabulary {
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
  return { words };
}

export function buildVocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT): Vocabulary {
  return vocabularyOf(countWords(texts), limit);
}

/** The words of an HTML fragment's text (tags, scripts and entities dropped; good enough for counting words). */
export function htmlWords(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' ');
}

/**
 * An article page's own words: its body (the `.article-body` block, up to the sections after it),
 * without the refs after each mark (`ann-ref`: buttons and details, interface text). Linear
 * scans, not a parser, to stay cheap at ten thousand pages.
 */
export function articleBodyWords(html: string): string {
  const start = html.indexOf('<div class="article-body');
  if (start === -1) return '';
  const end = html.indexOf('<section', start);
  return htmlWords(withoutAnnotationRefs(html.slice(start, end === -1 ? undefined : end), ' '));
}
