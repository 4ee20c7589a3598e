import { z } from 'zod';

/**
 * One stretch of text between quotation marks. `text` is exactly the characters between the
 * marks and `start`/`end` are its offsets (UTF-16, like JS string indices): `start` is the
 * first character after the opening mark, `end` the offset of the closing mark.
 *
 * A quote that runs over several paragraphs (news convention: an opening mark at each
 * paragraph, a closing mark only at the end) is one span per paragraph, from after that
 * paragraph's opening mark to the paragraph's end or the closing mark; so is an interrupted
 * quote (`"X," he said, "Y."`). Spans of one utterance share a `group`, and so one speaker.
 */
export const quoteSpanSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `low` for short fragments set in running prose (scare quotes, one-word characterizations). */
  confidence: z.enum(['high', 'low']),
  /**
   * `direct`: an utterance quoted as a sentence or clause; `partial`: several quoted words
   * worked into the writer's sentence; `scare`: one to three quoted words inside a sentence;
   * `title`: a name in quotation marks (programme, post, slogan, group) — not a quote.
   */
  kind: z.enum(['direct', 'partial', 'scare', 'title']),
  /** Index of the group's first span in the list of all spans found. */
  group: z.number().int().nonnegative(),
});

export type QuoteSpan = z.infer<typeof quoteSpanSchema>;
export type QuoteKind = QuoteSpan['kind'];
