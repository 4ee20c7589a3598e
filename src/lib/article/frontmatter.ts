/**
 * Article frontmatter as YAML: written in one fixed key order with no line folding (so a
 * re-import is byte-identical and a diff shows one field per line), and read back with
 * every problem located at its line and column.
 */
import { Document } from 'yaml';
import { FRONTMATTER_FORMAT, readContentFileOrThrow } from '../content-file/index.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schema/article.ts';

export const FRONTMATTER_KEYS = ['title', 'published', 'published_evidence', 'publisher', 'author', 'url', 'source_file', 'source_sha256', 'sources'] as const;
const SOURCE_KEYS = ['label', 'title', 'url'] as const;

function ordered<K extends string>(value: Record<string, unknown>, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** The YAML between the `---` fences, ending with a newline. */
export function formatFrontmatter(frontmatter: ArticleFrontmatter): string {
  const checked = articleFrontmatterSchema.parse(frontmatter);
  const value = ordered(checked, FRONTMATTER_KEYS);
  value.sources = checked.sources.map((s) => ordered(s, SOURCE_KEYS));
  // Single quotes where quoting is needed: publishers' text is full of double quotes, and \" in a file reads as an escaping bug.
  return new Document(value).toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true });
}

/**
 * Parse and validate frontmatter YAML. `firstLine` is the file line the YAML starts on, so
 * positions are reported in the file's own numbering.
 */
export function parseFrontmatter(file: string, yamlText: string, firstLine: number): ArticleFrontmatter {
  return readContentFileOrThrow(FRONTMATTER_FORMAT, file, yamlText, { firstLine }).data;
}
