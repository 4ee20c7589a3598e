/** Calendar arithmetic on UTC dates and the value shapes TimeML and the schema share. */

export const pad = (n: number) => String(n).padStart(2, '0');
export const dayValue = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const monthValue = (y: number, m: number) => `${y}-${pad(m)}`;
export const utcDay = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

export const quarterOf = (d: Date) => Math.floor(d.getUTCMonth() / 3) + 1;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Month names and their usual abbreviations, for regular expressions. */
export const MONTH_PATTERN = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Month number (1–12) of a month name or abbreviation. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/**
 * A date expression and its value. `precision` is the schema's for calendar values; `quarter`,
 * `season`, `decade` and `reference` (PRESENT_REF, PAST_REF, FUTURE_REF) are TimeML values the
 * schema cannot hold.
 */
export type ExpressionPrecision = 'day' | 'week' | 'month' | 'year' | 'quarter' | 'season' | 'decade' | 'reference';

export interface DateExpression {
  text: string;
  start: number;
  value: string;
  precision: ExpressionPrecision;
}
