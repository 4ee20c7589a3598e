import { z } from 'zod';
import { isoDaySchema } from './common.ts';

/** A role an actor held, with the dates it was valid. Role `aliases` are the nouns news uses for it. */
export const roleSchema = z.strictObject({
  title: z.string().min(1),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  aliases: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

/** `content/actors/<id>.yaml`; the id is the file name. */
export const actorSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['person', 'organization', 'country']),
  /** Pronoun used to resolve "he"/"she" to the most recent compatible person. */
  pronoun: z.enum(['he', 'she', 'they']).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  roles: z.array(roleSchema).default([]),
  description: z.string().min(1),
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id looks like Q22686').optional(),
});

export type Role = z.infer<typeof roleSchema>;
export type ActorData = z.infer<typeof actorSchema>;
export type Actor = ActorData & { id: string };
