/**
 * What changed between two versions of an annotation file: entries matched by id (ids are
 * assigned once and never renumbered), each reported as added, removed or changed with the
 * fields that differ.
 */
import { CANONICAL_SHAPES, compareIds } from '../yaml/index.ts';
import { asFields, compareFields, type Fields } from './compare-fields.ts';
import type { AnnotationChange } from './diff-schema.ts';

const LISTS = [
  ['quotes', 'quote'],
  ['claims', 'claim'],
  ['dates', 'date'],
] as const;

function entriesById(file: Fields, list: string): Map<string, Fields> {
  const entries = Array.isArray(file[list]) ? (file[list] as unknown[]) : [];
  const byId = new Map<string, Fields>();
  for (const entry of entries) {
    const fields = asFields(entry);
    if (typeof fields.id === 'string' || typeof fields.id === 'number') byId.set(String(fields.id), fields);
  }
  return byId;
}

const textOf = (entry: Fields) => (typeof entry.text === 'string' ? entry.text : '');
const statusOf = (entry: Fields) => (typeof entry.status === 'string' ? entry.status : null);

/** Changes from `base` to `head` (parsed annotation files; null when the file does not exist). */
export function compareAnnotations(base: unknown, head: unknown): AnnotationChange[] {
  const changes: AnnotationChange[] = [];
  for (const [list, kind] of LISTS) {
    const order = CANONICAL_SHAPES.annotations.children![list]!.keys;
    const before = entriesById(asFields(base), list);
    const after = entriesById(asFields(head), list);
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareIds);
    for (const id of ids) {
      const a = before.get(id);
      const b = after.get(id);
      if (a && b) {
        const fields = compareFields(a, b, order, ['id']);
        if (fields.length) changes.push({ kind, id, change: 'changed', text: textOf(b), status: statusOf(b), fields });
      } else if (b) {
        changes.push({ kind, id, change: 'added', text: textOf(b), status: statusOf(b), fields: compareFields({}, b, order, ['id']) });
      } else if (a) {
        changes.push({ kind, id, change: 'removed', text: textOf(a), status: statusOf(a), fields: compareFields(a, {}, order, ['id']) });
      }
    }
  }
  return changes;
}
