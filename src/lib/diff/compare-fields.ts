/**
 * Field-by-field comparison of two YAML mappings. Absent, null and empty lists are the same
 * thing (canonical files leave them out), so re-formatting a file never shows as a change.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from './diff-schema.ts';

export type Fields = Record<string, unknown>;

/** null for "no value": undefined, null, and an empty list. */
export function normalizeValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}

export function asFields(value: unknown): Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};
}

/** Fields of `order` first, in that order, then any others alphabetically. */
export function orderedKeys(keys: Iterable<string>, order: readonly string[]): string[] {
  const all = [...new Set(keys)];
  const known = order.filter((k) => all.includes(k));
  const unknown = all.filter((k) => !order.includes(k)).sort();
  return [...known, ...unknown];
}

/** The fields that differ between `from` and `to`, in canonical order; `skip` names ignored fields. */
export function compareFields(from: Fields, to: Fields, order: readonly string[], skip: readonly string[] = []): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of orderedKeys([...Object.keys(from), ...Object.keys(to)], order)) {
    if (skip.includes(field)) continue;
    const a = normalizeValue(from[field]);
    const b = normalizeValue(to[field]);
    if (!isDeepStrictEqual(a, b)) changes.push({ field, from: a, to: b });
  }
  return changes;
}
