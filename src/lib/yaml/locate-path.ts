/**
 * From a data path (a zod issue path such as ["quotes", 2, "speaker"]) to the line and column
 * in the YAML source, so any validator can report `path:line:col` where the editor sees it.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface SourcePosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export type DataPath = readonly PropertyKey[];

/**
 * The position of the deepest node along `path` that exists. A scalar field points at its
 * value; a field holding a list or mapping points at its key; a missing field points at the
 * mapping that should hold it; an empty document at 1:1.
 */
export function locatePath(doc: Document, counter: LineCounter, path: DataPath): SourcePosition {
  const at = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const resolve = (n: unknown): Node | undefined => {
    const node = isAlias(n) ? n.resolve(doc) : n;
    return isNode(node) ? node : undefined;
  };

  let node = resolve(doc.contents);
  if (!node) return at(undefined);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const key = isScalar(p.key) ? p.key.value : p.key;
        return String(key) === String(segment);
      });
      if (!pair) return at(node.range?.[0]);
      const keyStart = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      const value = resolve(pair.value);
      if (!value || (isScalar(value) && value.value === null)) return at(keyStart ?? node.range?.[0]);
      if (last) return at(isScalar(value) ? value.range?.[0] : (keyStart ?? value.range?.[0]));
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = resolve(node.items[segment]);
      if (!item) return at(node.range?.[0]);
      node = item;
    } else {
      return at(node.range?.[0]);
    }
  }
  return at(node.range?.[0]);
}
