import { MONTHS, monthNumber, monthValue, type DateExpression } from '../calendar.ts';
import type { Tense } from './tense.ts';

/**
 * The year of a month named without one, by the clause's tense: looking back, the latest such
 * month up to publication; looking ahead, the next one from publication; otherwise the nearer of
 * the two. `last`/`next`/`this` say it outright.
 *
 * @example
 * resolveMonth(2, '2025-08-14', 'past') → '2025-02' ("talks began in February")
 * resolveMonth(12, '2025-08-14', 'past') → '2024-12' (never a future month in past reporting)
 * resolveMonth(2, '2025-08-14', 'future') → '2026-02' ("will resume in February")
 */
/** The year of a month and day named without one ("Oct. 23"): the occurrence near publication, else by the same rule. */
export function resolveMonthDay(month: number, day: number, published: string, tense: Tense): string {
  // A day within six weeks of publication is that one, whatever the tense ("proposed talks for June 2").
  const pub = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  const year = Number(published.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    if (Math.abs(Date.UTC(y, month - 1, day) - pub) <= 42 * 86_400_000) return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const [y, m] = resolveMonth(month, published, tense).split('-').map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function resolveMonth(month: number, published: string, tense: Tense, modifier?: 'last' | 'next' | 'this'): string {
  const year = Number(published.slice(0, 4));
  const current = Number(published.slice(5, 7));
  if (modifier === 'this') return monthValue(year, month);
  if (modifier === 'last') return monthValue(month < current ? year : year - 1, month);
  if (modifier === 'next') return monthValue(month > current ? year : year + 1, month);
  if (tense === 'past') return monthValue(month <= current ? year : year - 1, month);
  if (tense === 'future') return monthValue(month >= current ? year : year + 1, month);
  // No tense to go by: the nearer of the two, looking back on a tie.
  const back = month <= current ? current - month : current + 12 - month;
  const ahead = month >= current ? month - current : month + 12 - current;
  return monthValue(back <= ahead ? (month <= current ? year : year - 1) : month >= current ? year : year + 1, month);
}

const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const MONTHS_OF_YEAR = new RegExp(`\\b${MONTH}(?:\\s+(?:to|and|through|until|till|or|-|–)\\s+${MONTH})?\\s+of\\s+(last|next|this)\\s+year\\b`, 'g');

/**
 * A month, or a range of two, of a year named relative to publication: "May of last year",
 * "from March to May of last year" (both months that year), "October of next year". (chrono
 * reads "March to May of" as a range of its own and "last year" apart.)
 *
 * @example
 * findMonthsOfYear('Work ran from March to May of last year.', '2025-11-20')
 * → "March" = 2024-03, "May of last year" = 2024-05
 */
export function findMonthsOfYear(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  const base = Number(published.slice(0, 4));
  for (const m of text.matchAll(MONTHS_OF_YEAR)) {
    const [whole, first, second, which] = m;
    const year = base + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    if (second) {
      // ("From November to February of next year": a range running into that year starts in the one before.)
      const startYear = monthNumber(first!) > monthNumber(second) ? year - 1 : year;
      out.push({ text: first!, start: m.index, value: monthValue(startYear, monthNumber(first!)), precision: 'month' });
      const at = m.index + whole.lastIndexOf(second);
      out.push({ text: text.slice(at, m.index + whole.length), start: at, value: monthValue(year, monthNumber(second)), precision: 'month' });
    } else out.push({ text: whole, start: m.index, value: monthValue(year, monthNumber(first!)), precision: 'month' });
  }
  return out;
}
