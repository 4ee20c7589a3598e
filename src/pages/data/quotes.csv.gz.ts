import type { APIRoute } from 'astro';
import { quotesCsv } from '../../lib/export/corpus-json.ts';
import { gzipText } from '../../lib/export/gzip.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(gzipText(quotesCsv(await getCorpusJson(), site!)), { headers: { 'Content-Type': 'application/gzip' } });
