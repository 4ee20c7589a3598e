/**
 * Canonical YAML for annotation, actor and event files: the one text each file's data has,
 * so that every change an editor makes is a small, readable diff and a formatter can insist
 * on it. Keys in a fixed order per kind, list entries sorted by numeric id, one field per
 * line (no folding), block lists, strings plain unless a YAML reader (1.2 or 1.1) would take
 * them for something else, then double-quoted. Empty lists and null fields are left out:
 * they mean the same as an absent field. Comments an editor wrote stay with their field.
 */
import {
  Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Node,
  type Pair,
  type ToStringOptions,
  type YAMLMap,
} from 'yaml';
import { CANONICAL_SHAPES, compareIds, type MapShape, type YamlKind } from './canonical-order.ts';
import { parseYaml, type ParsedYaml } from '../content-file/index.ts';

const STRINGIFY: ToStringOptions = {
  lineWidth: 0,
  indent: 2,
  indentSeq: true,
  singleQuote: false,
  // Multi-line strings become one double-quoted line with \n escapes: one field, one line.
  blockQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  flowCollectionPadding: false,
};

/** Canonical text for data of the given kind (what `factline annotate` writes). */
export function toCanonicalYaml(kind: YamlKind, data: unknown): string {
  const doc = new Document(data ?? {});
  return render(doc.contents, CANONICAL_SHAPES[kind], {});
}

/**
 * Canonical text for existing file text, keeping comments. `file` names the file in errors.
 * Idempotent: formatting the result again returns it unchanged.
 */
export function formatYamlText(kind: YamlKind, text: string, file = `<${kind}>`): string {
  return canonicalText(kind, parseYaml(file, text));
}

/** Canonical text of an already parsed file (its document is left as it was). */
export function canonicalText(kind: YamlKind, parsed: ParsedYaml): string {
  const doc = parsed.doc.clone();
  return render(doc.contents, CANONICAL_SHAPES[kind], { before: doc.commentBefore, after: doc.comment });
}

function render(contents: unknown, shape: MapShape, comments: { before?: string | null; after?: string | null }): string {
  // A fresh document with YAML 1.1 compatibility, so strings such as 2025-05-19, yes or 2025
  // are quoted for every reader; the data itself is read with the 1.2 core schema.
  const out = new Document(null, { compat: 'yaml-1.1' });
  const root = isNode(contents) ? contents : new Document({}).contents;
  canonicalizeNode(root, shape);
  out.contents = root;
  if (comments.before) out.commentBefore = comments.before;
  if (comments.after) out.comment = comments.after;
  return out.toString(STRINGIFY);
}

const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (isScalar(value) && (value.value === null || value.value === undefined)) ||
  (isSeq(value) && value.items.length === 0);

const keyName = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

function idOf(item: unknown): string {
  if (!isMap(item)) return '';
  const id = item.get('id');
  return id === undefined || id === null ? '' : String(id);
}

/** Rewrite a node tree in place into its canonical order and styles. */
function canonicalizeNode(node: unknown, shape: MapShape | undefined): void {
  if (isScalar(node)) return canonicalizeScalar(node);
  if (isSeq(node)) {
    node.flow = false;
    node.spaceBefore = false;
    for (const item of node.items) canonicalizeNode(item, shape);
    return;
  }
  if (isMap(node)) canonicalizeMap(node, shape);
}

function canonicalizeScalar(node: Scalar): void {
  node.spaceBefore = false;
  if (typeof node.value === 'string') {
    // Let the writer choose plain or double-quoted; an explicit !!str tag becomes quoting.
    node.type = undefined;
    if (node.tag === 'tag:yaml.org,2002:str') node.tag = undefined;
  }
}

function canonicalizeMap(map: YAMLMap, shape: MapShape | undefined): void {
  map.flow = false;
  map.spaceBefore = false;
  const keys = shape?.keys ?? [];
  const rank = (name: string) => {
    const i = keys.indexOf(name);
    return i === -1 ? keys.length : i;
  };

  const kept: Pair[] = [];
  let orphanComment: string | undefined;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    if (isEmptyValue(pair.value)) {
      // The field goes, its comment moves to the next field rather than vanishing.
      const c = [isNode(pair.key) ? pair.key.commentBefore : undefined, isNode(pair.value) ? pair.value.comment : undefined]
        .filter(Boolean)
        .join('\n');
      if (c) orphanComment = orphanComment ? `${orphanComment}\n${c}` : c;
      continue;
    }
    kept.push(pair);
  }
  kept.sort((a, b) => {
    const ka = keyName(a);
    const kb = keyName(b);
    return rank(ka) - rank(kb) || (rank(ka) === keys.length ? (ka < kb ? -1 : ka > kb ? 1 : 0) : 0);
  });
  if (orphanComment) {
    const target = kept[0]?.key;
    if (isNode(target)) target.commentBefore = target.commentBefore ? `${orphanComment}\n${target.commentBefore}` : orphanComment;
    else map.comment = map.comment ? `${map.comment}\n${orphanComment}` : orphanComment;
  }
  map.items = kept;

  for (const pair of kept) {
    const name = keyName(pair);
    if (isScalar(pair.key)) canonicalizeScalar(pair.key);
    const child = shape?.children?.[name];
    canonicalizeNode(pair.value, child);
    if (shape?.sortedById?.includes(name) && isSeq(pair.value)) {
      const seq = pair.value;
      // A comment above the first entry is stored on the list; it belongs to that entry.
      const first = seq.items[0];
      if (seq.commentBefore && isNode(first)) {
        first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
        seq.commentBefore = undefined;
      }
      (seq.items as Node[]).sort((a, b) => compareIds(idOf(a), idOf(b)));
    }
  }
}
