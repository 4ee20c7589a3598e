import { z } from 'zod';
import { httpUrlSchema } from './common.ts';

/** `content/reviewers/<id>.yaml`: someone who decides verdicts; the id is the file name. */
export const reviewerSchema = z.strictObject({
  name: z.string().min(1),
  /** One or two sentences: who they are and what they check. */
  bio: z.string().min(1, 'say in a sentence who the reviewer is'),
  link: httpUrlSchema.optional(),
});

export type ReviewerData = z.infer<typeof reviewerSchema>;
export type Reviewer = ReviewerData & { id: string };
