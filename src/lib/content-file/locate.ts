/**
 * From a data path (a schema issue path such as ["quotes", 2, "speaker"]) to the line and
 * column in the YAML source, so every problem is reported where the editor sees it.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export interface SourcePosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export type DataPath = readonly PropertyKey[];

/** Where the parts of a file are: a value (or the mapping that lacks it), and a key. */
export interface Locator {
  /**
   * The deepest node along `path` that exists. A scalar field points at its value; a field
   * holding a list or mapping at its key; a missing field at the mapping that should hold
   * it; an empty document at its first line.
   */
  at(path: DataPath): SourcePosition;
  /** The key of the field at `path` (an unknown or misspelled field), else as `at`. */
  keyAt(path: DataPath): SourcePosition;
}

/** A locator for data that has no file behind it (the extractor's suggestions): line 1. */
export const NOWHERE: Locator = { at: () => ({ line: 1, column: 1 }), keyAt: () => ({ line: 1, column: 1 }) };

/** `firstLine` is the file line the YAML starts on (2 for frontmatter after its `---`). */
export function yamlLocator(doc: Document, counter: LineCounter, firstLine = 1): Locator {
  const position = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { line: firstLine, column: 1 };
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const resolve = (n: unknown): Node | undefined => {
    const node = isAlias(n) ? n.resolve(doc) : n;
    return isNode(node) ? node : undefined;
  };
  const pairOf = (map: Node, segment: PropertyKey): Pair | undefined =>
    isMap(map)
      ? map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment))
      : undefined;

  /** The node at the end of `path`, with its pair when it is a mapping's value. */
  function walk(path: DataPath): { node: Node; pair?: Pair; complete: boolean } | undefined {
    let node = resolve(doc.contents);
    if (!node) return undefined;
    let pair: Pair | undefined;
    for (const segment of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        pair = pairOf(node, segment);
        next = pair ? resolve(pair.value) : undefined;
        if (pair && (!next || (isScalar(next) && next.value === null))) {
          // A key with no value: the key is what the editor can see.
          return { node: isNode(pair.key) ? pair.key : node, complete: false };
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        pair = undefined;
        next = resolve(node.items[segment]);
      }
      if (!next) return { node, complete: false };
      node = next;
    }
    return { node, pair, complete: true };
  }

  function at(path: DataPath): SourcePosition {
    const found = walk(path);
    if (!found) return position(undefined);
    const { node, pair, complete } = found;
    if (complete && pair && !isScalar(node) && isNode(pair.key)) return position(pair.key.range?.[0]);
    return position(node.range?.[0]);
  }
  function keyAt(path: DataPath): SourcePosition {
    const parent = walk(path.slice(0, -1));
    const pair = parent?.complete ? pairOf(parent.node, path.at(-1)!) : undefined;
    if (pair && isNode(pair.key)) return position(pair.key.range?.[0]);
    return at(path);
  }
  return { at, keyAt };
}
