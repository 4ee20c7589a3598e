import type { APIRoute } from 'astro';
import { gzipResponse } from '../../lib/export/gzip.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

/** Compact JSON, gzip-compressed: at ten thousand articles indentation alone would add a third to the file. */
export const GET: APIRoute = async () =>
  gzipResponse(`${JSON.stringify(await getCorpusJson())}\n`);
