/**
 * Article views kept as files of their own, one per article and named by the digest of the
 * article's inputs (src/lib/corpus/input-digest.ts), beside the build's content store.
 *
 * Why not in the content store itself: Astro writes its whole store on every build, and loads
 * it into the build as JavaScript string modules. Both grow badly with a large archive: at
 * 3,000 articles (a 38 MB store) the chunked writer took about a minute on every build, and
 * one store module of 40 MB took 28 s to compile (80 MB: over three minutes). The store
 * holds a small entry per article that names its view file; an unchanged article keeps its
 * file, so a rebuild after one edit writes one file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleView } from './article-view.ts';

const SUFFIX = '.json';

/** The file that holds the view of the article whose inputs have `digest`. */
export const articleViewFile = (dir: string, digest: string): string => join(dir, `${digest}${SUFFIX}`);

/** Write a view to its file (atomically: a stopped build never leaves half a file behind). */
export function writeArticleView(dir: string, digest: string, view: ArticleView): string {
  const file = articleViewFile(dir, digest);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(view)}\n`);
  renameSync(partial, file);
  return file;
}

/** The digest each view read by readArticleView was made under: the name of its file. */
const digests = new WeakMap<ArticleView, string>();

/**
 * The digest of the inputs a view was made from, if it was read from its file: it determines
 * the whole view, so it can stand for it in a page's cache key (see keyedPath).
 */
export const viewDigestOf = (view: ArticleView): string | undefined => digests.get(view);

/** Read a view written by writeArticleView; a missing file means the cache was cleared under a build. */
export function readArticleView(file: string): ArticleView {
  if (!existsSync(file)) {
    throw new Error(`${file}: the article's cached view is missing; run the build again with --force to rebuild every article`);
  }
  const view = JSON.parse(readFileSync(file, 'utf8')) as ArticleView;
  digests.set(view, basename(file, SUFFIX));
  return view;
}

/** Whether the view for `digest` is on disk (an article kept from the last build needs its file). */
export const hasArticleView = (dir: string, digest: string): boolean => existsSync(articleViewFile(dir, digest));

/** Delete the view files of articles that changed or are gone: only `keep` digests stay. */
export function pruneArticleViews(dir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const digest = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : undefined;
    if (digest !== undefined && keep.has(digest)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
