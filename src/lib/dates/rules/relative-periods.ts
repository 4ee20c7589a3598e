import { addDays, isoWeek, monthValue, utcDay, type DateExpression } from '../calendar.ts';
import { tenseAt } from './tense.ts';

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
export const countOf = (word: string) => NUMBER[word.toLowerCase()] ?? Number(word);
export const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';

/** The publication date shifted by `n` units, at that unit's precision. */
export function shifted(published: string, unit: string, n: number): Pick<DateExpression, 'value' | 'precision'> {
  const base = utcDay(published);
  const y = base.getUTCFullYear(), mo = base.getUTCMonth();
  switch (unit.toLowerCase().replace(/s$/, '')) {
    case 'day':
      return { value: addDays(base, n).toISOString().slice(0, 10), precision: 'day' };
    case 'week':
      return { value: isoWeek(addDays(base, 7 * n)), precision: 'week' };
    case 'month': {
      const d = new Date(Date.UTC(y, mo + n, 1));
      return { value: monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month' };
    }
    default:
      return { value: String(y + n), precision: 'year' };
  }
}

/**
 * Periods counted from publication, at the precision they name: "this week", "earlier this week",
 * "last week", "next month", "last year", "this year", "six weeks ago" (years ago: see findAnaphoric),
 * "the weekend" (its ISO week, marked `-WE`).
 *
 * @example
 * findRelativePeriods('He resigned six weeks ago.', '1998-02-26') → "six weeks ago" = 1998-W03 (week)
 * findRelativePeriods('Prices rose last month.', '2025-05-20') → "last month" = 2025-04 (month)
 */
export function findRelativePeriods(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of text.matchAll(/\b(?:(?:earlier|later|late|early) )?(this|last|next|past) (week|month|year)\b/gi)) {
    const n = /last|past/i.test(m[1]!) ? -1 : /next/i.test(m[1]!) ? 1 : 0;
    // "the past year", "over the past week": a stretch of time, not a calendar period.
    if (/^past$/i.test(m[1]!) || (/^last$/i.test(m[1]!) && /\b(?:the|over|during|for|in the)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    out.push({ text: m[0], start: m.index, ...shifted(published, m[2]!, n) });
  }
  // "the weekend", "last weekend": TimeML's `YYYY-Www-WE`, the weekend before publication unless the clause looks ahead.
  for (const m of text.matchAll(/\b(this|the|last|next) weekend\b/gi)) {
    const base = utcDay(published);
    const dow = base.getUTCDay();
    const ahead = /next/i.test(m[1]!) || (!/last/i.test(m[1]!) && tenseAt(text, m.index) === 'future');
    const saturday = ahead ? addDays(base, ((6 - dow + 7) % 7) || (dow === 6 ? 0 : 7)) : addDays(base, -((dow + 1) % 7));
    out.push({ text: m[0], start: m.index, value: `${isoWeek(saturday)}-WE`, precision: 'week' });
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:nearly |almost |about |some |more than )?${COUNT} (days?|weeks?|months?) ago\\b`, 'gi'))) {
    out.push({ text: m[0], start: m.index, ...shifted(published, m[2]!, -countOf(m[1]!)) });
  }
  return out;
}
