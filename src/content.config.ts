/**
 * Content collections. One loader reads the whole content tree through the annotation core
 * (src/lib/corpus), which parses, validates and anchors it; any problem stops the build with
 * every offending file, line and fix listed, so nothing half-checked reaches dist/.
 *
 * The content root is `content/` unless FACTLINE_CONTENT points elsewhere (the benchmark
 * builds a generated corpus that way).
 */
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import type { LoaderContext } from 'astro/loaders';
import { FactlineError, isError } from './lib/errors/index.ts';
import { loadCorpus, type Corpus } from './lib/corpus/index.ts';
import { toArticleView } from './lib/site/article-view.ts';

const contentRoot = resolve(process.env.FACTLINE_CONTENT ?? 'content');

let corpus: Corpus | undefined;
/** Loaded once per build and shared by the three collections. */
function getCorpus(): Corpus {
  if (!corpus) {
    corpus = loadCorpus(contentRoot);
    const errors = corpus.problems.filter(isError);
    if (errors.length) {
      const failed = corpus;
      corpus = undefined;
      throw new FactlineError(failed.problems);
    }
  }
  return corpus;
}

function warn(logger: LoaderContext['logger'], c: Corpus) {
  for (const p of c.problems) logger.warn(new FactlineError(p).message);
}

const articles = defineCollection({
  loader: {
    name: 'factline-articles',
    load: async ({ store, logger }) => {
      const c = getCorpus();
      warn(logger, c);
      const actors = new Map(c.actors.map((a) => [a.id, a]));
      const events = new Map(c.events.map((e) => [e.id, e]));
      store.clear();
      for (const record of c.articles) {
        const view = toArticleView(record, actors, events);
        store.set({ id: view.slug, data: { ...view } });
      }
    },
  },
});

const actors = defineCollection({
  loader: {
    name: 'factline-actors',
    load: async ({ store }) => {
      store.clear();
      for (const actor of getCorpus().actors) store.set({ id: actor.id, data: { ...actor } });
    },
  },
});

const events = defineCollection({
  loader: {
    name: 'factline-events',
    load: async ({ store }) => {
      store.clear();
      for (const event of getCorpus().events) store.set({ id: event.id, data: { ...event } });
    },
  },
});

export const collections = { articles, actors, events };
