import { isCapitalized, isWord, type Range } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { resolve, type AttributionContext } from './context.ts';

const DASH = /^[―—–-]$/;

/**
 * A name after a dash closing the quote at token `i`, as in collected testimonies and epigraphs:
 * nothing but the name follows, up to the next quote, the end of the sentence or the paragraph.
 *
 * @example
 * `“She speaks for all of us.” ― Ana Ruiz “…”` → Ana Ruiz
 * `“Peace is possible.” — Lavrov, at the briefing.` → Lavrov
 * `“Medicare is going broke.”` and, on the next line, `— House Speaker Paul D. Ryan.` → Paul D. Ryan
 * (the layout of fact-checks that list claims).
 */
export function dashAttribution(c: AttributionContext, i: number): Speaker | undefined {
  const { tokens } = c;
  const dash = tokens[i + 1];
  if (!dash || !DASH.test(dash.text)) return undefined;
  let j = i + 2;
  const from = j;
  while (j < tokens.length && j - from < 6 && isWord(tokens[j]) && (isCapitalized(tokens[j]) || /^(?:de|van|von|al|bin|del|la)$/.test(tokens[j]!.text)) && !(j > from && tokens[j]!.paragraphStart)) j++;
  if (j === from) return undefined;
  const after = tokens[j];
  if (after && !(after.type === 'quote' || after.paragraphStart || /^[.,;]$/.test(after.text))) return undefined;
  // On a line of its own, the dash and the name open the line and end its first sentence or phrase:
  // "“…”\n— Ryan.\n", "“…”\n—President Obama, tweeting after the speech.\n".
  if (dash.paragraphStart && after && !after.paragraphStart && !/^[.,]$/.test(after.text)) return undefined;
  const name: Range = { from, to: j };
  return resolve(c, name);
}
