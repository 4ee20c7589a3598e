/**
 * The one place pages get their data: the content collections, turned into the site model
 * by the core (src/lib/site). Built once per build and shared by every page; each page then
 * receives exactly its own part of it as props, which is also its incremental-build key.
 */
import { resolve } from 'node:path';
import { readClaimHistory } from '../lib/history/index.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/site-model.ts';
import { getCollections } from './collections.ts';

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const { articles, actors, events } = await getCollections();
    return buildSiteModel(
      articles,
      actors,
      events,
      // Each claim's history comes from the content's git history (the same root the loader reads).
      readClaimHistory(resolve(process.env.FACTLINE_CONTENT ?? 'content')),
    );
  })();
  return model;
}
