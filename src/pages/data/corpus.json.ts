import type { APIRoute } from 'astro';
import { getCorpusJson } from '../../queries/corpus-export.ts';

/** Compact JSON: at ten thousand articles indentation alone would add a third to the file. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getCorpusJson())}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
