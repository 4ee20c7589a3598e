/**
 * The article's authors and publisher, gathered from the lines the cleaner set aside as
 * bylines, publisher lines and copyright notices. A byline that names an outlet is the best
 * evidence of the publisher, then a "Published by" line, then the copyright holder.
 */
import { parseAuthorLine, parseByline, parseCopyright, parsePublisherLine } from './byline.ts';
import type { PublisherCredit } from './clean-result.ts';
import type { LineRecord } from './line-record.ts';

export interface Provenance {
  authors: string[];
  publisher: PublisherCredit | null;
}

const RANK: Record<PublisherCredit['from'], number> = { byline: 0, 'publisher-line': 1, copyright: 2 };

export function readProvenance(records: readonly LineRecord[]): Provenance {
  const authors: string[] = [];
  const credits: PublisherCredit[] = [];
  const credit = (r: LineRecord, name: string | undefined, from: PublisherCredit['from']) => {
    if (name) credits.push({ line: r.line, text: r.text, name, from });
  };
  for (const r of records) {
    if (r.reason === 'byline') {
      const parts = parseByline(r.text) ?? parseAuthorLine(r.text);
      for (const a of parts?.authors ?? []) if (!authors.includes(a)) authors.push(a);
      credit(r, parts?.publisher, 'byline');
    } else if (r.reason === 'publisher-line') {
      credit(r, parsePublisherLine(r.text), 'publisher-line');
    } else if (r.reason === 'copyright') {
      credit(r, parseCopyright(r.text), 'copyright');
    }
  }
  const publisher = [...credits].sort((a, b) => RANK[a.from] - RANK[b.from] || a.line - b.line)[0] ?? null;
  return { authors, publisher };
}
