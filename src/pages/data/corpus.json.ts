import type { APIRoute } from 'astro';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getCorpusJson(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
