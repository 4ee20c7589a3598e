import { hasHead, isPersonish, leftSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { resolve, type AttributionContext } from './context.ts';

/**
 * A name and a colon opening the sentence (starting at `lo`) of the quote at token `i`.
 *
 * @example
 * `Republican pollster Daron Shaw: “…”` → Daron Shaw. A phrase that names no one
 * (`The result: “…”`) gives nothing.
 */
export function colonAttribution(c: AttributionContext, i: number, lo: number): Speaker | undefined {
  const { tokens } = c;
  const colon = i - 1;
  if (tokens[colon]?.text !== ':') return undefined;
  const r = leftSubject(tokens, colon, lo);
  if (!r || r.from !== lo || !hasHead(tokens, r) || !isPersonish(tokens, r)) return undefined;
  return resolve(c, r);
}
