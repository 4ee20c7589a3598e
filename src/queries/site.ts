/**
 * The one place pages get their data: the content collections, turned into the site model
 * by the core (src/lib/site). Built once per build and shared by every page.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ArticleView } from '../lib/site/article-view.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/site-model.ts';
import type { Actor, FactEvent } from '../lib/schema/index.ts';

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [articles, actors, events] = await Promise.all([getCollection('articles'), getCollection('actors'), getCollection('events')]);
    return buildSiteModel(
      articles.map((e) => e.data as unknown as ArticleView),
      actors.map((e) => e.data as unknown as Actor),
      events.map((e) => e.data as unknown as FactEvent),
    );
  })();
  return model;
}

/** The article body with annotations wrapped, rendered by the content loader. */
export async function getArticleHtml(slug: string): Promise<string> {
  const entry = await getEntry('articles', slug);
  return entry?.rendered?.html ?? '';
}
