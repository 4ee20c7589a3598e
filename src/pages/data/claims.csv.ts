import type { APIRoute } from 'astro';
import { claimsCsv } from '../../lib/export/corpus-json.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(claimsCsv(await getCorpusJson(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
