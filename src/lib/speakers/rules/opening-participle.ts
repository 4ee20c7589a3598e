import type { Speaker } from '../speaker.ts';
import { type AttributionContext } from './context.ts';
import { sentenceReporter } from './sentence-reporter.ts';

/**
 * A reporting participle that opens its sentence (token `v`, the sentence starting at `lo`) has
 * no clause of its own to hang on: the sentence is a fragment that goes on from the one before, and
 * whoever reports that sentence speaks (`sentenceReporter`).
 *
 * @example
 * `Ortiz said the audit was “not good.” Adding, “It is how they handle it that matters.”` → Ortiz
 * for the second quote.
 */
export function openingParticiple(c: AttributionContext, v: number, lo: number): Speaker | undefined {
  const t = c.tokens[v]!;
  if (v !== lo || t.sentence === 0 || !/ing$/i.test(t.text)) return undefined;
  return sentenceReporter(c, t.sentence - 1);
}
