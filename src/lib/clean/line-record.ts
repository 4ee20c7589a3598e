import type { RemovalReason } from './clean-result.ts';

/**
 * One raw line while the cleaner works on it: its 1-based number, its text (trimmed, with
 * runs of spaces and tabs collapsed) and, once a rule claims it, why it is not body text.
 */
export interface LineRecord {
  line: number;
  text: string;
  reason?: RemovalReason;
}

export function toLineRecords(text: string): LineRecord[] {
  return text.split('\n').map((raw, i) => ({ line: i + 1, text: raw.replace(/[ \t]+/g, ' ').trim() }));
}

/** Lines with text that no rule has claimed yet. */
export const isOpen = (r: LineRecord) => r.text !== '' && r.reason === undefined;

/** Index of the next non-blank line after `i`, or -1. */
export function nextNonBlank(records: LineRecord[], i: number): number {
  for (let j = i + 1; j < records.length; j++) if (records[j]!.text !== '') return j;
  return -1;
}

/** The text of the line directly below (undefined when it is blank or the last line). */
export function lineBelow(records: LineRecord[], i: number): string | undefined {
  const next = records[i + 1];
  return next && next.text !== '' ? next.text : undefined;
}
