import { z } from 'zod';

/**
 * Who said a quote. `id` is an actor id — a registry actor's, or the id a new actor would get
 * when `proposed` is set — or null when the text names no one the registry could hold
 * ("a senior official"); `name` is how the speaker should be shown.
 */
export const speakerSchema = z.object({
  id: z.string().nullable(),
  name: z.string().min(1),
  proposed: z.boolean().optional(),
});

export type Speaker = z.infer<typeof speakerSchema>;
