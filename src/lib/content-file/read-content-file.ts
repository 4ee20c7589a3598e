/**
 * The one way a content file is read: parse its YAML with positions, check it against its
 * schema, and turn every issue into a Problem at path:line:col with a hint. `check`, `fmt`,
 * `annotate`, `import --manifest`, the build's loader and the actor registry all call this,
 * so the same bad file gets the same messages from every one of them.
 */
import type { z } from 'zod';
import { FactlineError, type Problem } from '../errors/index.ts';
import type { Locator } from './locate.ts';
import { parseYaml, type ParseOptions, type ParsedYaml } from './parse-yaml.ts';
import { schemaProblems } from './schema-problems.ts';

/** A kind of content file: its schema, and what the file as a whole is called in messages. */
export interface ContentFormat<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** "actor linda-carver" for `content/actors/linda-carver.yaml`; none when entries name themselves. */
  subject?: (file: string) => string;
}

export type ContentResult<T> = { ok: true; data: T; parsed: ParsedYaml } | { ok: false; problems: Problem[]; parsed?: ParsedYaml };

/** Check already parsed data (or data with no file behind it) against a format. */
export function validateContent<S extends z.ZodType>(
  format: ContentFormat<S>,
  file: string,
  data: unknown,
  where: Locator,
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = format.schema.safeParse(data ?? {});
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: schemaProblems(file, format.schema, result.error.issues, data, where, format.subject?.(file)) };
}

/** Parse and validate one content file; problems are returned, never thrown. */
export function readContentFile<S extends z.ZodType>(format: ContentFormat<S>, file: string, text: string, options?: ParseOptions): ContentResult<z.output<S>> {
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(file, text, options);
  } catch (err) {
    if (err instanceof FactlineError) return { ok: false, problems: err.problems };
    throw err;
  }
  const checked = validateContent(format, file, parsed.data, parsed);
  return checked.ok ? { ok: true, data: checked.data, parsed } : { ok: false, problems: checked.problems, parsed };
}

/** As readContentFile, but throws every problem together as one FactlineError. */
export function readContentFileOrThrow<S extends z.ZodType>(format: ContentFormat<S>, file: string, text: string, options?: ParseOptions): { data: z.output<S>; parsed: ParsedYaml } {
  const result = readContentFile(format, file, text, options);
  if (!result.ok) throw new FactlineError(result.problems);
  return result;
}
