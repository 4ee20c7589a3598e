/**
 * Date expressions with their values, normalized against the publication date and the time the
 * narrative has reached. chrono-node finds the common forms; the rules in ./rules add what it
 * lacks or gets wrong for news:
 * - `findFuzzyPeriods`: "end of next year", "early 2026", "mid-November" at the precision they name;
 * - `findHolidays`: "Thanksgiving", "Christmas Eve", "the Fourth of July";
 * - `findQuarters`: "the third quarter", "third-quarter" (TimeML `YYYY-Qn`);
 * - `findAnaphoric` + `resolveAnaphoric`: "a day earlier", "the same day", "later in the day",
 *   against the last explicitly dated expression before them (HeidelTime's narrative reference);
 * - `findRelativePeriods`: "this week", "last month", "six weeks ago" at their precision;
 * - `findSeasons`: "last fall", "the winter of 1994" (TimeML `YYYY-FA`, `YYYY-WI`);
 * - `resolveWeekday`, `resolveMonth` with `tenseAt`: weekdays and months without a year, by the
 *   tense of their clause (no future month in past-tense reporting);
 * - `findBareYears`: "2008", not "2008 votes";
 * - `findReferenceWords`: "now", "recently", "the future" (PRESENT_REF, PAST_REF, FUTURE_REF);
 * - `trimDateSpan`: no leading preposition, no neighbouring numbers ("7 to 4 on Tuesday").
 * Durations ("two-hour", "30-day") and times of day are not dates.
 *
 * `findDateExpressions` gives every expression with its TimeML value; `extractDates` gives the
 * ones an editor can use as a date annotation: a day, week, month or year (a quarter or a
 * season counts as its year).
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../schema/index.ts';
import { splitSentences } from '../text/sentences.ts';
import { WEEKDAYS, dayValue, monthValue, pad, type DateExpression } from './calendar.ts';
import { findAnaphoric, fineEnough, resolveAnaphoric, type AnaphoricExpression } from './rules/anaphoric.ts';
import { findBareYears } from './rules/bare-years.ts';
import { findFuzzyPeriods } from './rules/fuzzy-periods.ts';
import { findHolidays } from './rules/holidays.ts';
import { findMonthsOfYear, resolveMonth, resolveMonthDay } from './rules/month-without-year.ts';
import { findQuarters } from './rules/quarters.ts';
import { findReferenceWords } from './rules/reference-words.ts';
import { findRelativePeriods } from './rules/relative-periods.ts';
import { findSeasons } from './rules/seasons.ts';
import { tenseAt, type Tense } from './rules/tense.ts';
import { trimDateSpan } from './rules/trim-span.ts';
import { isKindOfDay, resolveWeekday } from './rules/weekday.ts';

export { isoWeek } from './calendar.ts';
export type { DateExpression, ExpressionPrecision } from './calendar.ts';

export interface DateMention {
  text: string;
  start: number;
  value: string;
  precision: Precision;
}

/**
 * Words without which chrono finds nothing: digits, month and weekday names (and their
 * abbreviations), relative words. Broad on purpose: a sentence that matches is only parsed.
 */
const DATE_TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:to(?:day|night|morrow)|yesterday|now|noon|midnight|morning|afternoon|evening|night|weekend|ago|later|earlier|next|last|this|past|week|month|year|day|hour|minute|second|quarter|decade|century|christmas|easter|eve|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|couple)/i;

/**
 * chrono's matches with offsets in the whole text. chrono runs every one of its parsers over
 * the text it is given; most sentences in news carry no date, so only the sentences with a
 * trigger word are parsed (about twice as fast on news prose, same results).
 */
