import { dayValue } from '../calendar.ts';
import { tenseAt } from './tense.ts';
import type { DateExpression } from '../calendar.ts';

/**
 * US and common international holidays with fixed rules. A small table rather than a holiday
 * library: what is needed is the other direction (a name in text → its day), and the table
 * keeps the names, which news uses, in one place.
 */
type NthWeekday = { month: number; weekday: number; nth: number };
type Rule = { month: number; day: number } | NthWeekday | { easter: number } | { after: NthWeekday; days: number };

const nthWeekday = (y: number, month: number, weekday: number, nth: number) => {
  if (nth > 0) {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return new Date(Date.UTC(y, month - 1, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7));
  }
  const last = new Date(Date.UTC(y, month, 0));
  return new Date(Date.UTC(y, month - 1, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)));
};

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(y, month - 1, day));
}

const HOLIDAYS: [RegExp, Rule][] = [
  [/New Year['’]s Eve/, { month: 12, day: 31 }],
  [/New Year['’]s(?: Day)?/, { month: 1, day: 1 }],
  [/Martin Luther King(?: Jr\.?)? Day|MLK Day/, { month: 1, weekday: 1, nth: 3 }],
  [/Valentine['’]s Day/, { month: 2, day: 14 }],
  [/Presidents['’]? Day/, { month: 2, weekday: 1, nth: 3 }],
  [/St\.? Patrick['’]s Day/, { month: 3, day: 17 }],
  [/Good Friday/, { easter: -2 }],
  [/Easter(?: Sunday)?/, { easter: 0 }],
  [/Easter Monday/, { easter: 1 }],
  [/May Day/, { month: 5, day: 1 }],
  [/Mother['’]s Day/, { month: 5, weekday: 0, nth: 2 }],
  [/Memorial Day/, { month: 5, weekday: 1, nth: -1 }],
  [/Father['’]s Day/, { month: 6, weekday: 0, nth: 3 }],
  [/Juneteenth/, { month: 6, day: 19 }],
  [/Independence Day|(?:the )?Fourth of July|July Fourth/, { month: 7, day: 4 }],
  [/Bastille Day/, { month: 7, day: 14 }],
  [/Labor Day/, { month: 9, weekday: 1, nth: 1 }],
  [/Columbus Day|Indigenous Peoples['’]? Day/, { month: 10, weekday: 1, nth: 2 }],
  [/Halloween/, { month: 10, day: 31 }],
  [/Veterans Day|Armistice Day|Remembrance Day/, { month: 11, day: 11 }],
  [/Thanksgiving(?: Day)?/, { month: 11, weekday: 4, nth: 4 }],
  [/Black Friday/, { after: { month: 11, weekday: 4, nth: 4 }, days: 1 }],
  // US elections: the Tuesday after the first Monday in November.
  [/Election Day/, { after: { month: 11, weekday: 1, nth: 1 }, days: 1 }],
  [/Christmas Eve/, { month: 12, day: 24 }],
  [/Christmas(?: Day)?/, { month: 12, day: 25 }],
  [/Boxing Day/, { month: 12, day: 26 }],
];

/** The holidays' names as whole names: "Bastille Day" yes, "Day" or "Kristen Day" no. */
const WHOLE_NAMES = HOLIDAYS.map(([name]) => new RegExp(`^(?:${name.source})$`));

/**
 * Is this the whole name of a holiday ("Bastille Day", "Christmas Eve")? A day's name is not a
 * person's, though it is written like one.
 */
export const isHolidayName = (name: string): boolean => WHOLE_NAMES.some((re) => re.test(name));

function holidayIn(rule: Rule, y: number): Date {
  if ('easter' in rule) return new Date(easter(y).getTime() + rule.easter * 86_400_000);
  if ('after' in rule) return new Date(nthWeekday(y, rule.after.month, rule.after.weekday, rule.after.nth).getTime() + rule.days * 86_400_000);
  if ('nth' in rule) return nthWeekday(y, rule.month, rule.weekday, rule.nth);
  return new Date(Date.UTC(y, rule.month - 1, rule.day));
}

// The year may follow with "of" or "in": "Christmas of 2019", "Thanksgiving in 2016" (that year's, whatever the tense).
const PATTERN = new RegExp(`\\b(?:(last|this|next) )?(${HOLIDAYS.map(([re]) => re.source).join('|')})\\b(?:(?:,| of| in)? ((?:19|20)\\d{2})\\b)?`, 'g');

/**
 * Holidays named in the text, each the occurrence the clause points at: a year given with it,
 * else by tense — looking ahead, the next one from publication; looking back, the latest one up to
 * it; with no tense to go by, the nearer of the two.
 *
 * @example
 * findHolidays('Stores opened early on Thanksgiving.', '2025-12-02') → Thanksgiving = 2025-11-27
 * findHolidays('The deal should close by Christmas.', '2025-08-14') → Christmas = 2025-12-25
 * findHolidays('Traffic on Thanksgiving in 2016 was light.', '2026-08-20') → Thanksgiving in 2016 = 2016-11-24
 */
export function findHolidays(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  const pub = new Date(`${published}T00:00:00Z`);
  for (const m of text.matchAll(PATTERN)) {
    const name = m[2]!;
    const rule = HOLIDAYS.find(([re]) => new RegExp(`^(?:${re.source})$`).test(name))?.[1];
    if (!rule) continue;
    let y = m[3] ? Number(m[3]) : pub.getUTCFullYear();
    if (!m[3]) {
      const tense = m[1] ? undefined : tenseAt(text, m.index);
      const ahead = m[1] === 'next' || tense === 'future';
      if (ahead) {
        if (holidayIn(rule, y) < pub) y++;
      } else if (m[1] !== 'this' && holidayIn(rule, y) > pub) y--;
      // No tense to go by ("between now and Election Day"): the nearer of the last and the next one.
      if (tense === 'unknown') {
        const next = holidayIn(rule, y) < pub ? y + 1 : y;
        const ahead = holidayIn(rule, next).getTime() - pub.getTime();
        const back = pub.getTime() - holidayIn(rule, next - 1).getTime();
        y = ahead < back ? next : next - 1;
      }
    }
    out.push({ text: m[0], start: m.index, value: dayValue(holidayIn(rule, y)), precision: 'day' });
  }
  return out;
}
