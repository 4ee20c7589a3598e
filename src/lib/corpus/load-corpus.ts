/**
 * Load the whole content tree — articles, their annotation files, actors and events — join
 * and validate it. Problems are collected, not thrown, so `factline check` can list them all
 * and the build can refuse to continue with every one of them named.
 *
 * An article without an annotation file still gets annotations: the extractor runs on the
 * fly and the article is marked unreviewed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRegistry, loadActors } from '../actors/index.ts';
import { extract, mergeSuggestions } from '../annotate/index.ts';
import { readArticle } from '../article/index.ts';
import { EVENT_FORMAT, NOWHERE, REVIEWER_FORMAT, parseYaml, readContentFile, shown } from '../content-file/index.ts';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import type { Actor, ArticleFrontmatter, FactEvent, Reviewer } from '../schema/index.ts';
import { unknownActorHint, validateAnnotations, type ResolvedAnnotations } from './validate-annotations.ts';

export interface ArticleRecord {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  plainText: string;
  /** True when an editor's annotation file exists; false when the extractor ran on the fly. */
  reviewed: boolean;
  annotationFile?: string;
  annotations: ResolvedAnnotations;
}

export interface Corpus {
  articles: ArticleRecord[];
  actors: Actor[];
  events: FactEvent[];
  reviewers: Reviewer[];
  problems: Problem[];
}

export interface ContentPaths {
  articles: string;
  annotations: string;
  actors: string;
  events: string;
  reviewers: string;
}

export function contentPaths(root: string): ContentPaths {
  return {
    articles: join(root, 'articles'),
    annotations: join(root, 'annotations'),
    actors: join(root, 'actors'),
    events: join(root, 'events'),
    reviewers: join(root, 'reviewers'),
  };
}

const listFiles = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('.')).sort() : [];

function collect<T>(problems: Problem[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FactlineError) problems.push(...err.problems);
    else throw err;
    return undefined;
  }
}

/** `content/reviewers/<id>.yaml`: who decides verdicts. */
export function loadReviewers(dir: string, problems: Problem[]): Reviewer[] {
  const reviewers: Reviewer[] = [];
  for (const name of listFiles(dir, '.yaml')) {
    const file = join(dir, name);
    const result = readContentFile(REVIEWER_FORMAT, file, readFileSync(file, 'utf8'));
    if (!result.ok) problems.push(...result.problems);
    else reviewers.push({ id: basename(name, '.yaml'), ...result.data });
  }
  return reviewers;
}

/**
 * Every event says where it is reported: an article of the corpus, or a public page. An article
 * source must name an article that exists (`articleExists`).
 */
function checkEventSources(file: string, event: FactEvent, at: (path: (string | number)[]) => { line?: number; column?: number }, articleExists: (slug: string) => boolean, problems: Problem[]) {
  if (event.sources.length === 0) {
    problems.push(problem(file, `event ${event.id}: no source`, { ...at(['title']), hint: 'add `sources` with the slug of an article that reports it (- article: <slug>), or a public page (- url: https://…, title: …)' }));
  }
  event.sources.forEach((s, i) => {
    if ('article' in s && !articleExists(s.article)) {
      problems.push(problem(file, `event ${event.id}: unknown article ${shown(s.article)}`, { ...at(['sources', i, 'article']), hint: 'use the file name of an article in content/articles, without .md' }));
    }
  });
}

export function loadEvents(dir: string, actorIds: ReadonlySet<string>, problems: Problem[], articleExists: (slug: string) => boolean = () => true): FactEvent[] {
  const events: FactEvent[] = [];
  for (const name of listFiles(dir, '.yaml')) {
    const file = join(dir, name);
    const result = readContentFile(EVENT_FORMAT, file, readFileSync(file, 'utf8'));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const id = basename(name, '.yaml');
    result.data.actors.forEach((a, i) => {
      if (!actorIds.has(a)) problems.push(problem(file, `event ${id}: unknown actor ${shown(a)}`, { ...result.parsed.at(['actors', i]), hint: unknownActorHint(a, actorIds) }));
    });
    const event = { id, ...result.data };
    checkEventSources(file, event, (path) => result.parsed.at(path), articleExists, problems);
    events.push(event);
  }
  return events;
}

