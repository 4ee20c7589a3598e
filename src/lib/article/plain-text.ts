/**
 * The plain text of an article body: what extractors and anchors run on, and what annotation
 * offsets index into. Defined once, in src/lib/anchoring (the rehype plugin that draws the
 * annotations measures the same text on the same tree).
 */
import { articleTree, plainTextMap } from '../anchoring/index.ts';

export function articlePlainText(markdownBody: string): string {
  return plainTextMap(articleTree(markdownBody)).text;
}
