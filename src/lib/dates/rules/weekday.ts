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

/** Words that may follow a weekday that is a date: parts of the day, and words that start a phrase or clause. */
const AFTER_A_DATE = new Set(
  ('morning afternoon evening night noon midnight and or but nor so yet that which who whom whose when where while as if than ' +
    'the a an this these those his her its their our my your he she it they we i you there ' +
    'at on in into onto of for from to by with without about after before during since until till through over under ' +
    'amid among against around near outside inside across along behind beyond despite toward towards via ' +
    'is was were are be been had has have will would could should may might must did does do said says told').split(' '),
);

/**
 * A weekday that names a kind of day, not a date: after "every" or "each" ("open every
 * Saturday"), or as the modifier of a noun in a list ("additional personnel, Saturday grass
 * cutting crews and longer hours"). A weekday naming a date is followed by a part of the day, a
 * preposition, a clause or punctuation ("said Saturday that", "on Saturday afternoon",
 * "Saturday's vote"), so only a plain lower-case word after it in a list reads as a noun it
 * modifies. `index` and `length` place the weekday in `text`.
 *
 * @example
 * isKindOfDay('personnel, Saturday grass cutting crews', 11, 8) → true
 * isKindOfDay('Police said Saturday that', 12, 8) → false
 */
export function isKindOfDay(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  if (/\b(?:every|each)\s+$/i.test(before)) return true;
  if (!/(?:,|\band|\bor)\s+$/i.test(before)) return false;
  const next = /^\s+([a-z][a-z-]*)\b/.exec(text.slice(index + length, index + length + 40))?.[1];
  return next !== undefined && !AFTER_A_DATE.has(next);
}
