/**
 * Keeping what was imported: each raw file is copied into `content/raw/` and its entry (the
 * options it was imported with) written to `content/raw/imports.yaml`, so that
 * `factline import --manifest content/raw/imports.yaml` re-creates every article byte for byte.
 *
 * The manifest is rewritten in one canonical form whatever the order of imports: entries
 * sorted by file name, keys in a fixed order, one field per line (no folding), comments kept
 * with their entry. Planning reads and checks everything; writing only happens after.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { readImportManifest, type ImportEntry } from './import-manifest.ts';

export const MANIFEST_NAME = 'imports.yaml';

/** Key order of a manifest entry. */
export const IMPORT_ENTRY_KEYS = ['file', 'published', 'evidence', 'publisher', 'url', 'slug', 'title'] as const;

const HEADER = ` How each raw article in this folder becomes content/articles/<slug>.md.
 Re-create every article, byte for byte:  npm run factline -- import --manifest content/raw/imports.yaml`;

export interface RawImport {
  /** The raw file as given on the command line. */
  path: string;
  bytes: Uint8Array;
  /** What the import was told about the file; `file` is the name it gets in the raw folder. */
  entry: ImportEntry;
}

export interface RawArchivePlan {
  copies: Array<{ target: string; bytes: Uint8Array }>;
  manifestPath: string;
  /** The manifest's new text, or undefined when it does not change. */
  manifestText: string | undefined;
  problems: Problem[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** The entry with only the fields that are set, in key order (`file` first). */
export function orderedEntry(entry: ImportEntry): ImportEntry {
  const out: Record<string, string> = {};
  for (const k of IMPORT_ENTRY_KEYS) {
    const v = entry[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out as ImportEntry;
}

/**
 * The manifest text with `entries` added, or replacing the entries for the same files, in
 * canonical form. `text` is the current manifest (undefined when there is none yet).
 */
export function manifestWithEntries(text: string | undefined, entries: readonly ImportEntry[]): string {
  const doc = text === undefined ? new Document({ imports: [] }) : parseDocument(text);
  if (text === undefined) doc.commentBefore = HEADER;
  if (!isMap(doc.contents)) throw new Error('the manifest has no "imports" mapping');
  const found: unknown = doc.contents.get('imports', true);
  const seq = isSeq(found) ? found : (doc.createNode([]) as YAMLSeq);
  if (seq !== found) doc.contents.set('imports', seq);
  const items = seq.items as YAMLMap[];
  for (const entry of entries.map(orderedEntry)) {
    const existing = items.find((m) => isMap(m) && m.get('file') === entry.file);
    const target = existing ?? (doc.createNode({}) as YAMLMap);
    // Set field by field, so a comment an editor wrote on a field stays with it.
    for (const k of IMPORT_ENTRY_KEYS) {
      const v = entry[k];
      if (v === undefined) target.delete(k);
      else if (target.get(k) !== v) target.set(k, v);
    }
    if (!existing) items.push(target);
  }
  for (const m of items) {
    if (!isMap(m)) continue;
    const rank = (key: unknown) => IMPORT_ENTRY_KEYS.indexOf(String(isScalar(key) ? key.value : key) as (typeof IMPORT_ENTRY_KEYS)[number]);
    m.items.sort((a, b) => rank(a.key) - rank(b.key));
  }
  const fileOf = (m: YAMLMap) => String(isMap(m) ? m.get('file') : '');
  items.sort((a, b) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0));
  // One field per line, as in article frontmatter: a long evidence text is one line, not a folded
  // block; single quotes where quoting is needed, since the texts are full of double quotes.
  for (const m of items) if (isMap(m)) for (const pair of m.items) if (isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = 'PLAIN';
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true, singleQuote: true });
}

/** Plan copying `imports` into `rawDir` and recording them in its manifest; nothing is written. */
export function planRawArchive(rawDir: string, imports: readonly RawImport[]): RawArchivePlan {
  const dir = resolve(rawDir);
  const manifestPath = join(dir, MANIFEST_NAME);
  const problems: Problem[] = [];
  const copies: RawArchivePlan['copies'] = [];
  const claimed = new Map<string, RawImport>();
  for (const imp of imports) {
    const target = join(dir, imp.entry.file);
    const other = claimed.get(target);
    if (other && !sameBytes(other.bytes, imp.bytes)) {
      problems.push(problem(imp.path, `${basename(target)} would be kept in ${rawDir}, and so would ${other.path}, a different file of the same name`, { hint: 'rename one of the raw files before importing them' }));
      continue;
    }
    claimed.set(target, imp);
    if (resolve(imp.path) === target || other) continue;
    if (existsSync(target)) {
      if (!sameBytes(readFileSync(target), imp.bytes)) {
        problems.push(problem(imp.path, `${join(rawDir, basename(target))} already holds a different raw file of the same name`, { hint: 'rename the raw file before importing it: the raw folder keeps every imported file under its own name' }));
      }
      continue;
    }
    copies.push({ target, bytes: imp.bytes });
  }
  let manifestText: string | undefined;
  try {
    const current = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
    if (current !== undefined) readImportManifest(manifestPath); // a broken manifest is reported, not overwritten
    const next = manifestWithEntries(current, imports.map((i) => i.entry));
    manifestText = next === current ? undefined : next;
  } catch (err) {
    if (err instanceof FactlineError) problems.push(...err.problems);
    else throw err;
  }
  return { copies, manifestPath, manifestText, problems };
}

/** Carry out a plan: raw files first, then the manifest, each written atomically. */
export function writeRawArchive(plan: RawArchivePlan): void {
  for (const c of plan.copies) writeFileAtomic(c.target, c.bytes);
  if (plan.manifestText !== undefined) writeFileAtomic(plan.manifestPath, plan.manifestText);
}
