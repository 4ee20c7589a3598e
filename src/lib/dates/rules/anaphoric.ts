import { addDays, dayValue, isoWeek, monthValue, pad, utcDay, type DateExpression } from '../calendar.ts';
import { COUNT, countOf } from './relative-periods.ts';

/** An expression whose value depends on the time the narrative has reached. */
export interface AnaphoricExpression {
  text: string;
  start: number;
  /** The unit it counts in and how many of them it moves (0: the same one). */
  unit: 'day' | 'week' | 'month' | 'year';
  shift: number;
  /** Counts from publication unless the narrative has just named a quarter ("a year ago"). */
  fromPublication?: boolean;
  /** Names the whole unit the reference falls in ("that year", "later in the month"), at the unit's precision. */
  whole?: boolean;
  /** A day of the month the narrative has reached: "on the 14th". */
  dayOfMonth?: number;
}

/** "On the 14th", "by the 3rd": a day of the month named alone (not "the 14th of March", "the 19th century"). */
const DAY_OF_MONTH = /\b(?:on|by|until|till|from|before|after|since) (the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s*(?:[.,;:)]|$)|\s+(?:that|when|at|and|to|but|as|after|before|in|with|if)\b)/gi;

const PATTERNS: [RegExp, (m: RegExpExecArray) => Pick<AnaphoricExpression, 'unit' | 'shift' | 'whole'>][] = [
  [new RegExp(`\\b${COUNT} (day|week|month|year)s? (earlier|later|afterwards?|previously|(?:before|after)(?=\\s*[,.;)]|\\s*$))`, 'gi'), (m) => ({ unit: unit(m[2]!), shift: countOf(m[1]!) * (/earlier|before|previously/i.test(m[3]!) ? -1 : 1) })],
  [/\bthe (previous|preceding|next|following|same) (day|week|month|year)\b/gi, (m) => ({ unit: unit(m[2]!), shift: /previous|preceding/i.test(m[1]!) ? -1 : /same/i.test(m[1]!) ? 0 : 1 })],
  [/\bthe (day|week|month|year) (before|after)(?=\s*[,.;)]|\s*$)/gi, (m) => ({ unit: unit(m[1]!), shift: /before/i.test(m[2]!) ? -1 : 1 })],
  [/\b(?:(?:earlier|later) (?:in|on|that) (?:the )?day|that (?:same )?day|the same day)\b/gi, () => ({ unit: 'day', shift: 0 })],
  [/\bthat (week|month|year)\b/gi, (m) => ({ unit: unit(m[1]!), shift: 0, whole: true })],
  [/\b(?:earlier|later) in the (week|month|year)\b/gi, (m) => ({ unit: unit(m[1]!), shift: 0, whole: true })],
  [/\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|month))?\b/gi, () => ({ unit: 'year', shift: -1 })],
  [new RegExp(`\\b${COUNT} years? ago\\b`, 'gi'), (m) => ({ unit: 'year', shift: -countOf(m[1]!), fromPublication: true })],
];

function unit(word: string): AnaphoricExpression['unit'] {
  return word.toLowerCase().replace(/s$/, '') as AnaphoricExpression['unit'];
}

/**
 * Expressions that count from the event the narrative has reached, not from publication:
 * "a day earlier", "the next day", "the same day", "later in the day", "earlier in the year",
 * "two weeks later", "the year-earlier quarter", and a day of the month named alone ("on the 14th").
 * "Three days after the summit" counts from the summit, not the
 * narrative, and is left alone.
 *
 * @example
 * findAnaphoric('The vote was on March 3. A day earlier, protests began.') → "A day earlier" (day, −1)
 */
export function findAnaphoric(text: string): AnaphoricExpression[] {
  const out: AnaphoricExpression[] = [];
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    out.push({ text: m[1]!, start: m.index + m[0].indexOf(m[1]!), unit: 'month', shift: 0, dayOfMonth: Number(m[2]) });
  }
  for (const [re, read] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (!out.some((o) => m.index < o.start + o.text.length && o.start < m.index + m[0].length)) out.push({ text: m[0], start: m.index, ...read(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The value of an anaphoric expression against a reference time (HeidelTime's narrative
 * reference for news): the last explicitly dated expression before it that is fine enough for
 * its unit, else publication. The result keeps the reference's precision when that is coarser
 * than a day and the unit allows ("a year earlier" after "the third quarter" → that quarter a
 * year before); a whole unit ("that year", "later in the month") is given at the unit's precision.
 *
 * @example
 * resolveAnaphoric({ unit: 'day', shift: -1, … }, { value: '2025-03-03', precision: 'day' }) → 2025-03-02
 */
export function resolveAnaphoric(a: AnaphoricExpression, ref: Pick<DateExpression, 'value' | 'precision'>): Pick<DateExpression, 'value' | 'precision'> {
  if (a.dayOfMonth !== undefined) {
    // The day in the month the narrative has reached (a week's is its Monday's); a day that month
    // does not have leaves the month.
    // (A day before the one the story has reached is in the next month: "January 30 … on the 2nd".)
    const from = ref.precision === 'week' ? dayValue(weekMonday(ref.value)) : ref.value;
    let month = from.slice(0, 7);
    if (ref.precision === 'day' && a.dayOfMonth < Number(from.slice(8, 10))) {
      const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
      month = monthValue(next.getUTCFullYear(), next.getUTCMonth() + 1);
    }
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
    return /^\d{4}-\d{2}$/.test(month) && a.dayOfMonth <= last ? { value: `${month}-${pad(a.dayOfMonth)}`, precision: 'day' } : { value: month, precision: 'month' };
  }
  if (!a.whole && ref.precision === 'quarter' && a.unit === 'year') {
    const [y, q] = ref.value.split('-Q');
    return { value: `${Number(y) + a.shift}-Q${q}`, precision: 'quarter' };
  }
  if (!a.whole && ref.precision === 'month' && a.unit === 'year') {
    return { value: `${Number(ref.value.slice(0, 4)) + a.shift}${ref.value.slice(4)}`, precision: 'month' };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(ref.value);
  const base =
    ref.precision === 'week'
      ? weekMonday(ref.value)
      : quarter
        ? new Date(Date.UTC(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 15))
        : utcDay(ref.value.length === 4 ? `${ref.value}-07-01` : ref.value.length === 7 ? `${ref.value}-15` : ref.value);
  switch (a.unit) {
    case 'day':
      return { value: dayValue(addDays(base, a.shift)), precision: 'day' };
    case 'week':
      return { value: isoWeek(addDays(base, 7 * a.shift)), precision: 'week' };
    case 'month': {
      const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + a.shift, 1));
      return { value: monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month' };
    }
    default:
      return { value: String(base.getUTCFullYear() + a.shift), precision: 'year' };
  }
}

/** Is a reference of this precision fine enough to count days, weeks, months or years from? */
export function fineEnough(precision: DateExpression['precision'], u: AnaphoricExpression['unit']): boolean {
  const order = ['day', 'week', 'month', 'quarter', 'year'];
  const p = order.indexOf(precision);
  if (p < 0) return false;
  return p <= order.indexOf(u === 'year' ? 'year' : u);
}

function weekMonday(value: string): Date {
  const [y, w] = value.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(y!, 0, 4));
  return addDays(jan4, -((jan4.getUTCDay() + 6) % 7) + (w! - 1) * 7);
}
