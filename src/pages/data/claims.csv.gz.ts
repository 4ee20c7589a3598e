import type { APIRoute } from 'astro';
import { claimsCsv } from '../../lib/export/corpus-json.ts';
import { gzipResponse } from '../../lib/export/gzip.ts';
import { getCorpusJson } from '../../queries/corpus-export.ts';

export const GET: APIRoute = async ({ site }) =>
  gzipResponse(claimsCsv(await getCorpusJson(), site!));
