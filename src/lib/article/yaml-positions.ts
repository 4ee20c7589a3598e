/**
 * From a zod issue path to the line and column in a YAML document, so a bad field is
 * reported where the editor can see it. A missing field points at its parent mapping; an
 * unknown key points at the key itself.
 */
import { isMap, isNode, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

type PathKey = PropertyKey;

function nodeAt(doc: Document, path: readonly PathKey[]): Node | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  return isNode(node) ? node : undefined;
}

/** Position of the deepest node along `path` that exists (the whole document at worst). */
export function positionOfPath(doc: Document, counter: LineCounter, path: readonly PathKey[], unknownKey?: string): Position {
  if (unknownKey !== undefined) {
    const parent = nodeAt(doc, path);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === unknownKey);
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return toPosition(counter, range[0]);
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (!node?.range) continue;
    if (n < path.length && isMap(node)) {
      // The field is missing: point at the mapping that should hold it.
      return toPosition(counter, node.range[0]);
    }
    return toPosition(counter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

export function toPosition(counter: LineCounter, offset: number): Position {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