function chronoMatches(text: string, ref: Date): ChronoMatch[] {
  const out: ChronoMatch[] = [];
  const parse = (t: string) => chrono.en.casual.parse(t, { instant: ref, timezone: 0 }, { forwardDate: false });
  for (const s of splitSentences(text)) {
    if (!DATE_TRIGGER.test(s.text)) continue;
    const found: ChronoMatch[] = [];
    for (const r of parse(s.text)) {
      // "the evening of Friday, Oct. 24": the date is what follows "of"; chrono reads the part of
      // the day as today's and loses the date after it.
      const partOf = PART_OF_DAY_OF.exec(r.text);
      const inner = partOf ? parse(r.text.slice(partOf[0].length))[0] : undefined;
      if (partOf && inner?.index === 0) found.push(...splitRange(inner, s.start + r.index + partOf[0].length));
      else if (!partOf) found.push(...splitRange(r, s.start + r.index));
    }
    // chrono never reads "last May", "next May" or "this May" (May is too often the verb); a
    // capitalised May after one of those words is the month.
    for (const m of s.text.matchAll(/\b(?:last|next|this) (May)\b/g)) {
      const index = s.start + m.index + m[0].length - 3;
      const month = parse('in May')[0];
      if (month && !found.some((f) => f.index <= index && index < f.index + f.text.length)) found.push({ text: 'May', start: month.start, index });
    }
    out.push(...found.sort((a, b) => a.index - b.index));
  }
  return out;
}

/** A chrono match: its words, what it says, and where it starts in the whole text. */
interface ChronoMatch {
  text: string;
  start: chrono.ParsedComponents;
  index: number;
}

/** "last Thursday, to Nov. 6", "Friday to December", "March to May 2024": two dates, each with its own span. */
const RANGE_JOIN = /,?\s+(?:to|through|until|till)\s+|\s*[–-]\s*(?=\D)/i;

function splitRange(r: chrono.ParsedResult, index: number): ChronoMatch[] {
  const join = r.end ? RANGE_JOIN.exec(r.text) : null;
  if (!r.end || !join) return [{ text: r.text, start: r.start, index }];
  const second = join.index + join[0].length;
  return [
    { text: r.text.slice(0, join.index), start: r.start, index },
    { text: r.text.slice(second), start: r.end, index: index + second },
  ];
}

/** A part of the day before the date it belongs to: "night of " in "the night of Oct. 23". */
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;
/** A month's name in full, to tell "March" the month from "march" the word. */
const MONTH_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** An amount of time ("a year", "two days"): a stretch, not a date, unless counted from publication ("in two days"). */
const AMOUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:days?|weeks?|months?|quarters?|years?)';
const DURATION = new RegExp(`^${AMOUNT}$`, 'i');
const IN_AMOUNT = new RegExp(`^in ${AMOUNT}$`, 'i');
/** "Over the past year", "the past two weeks": the stretch up to now, not the calendar year or week before. */
const PAST_STRETCH = /^past (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|\d+) )?(?:days?|weeks?|months?|years?|decades?)$/i;
/** A part of the day on its own ("night trains", "a morning talk show", "Good evening"): no date. */
const BARE_PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;

