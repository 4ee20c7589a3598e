import { WEEKDAYS } from '../calendar.ts';

const LEADING = /^(?:(?:on|in|at|since|by|from|until|till|during|of|for|before|after|through|throughout|around|about|as of)\s+)+/i;
const NUMBERS_BEFORE = new RegExp(`^\\d+(?:\\s*(?:to|-|–|and|of)\\s*\\d+)?\\s+(?:(?:on|at|by)\\s+)?(?=(?:${WEEKDAYS.join('|')})\\b)`, 'i');

/**
 * A date expression's span without what is not part of it: a leading preposition ("on Tuesday"
 * → "Tuesday", as TimeML marks it) and numbers that only stand next to it ("7 to 4 on Tuesday",
 * a vote tally, → "Tuesday"). Returns the trimmed text and how far its start moved.
 *
 * @example
 * trimDateSpan('7 to 4 on Tuesday') → { text: 'Tuesday', shift: 10 }
 */
export function trimDateSpan(text: string): { text: string; shift: number } {
  let shift = 0;
  let t = text;
  for (const re of [NUMBERS_BEFORE, LEADING]) {
    const m = re.exec(t);
    if (m && m[0].length < t.length) {
      shift += m[0].length;
      t = t.slice(m[0].length);
    }
  }
  return { text: t, shift };
}
