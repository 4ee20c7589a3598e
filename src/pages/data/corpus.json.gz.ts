import type { APIRoute } from 'astro';
import { gzipText } from '../../lib/export/gzip.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

/** Compact JSON, gzip-compressed: at ten thousand articles indentation alone would add a third to the file. */
export const GET: APIRoute = async () =>
  new Response(gzipText(`${JSON.stringify(await getCorpusJson())}\n`), { headers: { 'Content-Type': 'application/gzip' } });
