/**
 * Date mentions with calendar values, normalized against the publication date with
 * chrono-node, plus the rules chrono lacks: weekdays resolve to the latest such day on or
 * before publication unless the sentence looks ahead; bare years, "earlier this week" (ISO
 * week), "last year"/"last month" periods. Durations ("two-hour", "30-day") are not dates.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../schema/index.ts';
import { splitSentences } from '../text/sentences.ts';

export interface DateMention {
  text: string;
  start: number;
  value: string;
  precision: Precision;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

const FUTURE = /\b(will|would|next|scheduled|planned|set to|due|upcoming|going to)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function sentenceAround(text: string, i: number): string {
  const from = Math.max(text.lastIndexOf('.', i), text.lastIndexOf('\n', i)) + 1;
  const to = text.indexOf('.', i);
  return text.slice(from, to === -1 ? undefined : to);
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
function chronoMatches(text: string, ref: Date): { r: chrono.ParsedResult; index: number }[] {
  const out: { r: chrono.ParsedResult; index: number }[] = [];
  for (const s of splitSentences(text)) {
    if (!DATE_TRIGGER.test(s.text)) continue;
    for (const r of chrono.en.casual.parse(s.text, { instant: ref, timezone: 0 }, { forwardDate: false })) out.push({ r, index: s.start + r.index });
  }
  return out;
}

export function extractDates(text: string, published: string): DateMention[] {
  const ref = new Date(`${published}T12:00:00Z`);
  const out: DateMention[] = [];
  const add = (m: DateMention) => {
    if (!out.some((o) => m.start < o.start + o.text.length && o.start < m.start + m.text.length)) out.push(m);
  };

  // Relative periods chrono does not give a precision for.
  const periods: [RegExp, (m: RegExpExecArray) => { value: string; precision: Precision }][] = [
    [/\b(?:earlier|later) this week\b|\bthis week\b/gi, () => ({ value: isoWeek(ref), precision: 'week' })],
    [/\blast week\b/gi, () => ({ value: isoWeek(new Date(ref.getTime() - 7 * 86_400_000)), precision: 'week' })],
    [/\b(?:late |early )?last year\b/gi, () => ({ value: String(ref.getUTCFullYear() - 1), precision: 'year' })],
    [/\bthis year\b/gi, () => ({ value: String(ref.getUTCFullYear()), precision: 'year' })],
    [/\blast month\b/gi, () => {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1));
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' };
    }],
  ];
  for (const [re, value] of periods) for (const m of text.matchAll(re)) add({ text: m[0], start: m.index, ...value(m as RegExpExecArray) });

  for (const { r, index } of chronoMatches(text, ref)) {
    const phrase = r.text.replace(/[,.;:]+$/, '');
    if (/^(now|today|tonight|soon|overnight)$/i.test(phrase.trim()) && !/^(today|tonight)$/i.test(phrase.trim())) continue;
    if (/^\d+$/.test(phrase.trim()) && !/^(1[6-9]|20)\d{2}$/.test(phrase.trim())) continue;
    const c = r.start;
    if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday')) continue; // times of day
    const lower = phrase.toLowerCase();
    if (/\b(few|several|coming)\b/.test(lower)) continue; // "the next few weeks" is vague
    const weekday = WEEKDAYS.find((w) => lower.includes(w));
    // Abbreviated weekdays ("Sun", "Wed") are too often names ("The Sun").
    if (!weekday && /^(on )?(sun|mon|tue|wed|thu|fri|sat)\w*[,.]?$/i.test(phrase.trim())) continue;
    let d = c.date();
    if (weekday && !c.isCertain('day')) {
      const target = WEEKDAYS.indexOf(weekday);
      const lead = text.slice(Math.max(0, index - 40), index);
      const future = FUTURE.test(lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('“'), lead.lastIndexOf('"')) + 1)) || /\bnext\b/.test(lower);
      const base = new Date(`${published}T00:00:00Z`);
      let delta = (base.getUTCDay() - target + 7) % 7;
      if (future) delta = -(((target - base.getUTCDay() + 7) % 7) || 7);
      d = new Date(base.getTime() - delta * 86_400_000);
      add({ text: phrase, start: index, value: day(d), precision: 'day' });
      continue;
    }
    const year = c.get('year')!;
    const month = c.get('month')!;
    if (c.isCertain('day')) add({ text: phrase, start: index, value: `${year}-${pad(month)}-${pad(c.get('day')!)}`, precision: 'day' });
    else if (c.isCertain('month')) {
      let y = year;
      if (!c.isCertain('year') && `${y}-${pad(month)}` > published.slice(0, 7) && !FUTURE.test(sentenceAround(text, index))) y -= 1;
      add({ text: phrase, start: index, value: `${y}-${pad(month)}`, precision: 'month' });
    } else if (c.isCertain('year')) add({ text: phrase, start: index, value: String(year), precision: 'year' });
    else add({ text: phrase, start: index, value: day(d), precision: 'day' });
  }

  // Bare years: "in 1949", "Established in 1949", "since 2014".
  for (const m of text.matchAll(/\b(?:in|since|of|by|from|until|before|after) ((?:1[89]|20)\d{2})\b(?![-–]\w)/g)) {
    const start = m.index + m[0].indexOf(m[1]!);
    add({ text: m[1]!, start, value: m[1]!, precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}
