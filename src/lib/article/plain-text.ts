/**
 * The plain text of an article body — what extractors and anchors run on: each top-level
 * block's text content (Markdown escapes and character references resolved), joined by
 * "\n\n". Offsets into this string are what annotations point at.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function articlePlainText(markdownBody: string): string {
  const tree = parser.parse(markdownBody);
  return tree.children.map((node) => toString(node)).join('\n\n');
}
