import { isPossessive, isWord, leftSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, resolve, type AttributionContext } from './context.ts';

const SAYING_NOUNS = /^(?:claims?|assertions?|statements?|insistence|arguments?|contention|promises?|pledges?|remarks?|comments?|suggestions?|warnings?|charges?|allegations?|boasts?|predictions?|descriptions?|words|vow|declaration|complaint)$/;

/**
 * A quote inside the that-clause of a noun of saying, owned by a possessive: the owner is the
 * speaker.
 * Returns the speaker and the position of the noun, so the caller can prefer a nearer verb.
 *
 * @example
 * `Politifact seized on Trump’s claim that there have been “thousands of shootings”` → Trump
 */
export function claimOwner(c: AttributionContext, i: number, from: number): { speaker: Speaker; at: number } | undefined {
  const { tokens } = c;
  for (let k = i - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.type === 'quote' || /^[;:]$/.test(t.text)) return undefined;
    if (!isWord(t) || !SAYING_NOUNS.test(lower(t)) || lower(tokens[k + 1]) !== 'that') continue;
    const owner = tokens[k - 1];
    if (!owner || !isPossessive(owner)) continue;
    const r = leftSubject(tokens, k, from) ?? { from: k - 1, to: k };
    const speaker = resolve(c, { from: r.from, to: k });
    if (speaker) return { speaker, at: k };
  }
  return undefined;
}
