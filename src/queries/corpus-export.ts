/** The open-data export, from the content collections (the same data the site model is built from). */
import { buildCorpusJson, type CorpusJson } from '../lib/export/corpus-json.ts';
import { getCollections } from './collections.ts';

let corpus: Promise<CorpusJson> | undefined;

/** Built once per build: the JSON, both CSVs and the search page's filters read it. */
export function getCorpusJson(): Promise<CorpusJson> {
  corpus ??= getCollections().then(({ articles, actors, events }) => buildCorpusJson(articles, actors, events));
  return corpus;
}
