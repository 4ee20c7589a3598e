import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const dist = (p: string) => readFileSync(new URL(`../../dist/${p}`, import.meta.url), 'utf8');

describe('open data export', () => {
  const corpus = JSON.parse(dist('data/corpus.json'));
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

  it('the CSV files have one row per quote and per claim', () => {
    const quotes = corpus.articles.reduce((n: number, a: { quotes: unknown[] }) => n + a.quotes.length, 0);
    const claims = corpus.articles.reduce((n: number, a: { claims: unknown[] }) => n + a.claims.length, 0);
    const rows = (csv: string) => csv.trimEnd().split('\r\n').filter((l) => /^[a-z0-9-]+,[qc]\d+,/.test(l)).length;
    expect(dist('data/quotes.csv').startsWith('article,id,text,speaker,said,status,note,original,url\r\n')).toBe(true);
    expect(dist('data/claims.csv').startsWith('article,id,text,statement,claimant,verdict,explanation,sources,reviewed_by,reviewed_on,status,url\r\n')).toBe(true);
    expect(rows(dist('data/quotes.csv'))).toBe(quotes);
    expect(rows(dist('data/claims.csv'))).toBe(claims);
  });

  it('exports editors’ notes on quotes, in the JSON and the CSV', () => {
    const q = corpus.articles.flatMap((a: { quotes: { text: string; note: string | null }[] }) => a.quotes).find((q: { text: string }) => q.text === 'stringing us along');
    expect(q.note).toContain('"tapping us along"');
    expect(dist('data/quotes.csv')).toMatch(/stringing us along,donald-trump,2025-05-28,reviewed,"[^"\r\n]*""tapping us along""/);
  });

  it('exports every event with its description and at least one source', () => {
    expect(corpus.events.length).toBeGreaterThan(0);
    for (const e of corpus.events) {
      expect(e.description, e.id).toEqual(expect.any(String));
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });
});
