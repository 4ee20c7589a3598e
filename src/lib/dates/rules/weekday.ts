import { addDays, dayValue, utcDay } from '../calendar.ts';
import type { Tense } from './tense.ts';

/**
 * A weekday named without a date: the latest such day on or before publication, unless the
 * clause looks ahead, then the next such day on or after it (`next Monday`: strictly after).
 * `last Monday` is the one before the latest.
 *
 * @example
 * resolveWeekday(1, '2025-05-29', 'past') → '2025-05-26' ("met on Monday", a Thursday article)
 * resolveWeekday(1, '2025-05-29', 'future') → '2025-06-02' ("will meet on Monday")
 */
export function resolveWeekday(weekday: number, published: string, tense: Tense, modifier?: 'last' | 'next' | 'this'): string {
  const base = utcDay(published);
  const dow = base.getUTCDay();
  if (modifier === 'next') return dayValue(addDays(base, ((weekday - dow + 7) % 7) || 7));
  if (modifier === 'last') return dayValue(addDays(base, -(((dow - weekday + 7) % 7) || 7)));
  if (tense === 'future') return dayValue(addDays(base, (weekday - dow + 7) % 7));
  return dayValue(addDays(base, -((dow - weekday + 7) % 7)));
}
