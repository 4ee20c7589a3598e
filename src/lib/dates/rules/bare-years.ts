import type { DateExpression } from '../calendar.ts';

/** Words after a number that make it a count, not a year ("2008 votes"). */
const COUNT_NOUNS = /^\s*(?:people|persons|votes?|voters|troops|soldiers|members|employees|workers|jobs|units|shares|cars|homes|houses|miles|kilometers|km|feet|meters|metres|tons|tonnes|barrels|acres|pounds|dollars|euros|points|students|cases|deaths|patients|residents|rooms|beds|calories|words|pages|seats|signatures|rounds|yards|hours|minutes|seconds|days|times|percent|per\b|%)/i;

/**
 * Years standing alone: four digits from 1900 to 2099 that are not part of a larger number, an
 * amount or a count, and not a model or route number.
 *
 * @example
 * findBareYears('Obama won in 2008 and again in 2012.') → 2008, 2012
 * findBareYears('The bill got 2008 votes and cost $2010.') → nothing
 */
export function findBareYears(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of text.matchAll(/(?<![\d.,$€£#/:]|\bNo\. |\bRoute |\bFlight |\bmodel |\bRoom )\b((?:19|20)\d{2})\b(?![.,:/]\d|%|\s?(?:-|–)\s?\d{1,3}\b(?!\d))/g)) {
    if (COUNT_NOUNS.test(text.slice(m.index + 4, m.index + 24))) continue;
    // After a hyphen only as the end of a range of years ("2009-2010"), not "F-2000" or "555-2010".
    if (/[-–]$/.test(text.slice(0, m.index)) && !/(?:^|[^\d])(?:19|20)\d{2}[-–]$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ text: m[1]!, start: m.index, value: m[1]!, precision: 'year' });
  }
  return out;
}
