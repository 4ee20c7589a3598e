import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readCorpusExport, readExport } from '../helpers/corpus-export.ts';
import { routes } from '../../src/lib/site/routes.ts';

const dist = (p: string) => readFileSync(new URL(`../../dist/${p}`, import.meta.url), 'utf8');

describe('open data export', () => {
  const site = fileURLToPath(new URL('../../dist/', import.meta.url));
  const corpus = readCorpusExport(site);
  const csv = (route: string) => readExport(site, route);
  const schema = JSON.parse(dist('data/corpus.schema.json'));

  it('corpus.json validates against the shipped JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const ok = validate(corpus);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('holds every article with its annotations, and actor ids in speaker and claimant', () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(5);
    const actorIds = new Set(corpus.actors.map((a: { id: string }) => a.id));
    for (const a of corpus.articles) {
      for (const q of a.quotes) if (q.speaker !== null) expect(actorIds.has(q.speaker)).toBe(true);
      for (const c of a.claims) if (c.claimant !== 'publisher') expect(actorIds.has(c.claimant)).toBe(true);
    }
  });

  it('publishes each export gzip-compressed, under the address the footer and methodology link to', () => {
    for (const route of [routes.data.corpus, routes.data.quotes, routes.data.claims]) {
      const bytes = readFileSync(new URL(`../../dist${route}`, import.meta.url));
      expect([bytes[0], bytes[1]], route).toEqual([0x1f, 0x8b]);
      expect(dist(`methodology/index.html`)).toContain(`href="${route}"`);
    }
    expect(dist('index.html')).toContain(`href="${routes.data.corpus}"`);
  });

  it('publishes each export gzip-compressed, under the address the footer and methodology link to', () => {
    for (const route of [routes.data.corpus, routes.data.quotes, routes.data.claims]) {
      const bytes = readFileSync(new URL(`../../dist${route}`, import.meta.url));
      expect([bytes[0], bytes[1]], route).toEqual([0x1f, 0x8b]);
      expect(dist('methodology/index.html')).toContain(`href="${route}"`);
    }
    expect(dist('index.html')).toContain(`href="${routes.data.corpus}"`);
  });

  it('the CSV files have one row per quote and per claim', () => {
    const quotes = corpus.articles.reduce((n: number, a: { quotes: unknown[] }) => n + a.quotes.length, 0);
    const claims = corpus.articles.reduce((n: number, a: { claims: unknown[] }) => n + a.claims.length, 0);
    const rows = (text: string) => text.trimEnd().split('\r\n').filter((l) => /^[a-z0-9-]+,[qc]\d+,/.test(l)).length;
    expect(csv(routes.data.quotes).startsWith('article,id,text,speaker,said,status,note,original,url\r\n')).toBe(true);
    expect(csv(routes.data.claims).startsWith('article,id,text,statement,claimant,verdict,explanation,sources,reviewed_by,reviewed_on,status,url\r\n')).toBe(true);
    expect(rows(csv(routes.data.quotes))).toBe(quotes);
    expect(rows(csv(routes.data.claims))).toBe(claims);
  });

  it('exports editors’ notes on quotes, in the JSON and the CSV', () => {
    const q = corpus.articles.flatMap((a) => a.quotes).find((q) => q.text === 'stringing us along')!;
    expect(q.note).toContain('"tapping us along"');
    expect(csv(routes.data.quotes)).toMatch(/stringing us along,donald-trump,2025-05-28,reviewed,"[^"\r\n]*""tapping us along""/);
  });

  it('exports every event with its description and at least one source', () => {
    expect(corpus.events.length).toBeGreaterThan(0);
    for (const e of corpus.events) {
      expect(e.description, e.id).toEqual(expect.any(String));
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });
});
