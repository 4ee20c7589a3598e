import type { APIRoute } from 'astro';
import { quotesCsv } from '../../lib/export/corpus-json.ts';
import { gzipResponse } from '../../lib/export/gzip.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async ({ site }) =>
  gzipResponse(quotesCsv(await getCorpusJson(), site!));
