/**
 * `factline import`: raw scraped news → content/articles/<slug>.md, cleaned, dated and with
 * its provenance. Every file is checked before anything is written: one bad input writes
 * nothing at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { importArticle, localToday, readImportManifest, type ImportedArticle, type ImportRequest } from '../../src/lib/article/index.ts';
import { FactlineError, problem, type Problem } from '../../src/lib/errors/index.ts';
import { writeFileAtomic } from '../../src/lib/fs/atomic-write.ts';
import { parseCommandArgs, UsageError } from '../args.ts';

export const summary = 'clean raw news text into content/articles/<slug>.md with its provenance';
export const usage = `Usage: factline import <file…> [--published YYYY-MM-DD] [--evidence TEXT] [--publisher NAME]
                       [--url URL] [--title TEXT] [--slug SLUG] [--out DIR] [--force]
       factline import --manifest content/raw/imports.yaml [--out DIR] [--force]

Cleans each raw file (share bars, comment forms, breadcrumbs, teaser lists and other page
furniture go; every sentence of the article stays), moves its reference list to the
frontmatter's sources and writes content/articles/<slug>.md. Prints each path written.

  --published   the publication day. Without it, a dateline at the top of the text
                ("Published May 20, 2025", "2025-05-20") is used; with neither, nothing is written.
  --evidence    how the date was established (recorded as published_evidence)
  --publisher   who published it (default "Unknown publisher")
  --url         the original article's address (http or https)
  --title       the headline, when the text has none (or to correct it)
  --slug        the file name to use instead of one made from the title (one file only)
  --out         where articles go (default content/articles)
  --force       overwrite an existing article whose content differs
  --manifest    import every file listed in a manifest (file, published, evidence,
                publisher, url, title, slug per entry; paths relative to the manifest)`;

/** One file to import, with what the command line or manifest says about it. */
type Job = { path: string } & Pick<ImportRequest, 'published' | 'evidence' | 'publisher' | 'url' | 'slug' | 'title'>;

const PER_ARTICLE = ['url', 'slug', 'title'] as const;

function jobsFrom(values: Record<string, string | boolean | undefined>, positionals: string[]): Job[] {
  if (values.manifest !== undefined) {
    const clash = ['published', 'evidence', 'publisher', ...PER_ARTICLE].filter((k) => values[k] !== undefined);
    if (positionals.length > 0 || clash.length > 0) {
      throw new UsageError(`--manifest cannot be combined with ${positionals.length ? 'file arguments' : clash.map((k) => `--${k}`).join(', ')}`, 'put those values in the manifest entries instead');
    }
    return readImportManifest(resolve(String(values.manifest)));
  }
  if (positionals.length === 0) throw new UsageError('`factline import` needs a file to import', `name the raw files, or pass --manifest; \`factline import --help\` explains both`);
  for (const k of PER_ARTICLE) {
    if (values[k] !== undefined && positionals.length > 1) {
      throw new UsageError(`--${k} describes one article, but ${positionals.length} files were given`, 'import the files one at a time, or use --manifest');
    }
  }
  const str = (k: string) => (values[k] === undefined ? undefined : String(values[k]));
  return positionals.map((p) => ({
    path: resolve(p),
    published: str('published'),
    evidence: str('evidence'),
    publisher: str('publisher'),
    url: str('url'),
    slug: str('slug'),
    title: str('title'),
  }));
}

/** Slug → article file of every article already in `dir` with this raw file's sha256. */
function importedBefore(dir: string): Map<string, string> {
  const bySha = new Map<string, string>();
  if (!existsSync(dir)) return bySha;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const m = /^source_sha256: "?([0-9a-f]{64})"?$/m.exec(readFileSync(join(dir, name), 'utf8'));
    if (m && !bySha.has(m[1]!)) bySha.set(m[1]!, join(dir, name));
  }
  return bySha;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', argv, {
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      evidence: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string', default: join('content', 'articles') },
      force: { type: 'boolean', default: false },
      manifest: { type: 'string' },
    },
  });
  const jobs = jobsFrom(values, positionals);
  const outDir = resolve(values.out!);
  const today = localToday();

  // Check everything first; write only when every file passes.
  const problems: Problem[] = [];
  const planned: Array<{ target: string; article: ImportedArticle; source: string }> = [];
  for (const job of jobs) {
    try {
      if (!existsSync(job.path)) throw new FactlineError(problem(job.path, 'no such file', { hint: 'check the path of the raw article' }));
      const article = importArticle({ ...job, file: relative(process.cwd(), job.path) || job.path, sourceFile: basename(job.path), bytes: readFileSync(job.path), today });
      planned.push({ target: join(outDir, `${article.slug}.md`), article, source: job.path });
    } catch (err) {
      if (err instanceof FactlineError) problems.push(...err.problems);
      else throw err;
    }
  }

  const previous = importedBefore(outDir);
  const targets = new Map<string, string>();
  for (const { target, article, source } of planned) {
    const rel = relative(process.cwd(), target);
    const other = targets.get(target);
    if (other) {
      problems.push(problem(source, `would write ${rel}, which ${relative(process.cwd(), other)} also writes`, { hint: 'give one of them a different --slug' }));
      continue;
    }
    targets.set(target, source);
    const earlier = previous.get(article.frontmatter.source_sha256);
    if (earlier && earlier !== target && !values.force) {
      problems.push(problem(source, `this file was already imported as ${relative(process.cwd(), earlier)}`, { hint: `pass --slug ${basename(earlier, '.md')} to re-import it there, or --force to import it a second time` }));
    }
    if (existsSync(target) && readFileSync(target, 'utf8') !== article.markdown && !values.force) {
      problems.push(problem(rel, 'an article with different content already exists here', { line: 1, column: 1, hint: 'pass --force to replace it, or --slug to write a new article' }));
    }
  }
  if (problems.length > 0) throw new FactlineError(problems);

  let unchanged = 0;
  for (const { target, article } of planned) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === article.markdown;
    if (same) unchanged++;
    else writeFileAtomic(target, article.markdown);
    console.log(`${relative(process.cwd(), target)}${same ? ' (unchanged)' : ''}`);
  }
  const written = planned.length - unchanged;
  console.log(`${written} article${written === 1 ? '' : 's'} written${unchanged ? `, ${unchanged} unchanged` : ''}`);
  return 0;
}
