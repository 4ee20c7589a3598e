import { quarterOf, type DateExpression } from '../calendar.ts';
import { tenseAt } from './tense.ts';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const QUARTER = /\b(?:(?:the )?(?:(this|last|next) year['’]s |((?:19|20)\d{2})['’]s |(?:fiscal )?)?(?:fiscal )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of ((?:19|20)\d{2}))?|Q([1-4])(?: ((?:19|20)\d{2}))?)\b/gi;

/**
 * Quarters of a year ("the third quarter", "third-quarter", "next year's first quarter", "Q3
 * 2024"): TimeML values `YYYY-Qn`. Without a year, the quarter lies in the publication year,
 * unless it has not begun and the clause does not look ahead (last year's), or it is over and the
 * clause looks ahead (next year's), except in the two months after a quarter ends, when that
 * quarter is the one reported on, in any tense. "The quarter", "the latest quarter": the quarter last named,
 * else the last one completed.
 *
 * @example
 * findQuarters('Third-quarter profit fell 5%.', '1989-11-02') → "Third-quarter" = 1989-Q3
 * findQuarters('Sales rose in the fourth quarter of 2023.', '2024-03-01') → 2023-Q4
 * findQuarters('The refiner will post a third-quarter loss.', '2025-10-20') → 2025-Q3
 */
export function findQuarters(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  const pub = new Date(`${published}T00:00:00Z`);
  const year = pub.getUTCFullYear();
  const current = quarterOf(pub);
  for (const m of text.matchAll(QUARTER)) {
    const [whole, rel, possessiveYear, ordinal, ofYear, qDigit, qYear] = m;
    const q = ordinal ? ORDINAL[ordinal.toLowerCase()]! : Number(qDigit);
    let y = Number(possessiveYear ?? ofYear ?? qYear ?? NaN);
    if (Number.isNaN(y)) {
      if (rel) y = year + (/next/i.test(rel) ? 1 : /last/i.test(rel) ? -1 : 0);
      else {
        const tense = tenseAt(text, m.index);
        // In the first two months after a quarter ends, its results are what is reported and
        // expected ("will post third-quarter results"), whatever the tense.
        const justEnded = q === (current === 1 ? 4 : current - 1) && pub.getUTCMonth() % 3 < 2;
        // Quarters are reported when over: one that has not begun is last year's unless the clause looks ahead.
        if (justEnded) y = current === 1 ? year - 1 : year;
        else y = q > current && tense !== 'future' ? year - 1 : q < current && tense === 'future' ? year + 1 : year;
      }
    }
    out.push({ text: whole, start: m.index, value: `${y}-Q${q}`, precision: 'quarter' });
  }
  for (const m of text.matchAll(/\b(?:the|this|that) (?:(latest|latest fiscal|recent|most recent|current|same|fiscal|year['’]s|latest three-month)\s)?quarter\b(?![- ](?:point|mile|century|inch|percent))/gi)) {
    if (out.some((o) => o.start <= m.index && m.index < o.start + o.text.length)) continue;
    const named = out.filter((o) => o.start < m.index).at(-1);
    const last = new Date(Date.UTC(year, (current - 1) * 3 - 3, 1));
    const value = /current|this/i.test(m[0]) ? `${year}-Q${current}` : named?.value ?? `${last.getUTCFullYear()}-Q${quarterOf(last)}`;
    out.push({ text: m[0], start: m.index, value, precision: 'quarter' });
  }
  return out.sort((a, b) => a.start - b.start);
}
