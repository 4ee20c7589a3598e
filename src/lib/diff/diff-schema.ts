/**
 * The shape of `factline diff --json`: stable, documented, and the types the diff code uses.
 * Values of `from`/`to` are the fields' YAML values (strings, lists, mappings); `null` means
 * the field is absent on that side. Ids of actors and events are resolved to names in `names`.
 */
import { z } from 'zod';

const fieldValueSchema = z.unknown();

/** One field that differs between the base and the head. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  from: fieldValueSchema,
  to: fieldValueSchema,
});

/** A quote, claim or date that was added, removed or changed (matched by id). */
export const annotationChangeSchema = z.object({
  kind: z.enum(['quote', 'claim', 'date']),
  id: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** The anchor text at the head (at the base for a removed entry). */
  text: z.string(),
  /** The review status at the head (at the base for a removed entry). */
  status: z.string().nullable(),
  /** Every field that differs; for an added or removed entry, every field it has. */
  fields: z.array(fieldChangeSchema),
});

const fileStatusSchema = z.enum(['added', 'removed', 'changed', 'renamed']);

export const articleDiffSchema = z.object({
  slug: z.string(),
  title: z.string(),
  status: fileStatusSchema,
  /** The slug at the base, for a renamed article. */
  from: z.string().optional(),
  /** Frontmatter fields and `body` (the article text) that differ, for a changed or renamed article. */
  fields: z.array(fieldChangeSchema),
  changes: z.array(annotationChangeSchema),
});

export const recordDiffSchema = z.object({
  id: z.string(),
  /** The actor's name or the event's title (at the head, else at the base). */
  label: z.string(),
  status: fileStatusSchema,
  /** The id at the base, for a renamed file. */
  from: z.string().optional(),
  fields: z.array(fieldChangeSchema),
});

export const contentDiffSchema = z.object({
  /** The revisions as given; `head` is null for the working tree. */
  base: z.string(),
  head: z.string().nullable(),
  summary: z.object({
    articles: z.number().int(),
    annotationChanges: z.number().int(),
    actors: z.number().int(),
    events: z.number().int(),
  }),
  articles: z.array(articleDiffSchema),
  actors: z.array(recordDiffSchema),
  events: z.array(recordDiffSchema),
  /** Display names for every actor and event id the diff mentions. */
  names: z.object({
    actors: z.record(z.string(), z.string()),
    events: z.record(z.string(), z.string()),
  }),
});

export type FieldChange = z.infer<typeof fieldChangeSchema>;
export type AnnotationChange = z.infer<typeof annotationChangeSchema>;
export type ArticleDiff = z.infer<typeof articleDiffSchema>;
export type RecordDiff = z.infer<typeof recordDiffSchema>;
export type ContentDiff = z.infer<typeof contentDiffSchema>;
export type FileStatus = z.infer<typeof fileStatusSchema>;
