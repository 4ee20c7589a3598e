/**
 * `factline import`: raw scraped news → content/articles/<slug>.md, cleaned, dated and with
 * its provenance. Every file is checked before anything is written: one bad input writes
 * nothing at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { loadActors } from '../../src/lib/actors/index.ts';
import { importArticle, localToday, readImportManifest, type ImportedArticle, type ImportRequest } from '../../src/lib/article/index.ts';
import { planRawArchive, writeRawArchive, type RawArchivePlan } from '../../src/lib/article/raw-archive.ts';
import { FactlineError, formatProblem, problem, type Problem } from '../../src/lib/errors/index.ts';
import { writeFileAtomic } from '../../src/lib/fs/atomic-write.ts';
import { parseCommandArgs, UsageError } from '../args.ts';

export const summary = 'clean raw news text into content/articles/<slug>.md with its provenance';
export const usage = `Usage: factline import <file…> [--published YYYY-MM-DD] [--evidence TEXT] [--publisher NAME]
                       [--url URL] [--title TEXT] [--slug SLUG] [--content DIR] [--out DIR] [--force]
       factline import --manifest content/raw/imports.yaml [--content DIR] [--out DIR] [--force]

Cleans each raw file (share bars, comment forms and counters, copyright lines, breadcrumbs,
teaser lists and other page furniture go; every sentence of the article stays), records the
byline's authors and the publisher, moves its reference list to the frontmatter's sources
(markers such as [2] in the text link to them) and writes content/articles/<slug>.md. Prints
each path written. Each raw file is kept in content/raw/ and listed, with the options given,
in content/raw/imports.yaml, so that --manifest re-creates the article.

  --published   the publication day. Without it, a dateline at the top of the text
                ("Published May 20, 2025", "2025-05-20") is used; with neither, nothing is written.
  --evidence    how the date was established (recorded as published_evidence)
  --publisher   who published it (default: the outlet a byline, "Published by" or copyright
                line names, else "Unknown publisher"); recorded by actor id when an actor
                in content/actors has that name or alias
  --url         the original article's address (http or https)
  --title       the headline, when the text has none (or to correct it)
  --slug        the file name to use instead of one made from the title (one file only)
  --content     the content folder: actors are read from DIR/actors, raw files kept in
                DIR/raw (default content)
  --out         where articles go (default DIR/articles)
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
      content: { type: 'string', default: 'content' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      manifest: { type: 'string' },
    },
  });
  const jobs = jobsFrom(values, positionals);
  const outDir = resolve(values.out ?? join(values.content!, 'articles'));
  const today = localToday();
  const actors = loadActors(join(values.content!, 'actors'));

  // Check everything first; write only when every file passes.
  const problems: Problem[] = [];
  const planned: Array<{ target: string; article: ImportedArticle; source: string; job: Job; bytes: Uint8Array }> = [];
  for (const job of jobs) {
    try {
      if (!existsSync(job.path)) throw new FactlineError(problem(job.path, 'no such file', { hint: 'check the path of the raw article' }));
      const bytes = readFileSync(job.path);
      const article = importArticle({ ...job, file: relative(process.cwd(), job.path) || job.path, sourceFile: basename(job.path), bytes, today, actors });
      planned.push({ target: join(outDir, `${article.slug}.md`), article, source: job.path, job, bytes });
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
  // Files named on the command line are kept in content/raw/ with their manifest entry; a manifest's files already are.
  let archive: RawArchivePlan | undefined;
  if (values.manifest === undefined) {
    archive = planRawArchive(join(values.content!, 'raw'), planned.map(({ job: { path, ...options }, bytes }) => ({ path, bytes, entry: { ...options, file: basename(path) } })));
    problems.push(...archive.problems);
  }
  if (problems.length > 0) throw new FactlineError(problems);
  for (const { article } of planned) for (const note of article.notes) console.error(formatProblem(note));

  let unchanged = 0;
  for (const { target, article } of planned) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === article.markdown;
    if (same) unchanged++;
    else writeFileAtomic(target, article.markdown);
    console.log(`${relative(process.cwd(), target)}${same ? ' (unchanged)' : ''}`);
  }
  if (archive) writeRawArchive(archive);
  const written = planned.length - unchanged;
  console.log(`${written} article${written === 1 ? '' : 's'} written${unchanged ? `, ${unchanged} unchanged` : ''}`);
  return 0;
}
