/**
 * `content/raw/imports.yaml`: how each raw file in the corpus is imported (date and how it
 * was established, publisher, address, and a title or slug where the raw text lacks one),
 * so `factline import --manifest` re-creates every article byte for byte.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { FactlineError, problem } from '../errors/index.ts';
import { httpUrlSchema, isoDaySchema } from '../schema/common.ts';
import { positionOfPath } from './yaml-positions.ts';

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

export function readImportManifest(manifestPath: string): ManifestEntry[] {
  const text = readFileSync(manifestPath, 'utf8');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new FactlineError(
      doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        return problem(manifestPath, `not valid YAML: ${e.message.split('\n')[0]}`, { line, column: col, hint: 'fix the YAML' });
      }),
    );
  }
  const result = importManifestSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    throw new FactlineError(
      result.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys[0] : undefined;
        const field = issue.path.map(String).join('.');
        return problem(manifestPath, field ? `${field}: ${issue.message}` : issue.message, {
          ...positionOfPath(doc, counter, issue.path, unknownKey),
          hint: 'each entry takes file, published, evidence, publisher, url, slug, title',
        });
      }),
    );
  }
  const dir = dirname(manifestPath);
  const seen = new Map<string, number>();
  return result.data.imports.map((entry, i) => {
    if (seen.has(entry.file)) {
      throw new FactlineError(problem(manifestPath, `"${entry.file}" is listed twice (entries ${seen.get(entry.file)! + 1} and ${i + 1})`, { ...positionOfPath(doc, counter, ['imports', i, 'file']), hint: 'keep one entry per file' }));
    }
    seen.set(entry.file, i);
    return { ...entry, path: resolve(dir, entry.file) };
  });
}
