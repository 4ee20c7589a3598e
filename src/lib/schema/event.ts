import { z } from 'zod';
import { calendarValueSchema, httpUrlSchema, idSchema, precisionSchema } from './common.ts';

/** Where an event is reported: an article of the corpus (by slug), or a public page with its title. */
export const eventSourceSchema = z.union([
  z.strictObject({ article: idSchema }),
  z.strictObject({ url: httpUrlSchema, title: z.string().min(1, 'give the page a title') }),
]);

/** `content/events/<id>.yaml`: one real-world event that date annotations in several articles point to. */
export const eventSchema = z.strictObject({
  title: z.string().min(1),
  date: calendarValueSchema,
  precision: precisionSchema,
  actors: z.array(idSchema).default([]),
  description: z.string().optional(),
  sources: z.array(eventSourceSchema).default([]),
});

export type EventSource = z.infer<typeof eventSourceSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type FactEvent = EventData & { id: string };
