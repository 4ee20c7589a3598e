/**
 * Check a parsed content file against the schema of its kind and turn every zod issue into a
 * problem at the line and column of the field, so formatting never reorders a typo away.
 */
import type { z } from 'zod';
import { problem, type Problem } from '../errors/index.ts';
import { actorSchema, annotationFileSchema, eventSchema } from '../schema/index.ts';
import { CANONICAL_SHAPES, type MapShape, type YamlKind } from './canonical-order.ts';
import type { ParsedYamlFile } from './parse-yaml-file.ts';

const SCHEMAS: Record<YamlKind, z.ZodType> = {
  annotations: annotationFileSchema,
  actor: actorSchema,
  event: eventSchema,
};

/** The mapping shape found by following `path` (list indexes step into a list's items). */
function shapeAt(kind: YamlKind, path: readonly PropertyKey[]): MapShape | undefined {
  let shape: MapShape | undefined = CANONICAL_SHAPES[kind];
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    shape = shape?.children?.[String(segment)];
  }
  return shape;
}

export function validateContentYaml(kind: YamlKind, file: string, parsed: ParsedYamlFile): Problem[] {
  const result = SCHEMAS[kind].safeParse(parsed.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path;
    const field = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const allowed = shapeAt(kind, path)?.keys;
      return problem(file, `unknown field "${issue.keys.join('", "')}"${field ? ` in ${field}` : ''}`, {
        ...parsed.lineOf([...path, issue.keys[0]!]),
        hint: allowed ? `the fields here are ${allowed.join(', ')}` : 'remove the field or fix its spelling',
      });
    }
    return problem(file, field ? `${field}: ${issue.message}` : issue.message, {
      ...parsed.lineOf(path),
      hint: 'fix this field, then run the command again',
    });
  });
}
