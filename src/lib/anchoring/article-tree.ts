/**
 * An article body's HTML tree (hast), made the one way both the loader and the page renderer
 * make it: remark-parse, then remark-rehype with its defaults (raw HTML in the Markdown is
 * dropped, so it is neither shown nor part of the plain text).
 */
import type { Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toHast = unified().use(remarkParse).use(remarkRehype).freeze();

export function articleTree(markdownBody: string): Root {
  return toHast.runSync(toHast.parse(markdownBody));
}
