import { buildCorpusJson, type CorpusJson } from '../lib/export/corpus-json.ts';
import { getSiteModel } from './site.ts';

export async function getCorpusJson(): Promise<CorpusJson> {
  const { articles, actors, events } = await getSiteModel();
  return buildCorpusJson(articles, actors, events);
}
