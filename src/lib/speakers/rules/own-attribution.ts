import type { Speaker } from '../speaker.ts';
import type { AttributionContext } from './context.ts';
import { headAttribution } from './head-attribution.ts';
import { tailAttribution } from './tail-attribution.ts';

/**
 * The attribution of its own that a later part of a group (the quote at token `i`) has, which
 * wins over the speaker the group shares: two quotes may be linked as one utterance when the words
 * between them attribute the first and then lead into the second by someone else.
 *
 * @example
 * `“…,” Smith said. “…,” Jones said.` → Jones for the second (after it);
 * `The plan is “a step backwards,” Okafor said. Lindqvist, speaking to farmers, said, “…”` →
 * Lindqvist for the second (before it); `After Moreau said that the port might do better with
 * “fewer rules,” Adeyemi said: “…”` → Adeyemi for the second.
 */
export function ownAttribution(c: AttributionContext, i: number): Speaker | undefined {
  const tail = tailAttribution(c, i);
  if (tail) return tail;
  const head = headAttribution(c, i);
  return head?.how === 'head' ? head.speaker : undefined;
}