export interface LoadOptions {
  /**
   * Articles (by slug) to leave out because the caller already holds their result from an
   * earlier load of the same files (the build's content cache). Their files are not read.
   */
  skip?: ReadonlySet<string>;
}

export function loadCorpus(root: string, options: LoadOptions = {}): Corpus {
  const paths = contentPaths(root);
  const problems: Problem[] = [];
  const actors = collect(problems, () => loadActors(paths.actors)) ?? [];
  // Every actor file counts as an id, even one that failed to load: its own problem is
  // reported, and the quotes and events that name it are not reported again.
  const actorIds = new Set([...actors.map((a) => a.id), ...listFiles(paths.actors, '.yaml').map((n) => basename(n, '.yaml'))]);
  const events = loadEvents(paths.events, actorIds, problems, (slug) => existsSync(join(paths.articles, `${slug}.md`)));
  const reviewers = loadReviewers(paths.reviewers, problems);
  const reviewerIds = new Set(listFiles(paths.reviewers, '.yaml').map((n) => basename(n, '.yaml')));
  const eventIds = new Set(events.map((e) => e.id));
  const registry = createRegistry(actors);

  const articles: ArticleRecord[] = [];
  for (const name of listFiles(paths.articles, '.md')) {
    if (options.skip?.has(basename(name, '.md'))) continue;
    const file = join(paths.articles, name);
    const article = collect(problems, () => readArticle(file));
    if (!article) continue;
    const today = new Date().toISOString().slice(0, 10);
    if (article.frontmatter.published > today) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const line = lines.findIndex((l) => l.startsWith('published:')) + 1;
      problems.push(problem(file, `frontmatter: published ${article.frontmatter.published} is in the future (today is ${today})`, { line: line || 1, column: 12, hint: 'set `published` to the day the article actually appeared' }));
    }
    const annotationFile = join(paths.annotations, `${article.slug}.yaml`);
    const base = { slug: article.slug, file, frontmatter: article.frontmatter, body: article.body, plainText: article.plainText };
    if (existsSync(annotationFile)) {
      const parsed = collect(problems, () => parseYaml(annotationFile, readFileSync(annotationFile, 'utf8')));
      if (!parsed) continue;
      const result = validateAnnotations({
        file: annotationFile,
        data: parsed.data,
        locate: parsed,
        plainText: article.plainText,
        published: article.frontmatter.published,
        actorIds,
        eventIds,
        reviewerIds,
      });
      problems.push(...result.problems);
      articles.push({ ...base, reviewed: true, annotationFile, annotations: result.resolved });
    } else {
      const found = extract(article.plainText, article.frontmatter.published, actors, registry);
      const { file: suggested } = mergeSuggestions(article.plainText, { quotes: [], claims: [], dates: [] }, found);
      const result = validateAnnotations({
        file,
        data: suggested,
        locate: NOWHERE,
        plainText: article.plainText,
        published: article.frontmatter.published,
        actorIds,
        eventIds,
        reviewerIds,
      });
      articles.push({ ...base, reviewed: false, annotations: result.resolved });
    }
  }

  // Annotation files whose article is gone would silently stop being published.
  const slugs = new Set([...articles.map((a) => a.slug), ...(options.skip ?? [])]);
  for (const name of listFiles(paths.annotations, '.yaml')) {
    const slug = basename(name, '.yaml');
    if (!slugs.has(slug) && !existsSync(join(paths.articles, `${slug}.md`))) {
      problems.push(problem(join(paths.annotations, name), `no article content/articles/${slug}.md for this annotation file`, { hint: 'rename the file to match its article, or delete it' }));
    }
  }
  return { articles, actors, events, reviewers, problems };
}
