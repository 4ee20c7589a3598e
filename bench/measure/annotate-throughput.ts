/**
 * Extractor throughput on one core: `extract()` from the annotation core, in this process,
 * over the generated plain texts (quote detection, speaker attribution, dates, claims) — the
 * work `factline annotate` and the build's on-the-fly extraction do per article.
 */
import { join } from 'node:path';

export interface AnnotateThroughput {
  articles: number;
  ms: number;
  articlesPerSecond: number;
  /** Slowest single article, to spot pathological inputs. */
  maxMs: number;
  found: { quotes: number; dates: number; claims: number };
}

export async function measureAnnotate(
  repo: string,
  contentRoot: string,
  articles: { plainText: string; published: string }[],
  sample: number,
): Promise<AnnotateThroughput | { skipped: string }> {
  let mods;
  try {
    mods = await Promise.all([
      import(join(repo, 'src/lib/annotate/index.ts')) as Promise<typeof import('../../src/lib/annotate/index.ts')>,
      import(join(repo, 'src/lib/actors/index.ts')) as Promise<typeof import('../../src/lib/actors/index.ts')>,
    ]);
  } catch (err) {
    return { skipped: `the extractor could not be loaded: ${(err as Error).message.split('\n')[0]}` };
  }
  const [{ extract }, { loadActors, createRegistry }] = mods;
  const actors = loadActors(join(contentRoot, 'actors'));
  const registry = createRegistry(actors);
  // Evenly spread sample, so a 10,000-article run does not only time the first articles.
  const step = Math.max(1, Math.floor(articles.length / Math.max(1, sample)));
  const chosen = articles.filter((_, i) => i % step === 0).slice(0, sample);
  for (const a of chosen.slice(0, 20)) extract(a.plainText, a.published, actors, registry); // JIT warm-up
  const found = { quotes: 0, dates: 0, claims: 0 };
  let maxMs = 0;
  const start = performance.now();
  for (const a of chosen) {
    const t = performance.now();
    const r = extract(a.plainText, a.published, actors, registry);
    maxMs = Math.max(maxMs, performance.now() - t);
    found.quotes += r.quotes.length;
    found.dates += r.dates.length;
    found.claims += r.claims.length;
  }
  const ms = performance.now() - start;
  return { articles: chosen.length, ms, articlesPerSecond: (chosen.length / ms) * 1000, maxMs, found };
}
