import { z } from 'zod';

/** Actor and event ids: lowercase words joined by hyphens, used in file names and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "vladimir-putin")');

/** A real calendar day, YYYY-MM-DD (2025-02-30 is rejected). */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine(isRealDay, 'write a day that exists in the calendar (check the month and the day)');

export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const precisionSchema = z.enum(['day', 'week', 'month', 'year']);
export type Precision = z.infer<typeof precisionSchema>;

const VALUE_PATTERNS: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/** Does `value` have the shape its precision promises (and is a day a real day)? */
export function valueMatchesPrecision(value: string, precision: Precision): boolean {
  if (!VALUE_PATTERNS[precision].test(value)) return false;
  return precision !== 'day' || isRealDay(value);
}

/** The precision a value's shape implies, or undefined when it has none of the four shapes. */
export function precisionOf(value: string): Precision | undefined {
  return (Object.keys(VALUE_PATTERNS) as Precision[]).find((p) => valueMatchesPrecision(value, p));
}

/** A calendar value of any precision: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY. */
export const calendarValueSchema = z
  .string()
  .refine((v) => precisionOf(v) !== undefined, 'write a calendar value as YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY (and a day that exists)');

export const httpUrlSchema = z
  .string()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'only http:// and https:// links are allowed');

export const statusSchema = z.enum(['suggested', 'reviewed', 'rejected']);
export type Status = z.infer<typeof statusSchema>;
