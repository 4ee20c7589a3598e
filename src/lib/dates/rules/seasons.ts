import { tenseAt } from './tense.ts';
import type { DateExpression } from '../calendar.ts';

const SEASON: Record<string, { code: string; start: number }> = {
  spring: { code: 'SP', start: 3 },
  summer: { code: 'SU', start: 6 },
  fall: { code: 'FA', start: 9 },
  autumn: { code: 'FA', start: 9 },
  winter: { code: 'WI', start: 12 },
};

/**
 * Seasons named as times ("this summer", "last fall", "the winter of 1994", "spring 2015"):
 * TimeML values `YYYY-SU` and so on. A season with no modifier and no year ("the fall of the
 * Berlin Wall") is not a time and is left alone. "Last" is the latest such season already over,
 * "next" the coming one, "this" the one of the publication year. A winter counts by the year it
 * begins in ("last winter" in March 1998 is 1997-WI).
 *
 * @example
 * findSeasons('Prices rose last fall.', '1998-03-05') → "last fall" = 1997-FA
 * findSeasons('The plant opens this summer.', '1998-03-05') → "this summer" = 1998-SU
 */
export function findSeasons(text: string, published: string): DateExpression[] {
  const out: DateExpression[] = [];
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const re = /\b(?:(this|last|next|past|this past|early|late|mid-?)\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d{2})\b)?/gi;
  for (const m of text.matchAll(re)) {
    const [whole, modifier, name, given] = m;
    const season = SEASON[name!.toLowerCase()]!;
    const mod = modifier?.toLowerCase().replace(/\s+/g, ' ');
    let by = mod;
    if (!given && (!mod || /^(?:early|late|mid-?)$/.test(mod))) {
      // "by spring", "in the summer", "through the winter": after a preposition of time a season is
      // the coming one in a clause about the future, the latest one in a clause about the past.
      // ("Fall" is left alone: "the fall of the government".)
      const before = /\b(by|in|until|till|through|throughout|during|over|before|after|since)\s+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const lead = before !== null;
      // ("The winter of nineteen eighty-one": a season "of" something says which one itself.)
      const of = /^\s+of\b/i.test(text.slice(m.index + whole.length, m.index + whole.length + 4));
      const tense = lead && !of && !/^fall$/i.test(name!) ? tenseAt(text, m.index, whole.length) : undefined;
      // (A deadline not in the past, "expects the lists to fall by spring", is ahead.)
      const deadline = /^(?:by|until|till)$/i.test(before?.[1] ?? '') && tense !== undefined && tense !== 'past';
      if (tense !== 'future' && tense !== 'past' && !deadline) continue;
      // (A season counted from an event, "born in the summer after the war", is no recent one.)
      if (/^\s+(?:after|before|following)\b/i.test(text.slice(m.index + whole.length, m.index + whole.length + 12))) continue;
      by = tense === 'past' ? 'last' : 'next';
    }
    const y = given ? Number(given) : seasonYear(season, by!, year, month);
    out.push({ text: whole, start: m.index, value: `${y}-${season.code}`, precision: 'season' });
  }
  return out;
}

function seasonYear(season: { code: string; start: number }, mod: string, year: number, month: number): number {
  if (season.code === 'WI') {
    const inWinter = month === 12 || month <= 2;
    const current = month <= 2 ? year - 1 : year; // the winter that is running or comes next this year
    if (mod === 'next') return inWinter ? current + 1 : year;
    if (mod === 'this') return current;
    return inWinter ? current - 1 : year - 1; // last, past
  }
  if (mod === 'next') return month >= season.start ? year + 1 : year;
  if (mod === 'this') return year;
  return month >= season.start + 3 ? year : year - 1; // last, past: the latest one over
}
