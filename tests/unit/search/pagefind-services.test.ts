import { describe, expect, it } from 'vitest';
import { closeServices, exclusive, pagefindServices } from '../../../src/integrations/search/pagefind-services.ts';

describe('pagefindServices', () => {
  it('gives independent copies of the API, each indexing on its own', async () => {
    const apis = await pagefindServices(2);
    try {
      expect(apis).toHaveLength(2);
      expect(apis[0]).not.toBe(apis[1]);
      const indexes = await Promise.all(apis.map((api) => api.createIndex({ forceLanguage: 'en' })));
      const added = await Promise.all(
        indexes.map(({ index }, n) => index!.addCustomRecord({ url: `/r${n}/`, content: `record number ${n}`, language: 'en' })),
      );
      expect(added.map((a) => a.errors)).toEqual([[], []]);
    } finally {
      await closeServices(apis);
    }
  });
});

describe('exclusive', () => {
  it('runs one function at a time, in the order given, past a failure', async () => {
    const oneAtATime = exclusive();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      oneAtATime(async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a', 20), step('b', 1, true), step('c', 5)]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
