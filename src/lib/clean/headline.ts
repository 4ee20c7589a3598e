/**
 * The top of a scraped page, before the first line of prose: headline variants, a file name,
 * breadcrumbs, datelines and bylines. One headline becomes the title; the rest is set aside.
 *
 * The top ends at the first line that is not shaped like a headline, and holds at most
 * MAX_TOP lines, so a body made of short lines is never mistaken for headline variants.
 */
import { breadcrumbBefore, leadingBreadcrumb } from './breadcrumb.ts';
import { parseAuthorLine, parseByline } from './byline.ts';
import type { Dateline, RemovedLine } from './clean-result.ts';
import { bestDateline, parseDateline } from './dateline.ts';
import { isOpen, lineBelow, type LineRecord } from './line-record.ts';
import { compact, continuesOnNextLine, isHeadlineLike, unwrapQuotes, wordCount } from './line-shape.ts';

const MAX_TOP = 6;
/** Headline variants are short; a longer headline-shaped line next to the title is a standfirst and stays. */
const MAX_VARIANT_WORDS = 14;

const FILE_EXTENSION = /\.(?:txt|html?|md|docx?|pdf|json)$/i;

/** A file name: no spaces, and underscores or a file extension ("Trump_s_Talks_with_Putin"). */
export function looksLikeFileName(text: string): boolean {
  return !/\s/.test(text) && (/[\p{L}\p{N}]_[\p{L}\p{N}]/u.test(text) || FILE_EXTENSION.test(text));
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been has have had not no yet it its this that
  these those he she they we you i his her their our will would can could may might says said say over after amid about
  into than then up out new more`.split(/\s+/),
);
const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w)));

/** How many content words a headline shares with the opening of the body. */
function overlap(headline: string, opening: Set<string>): number {
  let n = 0;
  for (const w of contentWords(headline)) if (opening.has(w)) n++;
  return n;
}

export interface HeadlineResult {
  title: string | null;
  dateline: Dateline | null;
  /** Front parts of lines cut off (a breadcrumb glued to a headline that appears only once). */
  partial: RemovedLine[];
}

export function resolveHeadline(records: LineRecord[]): HeadlineResult {
  const partial: RemovedLine[] = [];
  const datelines: Dateline[] = [];
  const top: LineRecord[] = [];
  let bodyStart = records.length;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (!isOpen(r)) continue;
    const dateline = parseDateline(r.text, r.line);
    if (dateline) {
      r.reason = 'dateline';
      datelines.push(dateline);
      continue;
    }
    if (parseByline(r.text) || parseAuthorLine(r.text)) {
      r.reason = 'byline';
      continue;
    }
    // A line that runs on into the next one is the start of a hard-wrapped paragraph.
    const wrapped = continuesOnNextLine(r.text, lineBelow(records, i));
    if (top.length < MAX_TOP && !wrapped && (looksLikeFileName(r.text) || isHeadlineLike(r.text))) {
      top.push(r);
      continue;
    }
    bodyStart = i;
    break;
  }

  // Working texts: a headline with its breadcrumb cut off stands for its line from here on.
  const text = new Map<LineRecord, string>(top.map((r) => [r, r.text]));

  for (const r of top) {
    if (looksLikeFileName(r.text)) r.reason = 'file-name';
  }
  for (const r of top) {
    if (r.reason) continue;
    const other = top.find((t) => t !== r && !t.reason && breadcrumbBefore(r.text, t.text) !== undefined);
    if (other) {
      r.reason = 'breadcrumb';
      continue;
    }
    const cut = leadingBreadcrumb(r.text);
    if (cut && isHeadlineLike(cut.rest)) {
      partial.push({ line: r.line, text: cut.crumb, reason: 'breadcrumb' });
      text.set(r, cut.rest);
    }
  }
  // A file name that spells a headline in the list ("Some_Title" beside "Some Title").
  for (const r of top) {
    if (!r.reason && !/\s/.test(r.text) && top.some((t) => t !== r && compact(t.text) === compact(r.text) && /\s/.test(t.text))) r.reason = 'file-name';
  }

  const seen = new Set<string>();
  const distinct: LineRecord[] = [];
  for (const r of top) {
    if (r.reason) continue;
    const key = compact(unwrapQuotes(text.get(r)!));
    if (seen.has(key)) {
      r.reason = 'duplicate-headline';
      continue;
    }
    seen.add(key);
    distinct.push(r);
  }

  let title: string | null = null;
  if (distinct.length > 0) {
    const variants = distinct.filter((r) => wordCount(text.get(r)!) <= MAX_VARIANT_WORDS);
    let chosen = distinct[0]!;
    if (variants.length > 1) {
      const openingLines = records.slice(bodyStart).filter(isOpen).slice(0, 2).map((r) => r.text).join(' ');
      const opening = contentWords(openingLines);
      chosen = variants.reduce((best, r) => (overlap(text.get(r)!, opening) > overlap(text.get(best)!, opening) ? r : best));
    } else if (variants.length === 1) {
      chosen = variants[0]!;
    }
    chosen.reason = 'title';
    title = text.get(chosen)!;
    for (const r of variants) if (r !== chosen) r.reason = 'alternative-headline';
    // The same headline again further down (a sticky header, a print footer) is not body text either.
    const key = compact(unwrapQuotes(title));
    for (const r of records.slice(bodyStart)) {
      if (isOpen(r) && isHeadlineLike(r.text) && compact(unwrapQuotes(r.text)) === key) r.reason = 'duplicate-headline';
    }
  }
  return { title, dateline: bestDateline(datelines), partial };
}
