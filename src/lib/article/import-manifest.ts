/**
 * `content/raw/imports.yaml`: how each raw file in the corpus is imported (date and how it
 * was established, publisher, address, and a title or slug where the raw text lacks one),
 * so `factline import --manifest` re-creates every article byte for byte.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readContentFileOrThrow, shown, type ContentFormat } from '../content-file/index.ts';
import { FactlineError, problem } from '../errors/index.ts';
import { httpUrlSchema, isoDaySchema } from '../schema/common.ts';

export const importEntrySchema = z.strictObject({
  /** File name relative to the manifest's folder. */
  file: z.string().min(1),
  published: isoDaySchema.optional(),
  evidence: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  url: httpUrlSchema.optional(),
  slug: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
});
export const importManifestSchema = z.strictObject({
  imports: z.array(importEntrySchema).min(1, 'list at least one file under imports'),
});
export type ImportEntry = z.infer<typeof importEntrySchema>;

export interface ManifestEntry extends ImportEntry {
  /** Absolute path of the raw file. */
  path: string;
}

const MANIFEST_FORMAT = { schema: importManifestSchema } satisfies ContentFormat;

export function readImportManifest(manifestPath: string): ManifestEntry[] {
  const { data, parsed } = readContentFileOrThrow(MANIFEST_FORMAT, manifestPath, readFileSync(manifestPath, 'utf8'));
  const dir = dirname(manifestPath);
  const seen = new Map<string, number>();
  return data.imports.map((entry, i) => {
    const earlier = seen.get(entry.file);
    if (earlier !== undefined) {
      throw new FactlineError(
        problem(manifestPath, `entry ${shown(entry.file)}: the file is listed twice (also on line ${parsed.at(['imports', earlier, 'file']).line})`, {
          ...parsed.at(['imports', i, 'file']),
          hint: 'keep one entry per file',
        }),
      );
    }
    seen.set(entry.file, i);
    return { ...entry, path: resolve(dir, entry.file) };
  });
}
