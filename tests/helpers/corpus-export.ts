/** The built site's open-data exports, as the tests read them: gzip-compressed files in `dist/data/`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusJson } from '../../src/lib/export/corpus-json.ts';
import { gunzipText } from '../../src/lib/export/gzip.ts';
import { routes } from '../../src/lib/site/routes.ts';

/** The text of an export (`routes.data.quotes` …) in the site built into `dist`. */
export const readExport = (dist: string, route: string): string => gunzipText(readFileSync(join(dist, route)));

/** The corpus export of the site built into `dist`. */
export const readCorpusExport = (dist: string): CorpusJson => JSON.parse(readExport(dist, routes.data.corpus)) as CorpusJson;
