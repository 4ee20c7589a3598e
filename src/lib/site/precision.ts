/**
 * The precision a calendar value states by its shape: `2025` a year, `2025-05` a month,
 * `2025-W21` a week, `2025-05-19` a day. Quotes' `said` values carry no separate precision.
 */
import type { Precision } from '../schema/index.ts';
import { calendarSortKey } from './format-calendar.ts';
import type { ArchiveKey } from './routes.ts';

export const precisionOfValue = (value: string): Precision =>
  /^\d{4}$/.test(value) ? 'year' : value.includes('W') ? 'week' : value.length === 7 ? 'month' : 'day';

/**
 * The time archive a calendar value is filed in, as precise as the value and no more: a year
 * (`2025`), a month for a month or a week (by its Monday: `2025-05`), else the day. So what is
 * known only to May 2025 stays on the May page when May is split into days.
 */
export function archiveKeyOfValue(value: string, precision: Precision = precisionOfValue(value)): ArchiveKey {
  const first = calendarSortKey(value, precision);
  return precision === 'year' ? first.slice(0, 4) : precision === 'day' ? first : first.slice(0, 7);
}
