/**
 * One raw file → one article file's text, with provenance: decode, clean, date, title, slug,
 * frontmatter. Pure (no file system), so the command and the tests run the same code; the
 * command does the reading and writing.
 */
import { createHash } from 'node:crypto';
import { cleanArticle, type CleanResult } from '../clean/index.ts';
import { decodeRaw } from '../clean/decode-raw.ts';
import { FactlineError, problem } from '../errors/index.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schema/article.ts';
import { httpUrlSchema } from '../schema/common.ts';
import { formatArticle } from './article-file.ts';
import { resolvePublished } from './published-date.ts';
import { isSlug, slugFromTitle } from './slug.ts';

export const DEFAULT_PUBLISHER = 'Unknown publisher';

export interface ImportRequest {
  /** Path used in messages. */
  file: string;
  /** File name recorded as `source_file`. */
  sourceFile: string;
  bytes: Uint8Array;
  published?: string;
  evidence?: string;
  publisher?: string;
  url?: string;
  slug?: string;
  title?: string;
  /** YYYY-MM-DD; a publication date after it is refused. */
  today: string;
}

export interface ImportedArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  paragraphs: string[];
  /** The complete article file. */
  markdown: string;
  cleaned: CleanResult;
}

export function importArticle(req: ImportRequest): ImportedArticle {
  const { file } = req;
  const cleaned = cleanArticle(decodeRaw(req.bytes, file));
  if (cleaned.paragraphs.length === 0) {
    const counts = new Map<string, number>();
    for (const r of cleaned.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
    const summary = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([reason, n]) => `${n} ${reason}`).join(', ');
    throw new FactlineError(
      problem(file, `no article text left after cleaning${summary ? ` (set aside: ${summary})` : ' (the file is empty)'}`, { hint: 'check that this file holds the article text itself, not only a page’s furniture' }),
    );
  }
  if (req.url !== undefined && !httpUrlSchema.safeParse(req.url).success) {
    throw new FactlineError(problem(file, `--url "${req.url}" is not an http:// or https:// address`, { hint: 'give the address of the original article, starting with https://' }));
  }
  const title = req.title?.trim() || cleaned.title;
  if (!title) {
    throw new FactlineError(problem(file, 'no headline found: the text starts straight with the body', { line: 1, column: 1, hint: 'pass --title "…" with the article’s headline' }));
  }
  const slug = req.slug ?? slugFromTitle(title);
  if (!isSlug(slug)) {
    throw new FactlineError(problem(file, `cannot use "${slug}" as a slug`, { hint: 'pass --slug with lowercase ASCII words joined by hyphens, at most 80 characters' }));
  }
  const date = resolvePublished({ file, sourceFile: req.sourceFile, published: req.published, evidence: req.evidence, dateline: cleaned.dateline, today: req.today });
  const publisher = req.publisher?.trim() || DEFAULT_PUBLISHER;
  const candidate = {
    title,
    ...date,
    publisher,
    ...(req.url !== undefined ? { url: req.url } : {}),
    source_file: req.sourceFile,
    source_sha256: createHash('sha256').update(req.bytes).digest('hex'),
    sources: cleaned.sources,
  };
  const checked = articleFrontmatterSchema.safeParse(candidate);
  if (!checked.success) {
    throw new FactlineError(checked.error.issues.map((i) => problem(file, `${i.path.join('.')}: ${i.message}`, { hint: 'fix the import options' })));
  }
  return { slug, frontmatter: checked.data, paragraphs: cleaned.paragraphs, markdown: formatArticle(checked.data, cleaned.paragraphs), cleaned };
}
