/**
 * Raw scraped news text → title, body paragraphs, reference list, authors and publisher
 * (from bylines, "Published by" and copyright lines), and an account of every line left out
 * and why. The text must already be decoded (see decode-raw.ts).
 *
 * Rules work on whole lines and on the shape of a line, never on words found inside a
 * paragraph, so a sentence of the publisher's text is never dropped: every non-blank line
 * ends up either in `paragraphs` or in `removed` with its reason.
 */
import { classifyBoilerplate } from './boilerplate-lines.ts';
import type { CleanResult, RemovedLine } from './clean-result.ts';
import { resolveHeadline } from './headline.ts';
import { toLineRecords } from './line-record.ts';
import { assembleParagraphs } from './paragraphs.ts';
import { extractReferenceList } from './reference-list.ts';
import { readProvenance } from './provenance.ts';
import { markTeaserBlocks } from './teaser-blocks.ts';
import { unescapeQuotes } from './unescape-quotes.ts';

export function cleanArticle(text: string): CleanResult {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records = toLineRecords(unescapeQuotes(normalized).text);

  for (const r of records) r.reason = classifyBoilerplate(r.text);
  markTeaserBlocks(records);
  const sources = extractReferenceList(records);
  const { title, dateline, partial } = resolveHeadline(records);

  const removed: RemovedLine[] = [];
  for (const r of records) {
    // A breadcrumb cut off the front of a line is listed before what became of the rest of it.
    removed.push(...partial.filter((p) => p.line === r.line));
    if (r.reason === undefined) continue;
    removed.push({ line: r.line, text: r.reason === 'title' && title !== null ? title : r.text, reason: r.reason });
  }
  return { title, paragraphs: assembleParagraphs(records), sources, removed, dateline, ...readProvenance(records) };
}
