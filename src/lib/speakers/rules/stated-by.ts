import { rightSubject } from '../noun-phrase.ts';
import { lower, reportsAt, resolve, type AttributionContext, type Found } from './context.ts';

/**
 * A passive attribution in the sentence after the quote at token `i`, in the same paragraph.
 *
 * @example
 * `… the “striking” difference. This was stated by Foreign Minister Andriy Sibiga.` → Sibiga
 * (also "That has been said by …", "It was announced by …").
 */
export function statedBy(c: AttributionContext, i: number): Found | undefined {
  const { tokens, sentenceStart, sentenceEnd } = c;
  const next = tokens[i]!.sentence + 1;
  const ns = sentenceStart.get(next);
  if (ns === undefined || tokens[ns]!.paragraph !== tokens[i]!.paragraph) return undefined;
  const w = (n: number) => lower(tokens[ns + n]);
  if (!/^(?:this|that|it)$/.test(w(0)) || !/^(?:was|is|has)$/.test(w(1))) return undefined;
  const v = w(2) === 'been' ? 3 : 2;
  if (!reportsAt(c, ns + v) || w(v + 1) !== 'by') return undefined;
  const s = resolve(c, rightSubject(tokens, ns + v + 1, sentenceEnd.get(next)!));
  return s ? { speaker: s, how: 'head' } : undefined;
}
