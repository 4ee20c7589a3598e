import { rightSubject } from '../noun-phrase.ts';
import { lower, reportsAt, resolve, type AttributionContext, type Found } from './context.ts';

/** Nouns for quoted words that a sentence after them may name the source of: "That quote from X …". */
const QUOTED_WORDS = /^(?:quote|remark|line|comment|words|quip|statement|sentence)$/;

/**
 * Where the sentence after the quote at token `i` starts, in the same paragraph: the next sentence,
 * or the word right after a quote that closes with its own full stop, question or exclamation mark
 * (`“Nobody reads it.” This was stated by …`), which the token stream keeps in the quote's sentence.
 */
function nextSentenceStart(c: AttributionContext, i: number): number | undefined {
  const { tokens, sentenceStart } = c;
  const q = tokens[i]!;
  const after = tokens[i + 1];
  if (after && after.sentence === q.sentence && after.paragraph === q.paragraph && /[.!?]["”]?$/.test(q.text) && /^(?:This|That|It|The)$/.test(after.text)) return i + 1;
  const ns = sentenceStart.get(q.sentence + 1);
  return ns === undefined || tokens[ns]!.paragraph !== q.paragraph ? undefined : ns;
}

/**
 * A passive attribution in the sentence after the quote at token `i`, in the same paragraph, or a
 * sentence that names the source of "that quote".
 *
 * @example
 * `… the “striking” difference. This was stated by Foreign Minister Andriy Sibiga.` → Sibiga
 * (also "That has been said by …", "It was announced by …");
 * `“Nobody reads the fine print.” That quote from Ann Ortiz ran on the front page.` → Ann Ortiz
 * (also "The remark, from …", "The line by …").
 */
export function statedBy(c: AttributionContext, i: number): Found | undefined {
  const { tokens, sentenceEnd } = c;
  const ns = nextSentenceStart(c, i);
  if (ns === undefined) return undefined;
  const end = sentenceEnd.get(tokens[ns]!.sentence)!;
  const w = (n: number) => lower(tokens[ns + n]);
  // "That quote from Ann Ortiz …", "The remark, from Ann Ortiz, …"
  if (/^(?:this|that|the)$/.test(w(0)) && QUOTED_WORDS.test(w(1))) {
    const by = w(2) === ',' ? 3 : 2;
    if (!/^(?:from|by)$/.test(w(by))) return undefined;
    const s = resolve(c, rightSubject(tokens, ns + by, end));
    return s ? { speaker: s, how: 'head' } : undefined;
  }
  if (!/^(?:this|that|it)$/.test(w(0)) || !/^(?:was|is|has)$/.test(w(1))) return undefined;
  const v = w(2) === 'been' ? 3 : 2;
  if (!reportsAt(c, ns + v) || w(v + 1) !== 'by') return undefined;
  const s = resolve(c, rightSubject(tokens, ns + v + 1, end));
  return s ? { speaker: s, how: 'head' } : undefined;
}
