import { z } from 'zod';
import { calendarValueSchema, idSchema, precisionSchema } from './common.ts';

/** `content/events/<id>.yaml`: one real-world event that date annotations in several articles point to. */
export const eventSchema = z.strictObject({
  title: z.string().min(1),
  date: calendarValueSchema,
  precision: precisionSchema,
  actors: z.array(idSchema).default([]),
  description: z.string().optional(),
});

export type EventData = z.infer<typeof eventSchema>;
export type FactEvent = EventData & { id: string };
