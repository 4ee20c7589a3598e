/**
 * Body lines into paragraphs. Each line is a paragraph, except that a line broken in the
 * middle of a sentence (see continuesOnNextLine) is joined to the next one: hard-wrapped
 * text reads as the paragraphs it was wrapped from.
 */
import type { LineRecord } from './line-record.ts';
import { continuesOnNextLine } from './line-shape.ts';

export function assembleParagraphs(records: LineRecord[]): string[] {
  const paragraphs: string[] = [];
  let current: string | undefined;
  let previous: LineRecord | undefined;
  for (const r of records) {
    if (r.text === '' || r.reason !== undefined) {
      if (current !== undefined) paragraphs.push(current);
      current = undefined;
      previous = undefined;
      continue;
    }
    const continues = current !== undefined && previous !== undefined && previous.line + 1 === r.line && continuesOnNextLine(current, r.text);
    if (continues) current += ` ${r.text}`;
    else {
      if (current !== undefined) paragraphs.push(current);
      current = r.text;
    }
    previous = r;
  }
  if (current !== undefined) paragraphs.push(current);
  return paragraphs;
}
