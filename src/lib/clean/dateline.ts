/**
 * A dateline the importer can trust: a whole line near the top that is a date, or says
 * "Published …" / "Updated …" followed by a date (and perhaps a time). A date mentioned
 * inside a sentence is never taken for the publication date.
 */
import { isRealDay } from '../schema/common.ts';
import type { Dateline } from './clean-result.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+)?';
const TIME = '(?:\\s*(?:,|\\||at|-|–|—|/)?\\s*\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5}|(?:gmt|utc)\\s*[+-]?\\d{0,2}(?::?\\d{2})?)?)?';

const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${TIME}$`, 'i'), parts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i'), parts: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase().replace('.', '')]!, +m[2]!] },
  { re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`, 'i'), parts: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase().replace('.', '')]!, +m[1]!] },
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The ISO day a date string (with optional weekday and time) names, or undefined. */
export function parseDateString(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (!mo) continue;
    const iso = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (isRealDay(iso)) return iso;
  }
  return undefined;
}

const LABELLED = /^(first published|published on|published|posted on|posted|last updated on|last updated|updated on|updated|modified|date)\s*:?\s*(.+)$/i;

const LEADING_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}(?:\s*[+-]\d{1,2})?)?\s*(?:,|\||on|-|–|—)?\s*/i;

/** Read a whole line as a dateline, or undefined. */
export function parseDateline(text: string, line: number): Dateline | undefined {
  const labelled = LABELLED.exec(text);
  if (labelled) {
    // "Updated 14:05 GMT, March 9, 2026": some sites put the time before the date.
    const value = parseDateString(labelled[2]!) ?? parseDateString(labelled[2]!.replace(LEADING_TIME, ''));
    if (!value) return undefined;
    const label = labelled[1]!.toLowerCase();
    const kind = /updated|modified/.test(label) ? 'updated' : label === 'date' ? 'date' : 'published';
    return { line, text, value, kind };
  }
  const value = parseDateString(text);
  return value ? { line, text, value, kind: 'date' } : undefined;
}

/** Of several datelines, the one that best says when the article first appeared. */
export function bestDateline(found: Dateline[]): Dateline | null {
  const rank = { published: 0, date: 1, updated: 2 } as const;
  return [...found].sort((a, b) => rank[a.kind] - rank[b.kind] || a.line - b.line)[0] ?? null;
}
