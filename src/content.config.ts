/**
 * Content collections. One loader reads the content tree through the annotation core
 * (src/lib/corpus), which parses, validates and anchors it; any problem stops the build with
 * every offending file, line and fix listed, so nothing half-checked reaches dist/.
 *
 * Articles are incremental: each entry keeps the digest of the files it was made from (and of
 * the registries and the core's code), and an article whose digest is unchanged is kept from
 * the last build instead of being loaded again. An article's entry names the file that holds
 * its view (src/lib/site/article-view-files.ts explains why the view is not in the entry).
 *
 * The content root is `content/` unless FACTLINE_CONTENT points elsewhere (the benchmark
 * builds a generated corpus that way).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type { LoaderContext } from 'astro/loaders';
import { loadActors } from './lib/actors/index.ts';
import { FactlineError, isError, type Problem } from './lib/errors/index.ts';
import { contentPaths, loadCorpus, loadEvents, loadReviewers, type Corpus } from './lib/corpus/index.ts';
import { articleInputDigests } from './lib/corpus/input-digest.ts';
import { actorSchema, eventSchema, idSchema, reviewerSchema } from './lib/schema/index.ts';
import { toArticleView } from './lib/site/article-view.ts';
import { articleViewFile, hasArticleView, pruneArticleViews, writeArticleView } from './lib/site/article-view-files.ts';

const contentRoot = resolve(process.env.FACTLINE_CONTENT ?? 'content');
/** The code that turns content files into entries: a change to it reloads every article. */
const CORE_CODE = [resolve('src/lib')];

/** Load (part of) the corpus; any error stops the build. */
function load(logger: LoaderContext['logger'], skip?: ReadonlySet<string>): Corpus {
  const corpus = loadCorpus(contentRoot, skip ? { skip } : {});
  const errors = corpus.problems.filter(isError);
  if (errors.length) throw new FactlineError(corpus.problems);
  for (const p of corpus.problems) logger.warn(new FactlineError(p).message);
  return corpus;
}

/** An article's entry: its slug and the file that holds its view (an ArticleView). */
const articleEntrySchema = z.object({ slug: idSchema, view: z.string() });

// Schemas type the entries pages read; the core has validated every file already.
const articles = defineCollection({
  schema: articleEntrySchema,
  loader: {
    name: 'factline-articles',
    load: async ({ store, logger, config }) => {
      const views = fileURLToPath(new URL('./factline-article-views/', config.cacheDir));
      const digests = articleInputDigests(contentRoot, CORE_CODE);
      const kept = (slug: string, digest: string) => {
        const entry = store.get(slug);
        return entry?.digest === digest && entry.data.view === articleViewFile(views, digest) && hasArticleView(views, digest);
      };
      const unchanged = new Set([...digests].filter(([slug, digest]) => kept(slug, digest)).map(([slug]) => slug));
      const corpus = load(logger, unchanged);
      const actors = new Map(corpus.actors.map((a) => [a.id, a]));
      const events = new Map(corpus.events.map((e) => [e.id, e]));
      const reviewers = new Map(corpus.reviewers.map((r) => [r.id, r]));
      for (const slug of store.keys()) if (!digests.has(slug)) store.delete(slug);
      for (const record of corpus.articles) {
        const digest = digests.get(record.slug)!;
        const view = writeArticleView(views, digest, toArticleView(record, actors, events, reviewers));
        store.set({ id: record.slug, data: { slug: record.slug, view }, digest });
      }
      pruneArticleViews(views, new Set(digests.values()));
      logger.info(`${corpus.articles.length} article(s) loaded, ${unchanged.size} unchanged since the last build`);
    },
  },
});

/** Actors and events are few: they are read again every build (the articles' load checks them too). */
function registry(): Pick<Corpus, 'actors' | 'events'> {
  const paths = contentPaths(contentRoot);
  const problems: Problem[] = [];
  const actors = loadActors(paths.actors);
  const events = loadEvents(paths.events, new Set(actors.map((a) => a.id)), problems);
  if (problems.some(isError)) throw new FactlineError(problems);
  return { actors, events };
}

const actors = defineCollection({
  schema: actorSchema.extend({ id: idSchema }),
  loader: {
    name: 'factline-actors',
    load: async ({ store }) => {
      store.clear();
      for (const actor of registry().actors) store.set({ id: actor.id, data: { ...actor } });
    },
  },
});

const events = defineCollection({
  schema: eventSchema.extend({ id: idSchema }),
  loader: {
    name: 'factline-events',
    load: async ({ store }) => {
      store.clear();
      for (const event of registry().events) store.set({ id: event.id, data: { ...event } });
    },
  },
});

/** Who decides verdicts: named on claim pages and listed on /about/. */
const reviewers = defineCollection({
  schema: reviewerSchema.extend({ id: idSchema }),
  loader: {
    name: 'factline-reviewers',
    load: async ({ store }) => {
      const problems: Problem[] = [];
      const list = loadReviewers(contentPaths(contentRoot).reviewers, problems);
      if (problems.some(isError)) throw new FactlineError(problems);
      store.clear();
      for (const reviewer of list) store.set({ id: reviewer.id, data: { ...reviewer } });
    },
  },
});

export const collections = { articles, actors, events, reviewers };
