/**
 * Day arithmetic for the generator: the date expressions it writes into articles ("on
 * Tuesday", "last week", "14 March 2025") and the ISO values their annotations carry.
 */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DAY_MS = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDay(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** ISO 8601 week, YYYY-Www (the week belongs to the year of its Thursday). */
export function isoWeek(iso: string): string {
  const d = toDate(iso);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function weekday(iso: string): string {
  return WEEKDAYS[toDate(iso).getUTCDay()]!;
}

/** "14 March 2025" or "March 14, 2025". */
export function dayText(iso: string, style: 'uk' | 'us', withYear = true): string {
  const d = toDate(iso);
  const month = MONTHS[d.getUTCMonth()]!;
  const day = d.getUTCDate();
  if (style === 'uk') return withYear ? `${day} ${month} ${d.getUTCFullYear()}` : `${day} ${month}`;
  return withYear ? `${month} ${day}, ${d.getUTCFullYear()}` : `${month} ${day}`;
}

export function monthText(isoMonth: string): string {
  const [y, m] = isoMonth.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}
