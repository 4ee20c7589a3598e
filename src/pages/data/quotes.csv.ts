import type { APIRoute } from 'astro';
import { quotesCsv } from '../../lib/export/corpus-json.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(quotesCsv(await getCorpusJson(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
