/**
 * The article's own reference list ("References:" / "Sources:" then "[1] https://…" lines),
 * moved out of the body into the frontmatter's `sources`.
 *
 * An entry needs a link, or — under an explicit References/Sources heading — a short title
 * (a citation, not a sentence). Numbered lines that are prose stay in the body.
 */
import type { ArticleSource } from '../schema/article.ts';
import { httpUrlSchema } from '../schema/common.ts';
import { isOpen, nextNonBlank, type LineRecord } from './line-record.ts';
import { boilerplateKey, wordCount } from './line-shape.ts';

const HEADINGS = new Set(['references', 'sources', 'source list', 'citations', 'reference list', 'links', 'further sources', 'notes and references']);
const BRACKETED = /^(\[\d{1,3}\])\s*(.+)$/;
const NUMBERED = /^(\d{1,3}[.)])\s+(.+)$/;
const URL = /https?:\/\/[^\s<>"”’)\]]+/;

export const isReferenceHeading = (text: string) => HEADINGS.has(boilerplateKey(text));

/** Parse one entry, or undefined when the line is not a reference. */
export function parseReference(text: string, underHeading: boolean): ArticleSource | undefined {
  const m = BRACKETED.exec(text) ?? (underHeading ? NUMBERED.exec(text) : null);
  if (!m) return undefined;
  const label = m[1]!.startsWith('[') ? m[1]! : `[${m[1]!.replace(/[.)]$/, '')}]`;
  const rest = m[2]!.trim();
  const urlMatch = URL.exec(rest);
  const url = urlMatch ? urlMatch[0].replace(/[.,;:]+$/, '') : undefined;
  if (url !== undefined && !httpUrlSchema.safeParse(url).success) return undefined;
  const title = (url ? rest.replace(urlMatch![0], '') : rest).replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, '').replace(/^["“]|["”]$/g, '').trim();
  // A reference names a work; a long run of words is a numbered paragraph of prose.
  if (wordCount(title) > 25) return undefined;
  // Without a link only a short citation under a References heading counts.
  if (!url && (!underHeading || wordCount(title) > 20 || !title)) return undefined;
  return { label, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** Claim reference headings and their entries; return the entries in order. */
export function extractReferenceList(records: LineRecord[]): ArticleSource[] {
  const sources: ArticleSource[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (!isOpen(r)) continue;
    const heading = isReferenceHeading(r.text);
    const entries: Array<{ record: LineRecord; source: ArticleSource }> = [];
    let j = heading ? nextNonBlank(records, i) : i;
    while (j !== -1 && isOpen(records[j]!)) {
      const source = parseReference(records[j]!.text, heading);
      if (!source || (!heading && !source.url)) break;
      entries.push({ record: records[j]!, source });
      j = nextNonBlank(records, j);
    }
    if (entries.length === 0) continue;
    if (heading) r.reason = 'reference-heading';
    for (const e of entries) {
      e.record.reason = 'reference';
      sources.push(e.source);
    }
    i = records.indexOf(entries[entries.length - 1]!.record);
  }
  return sources;
}
