import { z } from 'zod';
import { calendarValueSchema, httpUrlSchema, idSchema, isoDaySchema, precisionSchema, statusSchema } from './common.ts';

/**
 * Every annotation is anchored by the exact text it marks (W3C TextQuoteSelector):
 * `prefix`/`suffix` are only written when the exact text occurs more than once.
 */
const anchorFields = {
  text: z.string().min(1, 'an annotation must quote the text it marks'),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
};

export const verdictSchema = z.enum(['accurate', 'mostly-accurate', 'misleading', 'false', 'unsupported', 'unverified']);
export type Verdict = z.infer<typeof verdictSchema>;

/** A speaker the registry does not know yet, proposed by the extractor for an editor to add. */
export const proposedActorSchema = z.strictObject({ id: idSchema, name: z.string().min(1) });

export const quoteSchema = z.strictObject({
  id: z.string().regex(/^q\d+$/, 'quote ids look like q1, q2, …'),
  ...anchorFields,
  speaker: idSchema.nullable().default(null),
  proposed_speaker: proposedActorSchema.optional(),
  said: calendarValueSchema.optional(),
  /** Where the statement itself can be read, heard or watched (post, transcript, video). */
  original: httpUrlSchema.optional(),
  confidence: z.enum(['high', 'low']).optional(),
  status: statusSchema,
  note: z.string().optional(),
});

export const claimSchema = z.strictObject({
  id: z.string().regex(/^c\d+$/, 'claim ids look like c1, c2, …'),
  ...anchorFields,
  /** An actor id, or `publisher` when the article itself makes the claim. */
  claimant: idSchema,
  /** The editor's one-line wording of what is claimed ("Says Donald Trump is a former U.S. president"); the anchored text stays the evidence. */
  statement: z.string().min(1).optional(),
  verdict: verdictSchema,
  explanation: z.string().optional(),
  sources: z.array(httpUrlSchema).default([]),
  /** Who decided the verdict (a reviewer id, `content/reviewers/<id>.yaml`) and on which day. */
  reviewed_by: idSchema.optional(),
  reviewed_on: isoDaySchema.optional(),
  status: statusSchema,
  note: z.string().optional(),
});

export const dateSchema = z.strictObject({
  id: z.string().regex(/^d\d+$/, 'date ids look like d1, d2, …'),
  ...anchorFields,
  value: calendarValueSchema,
  precision: precisionSchema,
  event: idSchema.optional(),
  status: statusSchema,
  note: z.string().optional(),
});

/** `content/annotations/<slug>.yaml`. */
export const annotationFileSchema = z.strictObject({
  quotes: z.array(quoteSchema).default([]),
  claims: z.array(claimSchema).default([]),
  dates: z.array(dateSchema).default([]),
});

export type Quote = z.infer<typeof quoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type DateAnnotation = z.infer<typeof dateSchema>;
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
export type AnnotationKind = 'quotes' | 'claims' | 'dates';