/** One chrono match as a date expression, or undefined when it is not a date (a time of day, a vague stretch). */
function fromChrono(text: string, r: ChronoMatch, index: number, published: string): DateExpression | undefined {
  const phrase = r.text.replace(/[,.;:]+$/, '');
  const trimmed = phrase.trim();
  if (/^(now|today|tonight|soon|overnight)$/i.test(trimmed) && !/^(today|tonight)$/i.test(trimmed)) return undefined;
  if (BARE_PART_OF_DAY.test(trimmed)) return undefined;
  // "Orangemen march each July", "the march", "You may": in lower case these are words, not months.
  const monthWord = MONTH_WORD.exec(trimmed)?.[0];
  if (monthWord && monthWord === monthWord.toLowerCase() && !r.start.isCertain('day')) return undefined;
  // An amount of time, not a date: "the slowest rise in a year", "for two days", "victory within a week",
  // "over the past year", "after a weekend of talks".
  if (DURATION.test(trimmed) || /^(?:within|for|over)\b/i.test(trimmed) || PAST_STRETCH.test(trimmed) || (/^weekend$/i.test(trimmed) && /\ba\s+$/i.test(text.slice(Math.max(0, index - 3), index)))) return undefined;
  // "in the year to October", "in the week": chrono reads "the" as "a" and counts a year on; it names no date.
  if (/^(?:in )?the (?:days?|weeks?|months?|quarters?|years?)$/i.test(trimmed)) return undefined;
  // "in two days" is a date when the clause looks ahead ("the vote will be held in two days"), else a stretch of time.
  if (IN_AMOUNT.test(trimmed) && tenseAt(text, index, phrase.length) !== 'future') return undefined;
  if (/^\d+$/.test(trimmed) && !/^(1[6-9]|20)\d{2}$/.test(trimmed)) return undefined;
  // "a year before the pandemic": counted from an event, not a date.
  if (/\b(?:before|after)$/i.test(trimmed) && !/^\s*(?:[,.;)]|$)/.test(text.slice(index + phrase.length, index + phrase.length + 2))) return undefined;
  // Fractions ("7/8", a share price of "112 5/8") and a bare "quarter" (the quarter rules read those).
  if (/^(?:\d+ )?\d{1,2}\/\d{1,2}$/.test(trimmed) || /^(?:the |a )?quarter$/i.test(trimmed) || /^(?:in )?half(?: and)?$/i.test(trimmed)) return undefined;
  const c = r.start;
  if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday')) return undefined; // times of day
  const lower = phrase.toLowerCase();
  if (/\b(few|several|coming)\b/.test(lower)) return undefined; // "the next few weeks" is vague
  const weekday = WEEKDAYS.find((w) => lower.includes(w));
  // Abbreviated weekdays ("Sun", "Wed") are too often names ("The Sun").
  if (!weekday && /^(on )?(sun|mon|tue|wed|thu|fri|sat)\w*[,.]?$/i.test(trimmed)) return undefined;
  const before = text.slice(Math.max(0, index - 6), index);
  const modifier = (/\b(last|next|this)\s*$/i.exec(before)?.[1] ?? /\b(last|next|this)\b/i.exec(lower)?.[1])?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
  const own = /\b(last|next|this)\s*$/i.test(before) ? before.slice(before.search(/\b(last|next|this)\s*$/i)) : '';
  const start = index - own.length;
  const span = own + phrase;
  if (weekday && !c.isCertain('day') && !c.isCertain('month')) {
    if (!modifier && isKindOfDay(text, index, phrase.length)) return undefined;
    return { text: span, start, value: resolveWeekday(WEEKDAYS.indexOf(weekday), published, weekdayTense(text, index, phrase.length, weekday), modifier), precision: 'day' };
  }
  const year = c.get('year')!;
  const month = c.get('month')!;
  if (c.isCertain('day') && c.isCertain('month') && !c.isCertain('year')) {
    return { text: span, start, value: resolveMonthDay(month, c.get('day')!, published, tenseAt(text, index, phrase.length)), precision: 'day' };
  }
  if (c.isCertain('day')) return { text: span, start, value: `${year}-${pad(month)}-${pad(c.get('day')!)}`, precision: 'day' };
  if (c.isCertain('month')) {
    const value = c.isCertain('year') ? monthValue(year, month) : resolveMonth(month, published, tenseAt(text, index, phrase.length), modifier);
    return { text: span, start, value, precision: 'month' };
  }
  if (c.isCertain('year')) return { text: span, start, value: String(year), precision: 'year' };
  return { text: span, start, value: dayValue(c.date()), precision: 'day' };
}

const FUZZY_WORDS = /\b(?:end|beginning|start|middle|close|rest|remainder|early|mid|late|half)\b/i;
const HOLIDAY_WORDS = /Day\b|Eve\b|Easter|Christmas|Thanksgiving|Halloween|Juneteenth|Fourth of July|July Fourth|Good Friday|Black Friday/;
const ANAPHORIC_WORDS = /\b(?:earlier|later|before|after|afterwards?|previously|previous|preceding|next|following|same|that (?:day|week|month|year)|year-(?:earlier|ago)|ago|the \d{1,2}(?:st|nd|rd|th))\b/i;

