/**
 * One raw file → one article file's text, with provenance: decode, clean, date, title, slug,
 * author and publisher, frontmatter, and the body with its reference markers linked to its
 * sources. Pure (no file system), so the command and the tests run the same code; the command
 * does the reading and writing.
 */
import { createHash } from 'node:crypto';
import { proposeActor, variantKey } from '../actors/index.ts';
import { cleanArticle, type CleanResult } from '../clean/index.ts';
import { decodeRaw } from '../clean/decode-raw.ts';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import type { Actor } from '../schema/index.ts';
import { FRONTMATTER_FORMAT, NOWHERE, validateContent } from '../content-file/index.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
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
  /** The corpus's actors: a publisher named by one of them is recorded by its id. */
  actors?: readonly Actor[];
}

export interface ImportedArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  paragraphs: string[];
  /** The complete article file. */
  markdown: string;
  cleaned: CleanResult;
  /** Warnings for the editor (the file is still written): e.g. a publisher with no actor file. */
  notes: Problem[];
}

/** The id of the actor `name` names (by id, name or alias), or undefined. */
function actorIdFor(name: string, actors: readonly Actor[]): string | undefined {
  const key = variantKey(name);
  return actors.find((a) => a.id === name || [a.name, ...a.aliases].some((n) => variantKey(n) === key))?.id;
}

/**
 * The publisher to record: the editor's --publisher, else the one the page names (byline,
 * "Published by", copyright), else DEFAULT_PUBLISHER; by actor id when an actor has that name.
 * A publisher read from the page with no actor file is kept by name, with a note saying how to
 * add one.
 */
function resolvePublisher(req: ImportRequest, cleaned: CleanResult): { publisher: string; notes: Problem[] } {
  const actors = req.actors ?? [];
  const given = req.publisher?.trim();
  if (given) return { publisher: actorIdFor(given, actors) ?? given, notes: [] };
  const found = cleaned.publisher;
  if (!found) return { publisher: DEFAULT_PUBLISHER, notes: [] };
  const id = actorIdFor(found.name, actors);
  if (id) return { publisher: id, notes: [] };
  const proposed = proposeActor(found.name);
  const note = problem(req.file, `the publisher "${found.name}" (from "${found.text}") has no actor file; it is recorded by name`, {
    line: found.line,
    column: 1,
    severity: 'warning',
    hint: `add content/actors/${proposed.id}.yaml (name: ${proposed.name}, kind: organization, and a one-line description) so the publisher gets a page and a record, then set publisher: ${proposed.id} in the article (or import it again with --force)`,
  });
  return { publisher: found.name, notes: [note] };
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
  const { publisher, notes } = resolvePublisher(req, cleaned);
  const candidate = {
    title,
    ...date,
    publisher,
    ...(cleaned.authors.length > 0 ? { author: cleaned.authors } : {}),
    ...(req.url !== undefined ? { url: req.url } : {}),
    source_file: req.sourceFile,
    source_sha256: createHash('sha256').update(req.bytes).digest('hex'),
    sources: cleaned.sources,
  };
  // The frontmatter as the article file will be read back: the same checks and messages.
  const checked = validateContent(FRONTMATTER_FORMAT, file, candidate, NOWHERE);
  if (!checked.ok) throw new FactlineError(checked.problems);
  return { slug, frontmatter: checked.data, paragraphs: cleaned.paragraphs, markdown: formatArticle(checked.data, cleaned.paragraphs), cleaned, notes };
}
