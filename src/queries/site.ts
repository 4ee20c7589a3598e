/**
 * The one place pages get their data: the content collections, turned into the site model
 * by the core (src/lib/site). Built once per build and shared by every page; each page then
 * receives exactly its own part of it as props, which is also its incremental-build key.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site/site-model.ts';

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [articles, actors, events] = await Promise.all([getCollection('articles'), getCollection('actors'), getCollection('events')]);
    return buildSiteModel(
      articles.map((e) => e.data),
      actors.map((e) => e.data),
      events.map((e) => e.data),
    );
  })();
  return model;
}
