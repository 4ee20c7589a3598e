import { z } from 'zod';
import { isoDaySchema } from '../schema/common.ts';
import { articleSourceSchema } from '../schema/article.ts';

/** Why a raw line is not part of the article body. Every non-blank raw line is either body or one of these. */
export const removalReasonSchema = z.enum([
  'share-widget',
  'comment-prompt',
  'source-link',
  'back-to-top',
  'navigation',
  'advertisement',
  'cookie-banner',
  'separator',
  'teaser-heading',
  'teaser',
  'read-more',
  'file-name',
  'breadcrumb',
  'duplicate-headline',
  'alternative-headline',
  'title',
  'dateline',
  'byline',
  'publisher-line',
  'copyright',
  'reference-heading',
  'reference',
]);
export type RemovalReason = z.infer<typeof removalReasonSchema>;

/** A line (or, for a breadcrumb fused to a title, the front part of a line) left out of the body. */
export const removedLineSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
  reason: removalReasonSchema,
});
export type RemovedLine = z.infer<typeof removedLineSchema>;

/** A "Published …" / "Updated …" line (or a bare date) near the top, read as a calendar day. */
export const datelineSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
  value: isoDaySchema,
  kind: z.enum(['published', 'updated', 'date']),
});
export type Dateline = z.infer<typeof datelineSchema>;

/** The outlet a line of the page names: a byline's credit, "Published by …" or a copyright holder. */
export const publisherCreditSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
  name: z.string().min(1),
  from: z.enum(['byline', 'publisher-line', 'copyright']),
});
export type PublisherCredit = z.infer<typeof publisherCreditSchema>;

export const cleanResultSchema = z.strictObject({
  /** The headline, or null when the text starts straight with the body. */
  title: z.string().min(1).nullable(),
  paragraphs: z.array(z.string().min(1)),
  sources: z.array(articleSourceSchema),
  removed: z.array(removedLineSchema),
  dateline: datelineSchema.nullable(),
  /** People the bylines credit, in order, each once. */
  authors: z.array(z.string().min(1)),
  /** The best evidence of the publisher on the page, or null. */
  publisher: publisherCreditSchema.nullable(),
});
export type CleanResult = z.infer<typeof cleanResultSchema>;
