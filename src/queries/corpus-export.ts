/** The open-data export, from the content collections (the same data the site model is built from). */
import { getCollection } from 'astro:content';
import { buildCorpusJson, type CorpusJson } from '../lib/export/corpus-json.ts';

let corpus: Promise<CorpusJson> | undefined;

export function getCorpusJson(): Promise<CorpusJson> {
  corpus ??= (async () => {
    const [articles, actors, events] = await Promise.all([getCollection('articles'), getCollection('actors'), getCollection('events')]);
    return buildCorpusJson(
      articles.map((e) => e.data),
      actors.map((e) => e.data),
      events.map((e) => e.data),
    );
  })();
  return corpus;
}