export function findDateExpressions(text: string, published: string): DateExpression[] {
  const ref = new Date(`${published}T12:00:00Z`);
  const out: DateExpression[] = [];
  const anaphoric: AnaphoricExpression[] = [];
  const taken = (start: number, length: number) => out.some((o) => start < o.start + o.text.length && o.start < start + length) || anaphoric.some((a) => start < a.start + a.text.length && a.start < start + length);
  const add = (m: DateExpression | undefined) => {
    if (!m) return;
    const { text: t, shift } = trimDateSpan(m.text);
    const trimmed = { ...m, text: t, start: m.start + shift };
    if (!taken(trimmed.start, trimmed.text.length)) out.push(trimmed);
  };
  // Each rule only where its words occur: most articles name no holiday, quarter or season.
  if (FUZZY_WORDS.test(text)) findFuzzyPeriods(text, published).forEach(add);
  if (/ of (?:last|next|this) year/.test(text)) findMonthsOfYear(text, published).forEach(add);
  if (HOLIDAY_WORDS.test(text)) findHolidays(text, published).forEach(add);
  if (/quarter|\bQ[1-4]\b/i.test(text)) findQuarters(text, published).forEach(add);
  if (ANAPHORIC_WORDS.test(text)) for (const a of findAnaphoric(text)) if (!taken(a.start, a.text.length)) anaphoric.push(a);
  findRelativePeriods(text, published).forEach(add);
  if (/spring|summer|fall|autumn|winter/i.test(text)) findSeasons(text, published).forEach(add);
  for (const m of chronoMatches(text, ref)) add(fromChrono(text, m, m.index, published));
  findBareYears(text).forEach(add);
  findReferenceWords(text).forEach(add);

  // Anaphoric expressions against the last explicitly dated expression before them (not against
  // each other: "the year-earlier quarter … a year earlier" both count from the same quarter).
  // A narrative moving on ("Two days later … The following day …", "on the 14th") counts on from where
  // it got to: what moves forward is counted from the dates written out and the steps forward before
  // it (`chain`); a step back ("a day earlier") only from the dates written out (`dated`).
  const dated = out.filter((d) => d.precision !== 'reference').sort((x, y) => x.start - y.start);
  const chain = [...dated];
  for (const a of anaphoric) {
    const forward = a.shift > 0 || a.dayOfMonth !== undefined;
    const lastBefore = (list: DateExpression[], keep: (d: DateExpression) => boolean = () => true) =>
      list.filter((d) => d.start < a.start && keep(d)).reduce<DateExpression | undefined>((x, d) => (!x || d.start > x.start ? d : x), undefined);
    const latest = forward ? lastBefore(chain) : undefined;
    // (After a step forward coarser than the unit, "Two weeks later … The following day", the day is not
    // known: nothing is suggested rather than a day counted from an older date.)
    if (latest && !fineEnough(latest.precision, a.unit) && anaphoric.some((b) => b.start === latest.start)) continue;
    const last = latest && fineEnough(latest.precision, a.unit) ? latest : lastBefore(dated, (d) => fineEnough(d.precision, a.unit));
    if (a.dayOfMonth !== undefined && !last) continue; // "on the 14th" of no month the story has named
    const reference = last && (!a.fromPublication || last.precision === 'quarter') ? last : { value: published, precision: 'day' as const };
    const resolved = { text: a.text, start: a.start, ...resolveAnaphoric(a, reference) };
    out.push(resolved);
    if (forward) chain.push(resolved);
  }
  return out.sort((a, b) => a.start - b.start);
}

const CALENDAR = new Set<DateExpression['precision']>(['day', 'week', 'month', 'year']);

/**
 * The tense a weekday is read by: its clause's, or, where that says nothing ("“Let's get through
 * Tuesday first,” she said"), that of the same weekday named before it in the article, which is
 * the same day ("will meet Tuesday for their only debate").
 */
function weekdayTense(text: string, index: number, length: number, weekday: string): Tense {
  const own = tenseAt(text, index, length);
  if (own !== 'unknown') return own;
  const earlier = [...text.slice(0, index).matchAll(new RegExp(`\\b${weekday}\\b`, 'gi'))].at(-1);
  return earlier ? tenseAt(text, earlier.index, weekday.length) : own;
}

/** The date expressions an editor can annotate: calendar values only (a quarter or season counts as its year). */
export function extractDates(text: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  for (const d of findDateExpressions(text, published)) {
    if (CALENDAR.has(d.precision)) out.push({ text: d.text, start: d.start, value: d.value.replace(/-WE$/, ''), precision: d.precision as Precision });
    else if (d.precision === 'quarter' || d.precision === 'season') out.push({ text: d.text, start: d.start, value: d.value.slice(0, 4), precision: 'year' });
  }
  return out;
}

