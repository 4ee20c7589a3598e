/**
 * Human labels for calendar values that say exactly as much as the value knows:
 * "28 May 2025", "week of 26 May 2025", "May 2025", "1949". Deterministic (UTC, English).
 */
import type { Precision } from '../schema/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Monday of ISO week `YYYY-Www`. */
export function isoWeekMonday(value: string): Date {
  const [, y, w] = /^(\d{4})-W(\d{2})$/.exec(value) ?? [];
  const jan4 = new Date(Date.UTC(Number(y), 0, 4));
  const mondayOfWeek1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(mondayOfWeek1.getTime() + (Number(w) - 1) * 7 * 86_400_000);
}

const dayLabel = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

export function formatCalendarValue(value: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return dayLabel(new Date(`${value}T00:00:00Z`));
    case 'week':
      return `week of ${dayLabel(isoWeekMonday(value))}`;
    case 'month': {
      const [y, m] = value.split('-');
      return `${MONTHS[Number(m) - 1]} ${y}`;
    }
    case 'year':
      return value;
  }
}

/** A sortable key for any calendar value: the first day it covers, YYYY-MM-DD. */
export function calendarSortKey(value: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return value;
    case 'week':
      return isoWeekMonday(value).toISOString().slice(0, 10);
    case 'month':
      return `${value}-01`;
    case 'year':
      return `${value}-01-01`;
  }
}
