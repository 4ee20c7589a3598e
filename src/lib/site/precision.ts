/**
 * The precision a calendar value states by its shape: `2025` a year, `2025-05` a month,
 * `2025-W21` a week, `2025-05-19` a day. Quotes' `said` values carry no separate precision.
 */
import type { Precision } from '../schema/index.ts';

export const precisionOfValue = (value: string): Precision =>
  /^\d{4}$/.test(value) ? 'year' : value.includes('W') ? 'week' : value.length === 7 ? 'month' : 'day';
