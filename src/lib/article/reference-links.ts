/**
 * Reference markers in the publisher's text ("…military spending [2].") as Markdown links to
 * the article's own sources: `[\[2\]](https://…)`. A marker becomes a link only when the
 * article's reference list has an entry with that label and an address; any other bracketed
 * number stays text.
 *
 * The link's text is the marker itself, so the article's plain text — what annotations are
 * anchored in — is the same with or without the links.
 */
import type { ArticleSource } from '../schema/article.ts';
import { paragraphsToMarkdown } from './markdown-escape.ts';

const MARKER = /\[(\d{1,3})\]/g;
// Private-use characters stand in for markers while the rest of the text is escaped.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = new RegExp(`${OPEN}(\\d{1,3})${CLOSE}`, 'g');

/** A link destination CommonMark reads back unchanged: bare when it can be, else in angle brackets. */
const destination = (url: string) => (/^[^\s()<>\\]+$/.test(url) ? url : `<${url}>`);

/** Markdown body (as `paragraphsToMarkdown` makes it) with reference markers linked to `sources`. */
export function paragraphsToLinkedMarkdown(paragraphs: string[], sources: readonly ArticleSource[]): string {
  const urls = new Map<string, string>();
  for (const s of sources) if (s.label && s.url && !urls.has(s.label)) urls.set(s.label, s.url);
  if (urls.size === 0) return paragraphsToMarkdown(paragraphs);
  const marked = paragraphs.map((p) =>
    p.includes(OPEN) || p.includes(CLOSE) ? p : p.replace(MARKER, (m, n: string) => (urls.has(`[${n}]`) ? `${OPEN}${n}${CLOSE}` : m)),
  );
  return paragraphsToMarkdown(marked).replace(PLACEHOLDER, (m, n: string) => {
    const url = urls.get(`[${n}]`);
    return url === undefined ? m : `[\\[${n}\\]](${destination(url)})`;
  });
}
