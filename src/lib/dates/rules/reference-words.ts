import type { DateExpression } from '../calendar.ts';

const WORDS: [RegExp, string][] = [
  [/\b(?:now|currently|at present|presently|nowadays|these days|at the moment|at this time)\b/gi, 'PRESENT_REF'],
  [/\b(?:recently|the past(?! (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|\d+) )?(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b))\b/gi, 'PAST_REF'],
  [/\bthe future\b/gi, 'FUTURE_REF'],
];

/**
 * Words that point at the present, the past or the future without naming a time: TimeML's
 * PRESENT_REF, PAST_REF and FUTURE_REF. They place a statement in time but carry no calendar
 * value, so they are never suggested as dates.
 *
 * @example
 * findReferenceWords('Talks are now stalled.') → "now" = PRESENT_REF
 */
export function findReferenceWords(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const [re, value] of WORDS) {
    for (const m of text.matchAll(re)) {
      // "now that …" is a conjunction.
      if (/^now$/i.test(m[0]) && /^\s+that\b/.test(text.slice(m.index + 3, m.index + 9))) continue;
      out.push({ text: m[0], start: m.index, value, precision: 'reference' });
    }
  }
  return out;
}
