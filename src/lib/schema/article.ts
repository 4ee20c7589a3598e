import { z } from 'zod';
import { httpUrlSchema, isoDaySchema } from './common.ts';

/** One entry of the article's own reference list, moved out of the body by the importer. */
export const articleSourceSchema = z.strictObject({
  label: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  url: httpUrlSchema.optional(),
});

/** Frontmatter of `content/articles/<slug>.md`. */
export const articleFrontmatterSchema = z.strictObject({
  title: z.string().min(1, 'give the article a title'),
  published: isoDaySchema,
  published_evidence: z.string().min(1, 'say how the publication date was established'),
  publisher: z.string().min(1),
  /** The people the byline credits, as it names them. */
  author: z.array(z.string().min(1)).min(1).optional(),
  url: httpUrlSchema.optional(),
  source_file: z.string().min(1),
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits'),
  sources: z.array(articleSourceSchema).default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type ArticleSource = z.infer<typeof articleSourceSchema>;
