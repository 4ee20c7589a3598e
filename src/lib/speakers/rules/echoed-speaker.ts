import { SUBJECT_PRONOUNS } from '../lexicon.ts';
import { isWord } from '../noun-phrase.ts';
import { lower, type AttributionContext, type Found } from './context.ts';

/**
 * A partial quote with no attribution, in a sentence that names no one before it, right after a
 * sentence whose quote was attributed (in the same paragraph or the next): the words go on in that
 * speaker's voice, the writer only framing them. `found` holds what earlier quotes were given;
 * scare quotes are never carried.
 *
 * @example
 * `“She keeps her old friends,” Tom Lowe said at a rally. That makes the mayor “a safe pair
 * of hands.”` → Tom Lowe; but `… Lowe said. Ortiz found it “odd.”` names Ortiz first, and `…
 * Lowe said. Voters were “tired.”` has a subject of its own for the rules before this one.
 */
export function echoedSpeaker(c: AttributionContext, k: number, found: readonly (Found | undefined)[]): Found | undefined {
  const { quotes, tokens, tokenOf, sentenceStart } = c;
  if (quotes[k]!.kind !== 'partial') return undefined;
  const i = tokenOf.get(k);
  if (i === undefined) return undefined;
  const here = tokens[i]!;
  const lo = sentenceStart.get(here.sentence)!;
  if (c.resolver.index.mentions.some((m) => m.sentence === here.sentence && m.from < i)) return undefined;
  for (let w = lo; w < i; w++) if (tokens[w]!.type === 'quote' || (isWord(tokens[w]) && SUBJECT_PRONOUNS.has(lower(tokens[w]).replace(/['’]\p{L}+$/u, '')))) return undefined;
  for (let p = k - 1; p >= 0; p--) {
    const pt = tokens[tokenOf.get(p) ?? -1];
    if (!pt) continue;
    if (pt.sentence !== here.sentence - 1 || here.paragraph - pt.paragraph > 1) return undefined;
    const prev = found[p];
    if (prev && prev.how !== 'carried') return { speaker: prev.speaker, how: 'carried' };
  }
  return undefined;
}
