import { MONTH_PATTERN, monthNumber, monthValue, type DateExpression } from '../calendar.ts';
import { resolveMonth } from './month-without-year.ts';
import { tenseAt } from './tense.ts';

const EDGE = '(?:(?:the )?(?:end|beginning|start|middle|close|rest|remainder) of|(?:early|mid|late)(?:-| in )?|(?:the )?(?:first|second) half of)';
const PERIOD = new RegExp(
  `\\b${EDGE} ?(?:(the|this|next|last|the following|the previous) (year|month|week)|(?:(${MONTH_PATTERN})(?:,? ((?:19|20)\\d{2}))?)|((?:19|20)\\d{2}))\\b`,
  'gi',
);

/**
 * Stretches of time named by their edge ("end of next year", "late last year", "early 2026",
 * "mid-November", "the end of the month", "year-end"): the value of the period they lie in, at its
 * precision — a year, a month or a week, never a made-up day.
 *
 * @example
 * findFuzzyPeriods('The plant opens by the end of next year.', '2026-03-10') → "the end of next year" = 2027 (year)
 * findFuzzyPeriods('Sales slowed in mid-November.', '2025-12-02') → "mid-November" = 2025-11 (month)
 * findFuzzyPeriods('The deal should close by year-end.', '2025-10-02') → "year-end" = 2025-12 (month)
 */
export function findFuzzyPeriods(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  for (const m of text.matchAll(PERIOD)) {
    const [whole, which, unit, monthName, monthYear, bareYear] = m;
    let value: string;
    let precision: DateExpression['precision'];
    if (bareYear) [value, precision] = [bareYear, 'year'];
    else if (monthName) {
      value = monthYear ? monthValue(Number(monthYear), monthNumber(monthName)) : resolveMonth(monthNumber(monthName), published, tenseAt(text, m.index));
      precision = 'month';
    } else {
      const shift = /next|following/i.test(which!) ? 1 : /last|previous/i.test(which!) ? -1 : 0;
      const u = unit!.toLowerCase();
      if (u === 'year') [value, precision] = [String(year + shift), 'year'];
      else if (u === 'month') {
        const d = new Date(Date.UTC(year, month - 1 + shift, 1));
        [value, precision] = [monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1), 'month'];
      } else continue; // weeks: left to the week rules
    }
    out.push({ text: whole, start: m.index, value, precision });
  }
  // "by year-end", "since year end", "at the year's end": the December it names, this year's
  // unless the clause looks back (then last year's, as this year's has not come).
  for (const m of text.matchAll(/\b(?:the )?year(?:-| |['’]s )end\b/gi)) {
    const back = /\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || tenseAt(text, m.index) === 'past';
    out.push({ text: m[0], start: m.index, value: monthValue(back && month < 12 ? year - 1 : year, 12), precision: 'month' });
  }
  return out;
}
