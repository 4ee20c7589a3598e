import { describe, expect, it } from 'vitest';
import { keyedPath, pageKey } from '../../../src/lib/site/page-key.ts';
import { buildSiteModel } from '../../../src/lib/site/site-model.ts';
import { ACTORS, EVENTS, fixtureArticles } from './site-fixture.ts';

const model = () => buildSiteModel(fixtureArticles(), ACTORS, EVENTS);

/** Every leaf of a JSON value, with a copy of the value in which that one leaf is changed. */
function variants(value: unknown): { path: string; changed: unknown }[] {
  const out: { path: string; changed: unknown }[] = [];
  const walk = (v: unknown, path: string[], set: (nv: unknown) => unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], (nv) => set(v.map((y, j) => (j === i ? nv : y)))));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], (nv) => set({ ...v, [k]: nv }));
    else {
      const changed = typeof v === 'string' ? `${v}x` : typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : 'x';
      out.push({ path: path.join('.'), changed: set(changed) });
    }
  };
  walk(value, [], (nv) => nv);
  return out;
}

describe('pageKey', () => {
  it('is equal for equal data built separately', () => {
    const [a, b] = [model(), model()];
    expect(a.articlePages[0]).not.toBe(b.articlePages[0]);
    expect(pageKey(a.articlePages[0])).toBe(pageKey(b.articlePages[0]));
    expect(pageKey(a.timeline)).toBe(pageKey(b.timeline));
    expect(pageKey(a.actorPages)).toBe(pageKey(b.actorPages));
  });

  it('changes when any one field of a page changes', () => {
    const page = model().articlePages.find((p) => p.article.slug === 'clash')!;
    const key = pageKey(page);
    const all = variants(page);
    expect(all.length).toBeGreaterThan(50);
    const same = all.filter((v) => pageKey(v.changed) === key).map((v) => v.path);
    expect(same).toEqual([]);
  });

  it('sees order, type and absence', () => {
    expect(pageKey([1, 2])).not.toBe(pageKey([2, 1]));
    expect(pageKey({ n: 1 })).not.toBe(pageKey({ n: '1' }));
    expect(pageKey({ a: 'x' })).not.toBe(pageKey({ a: 'x', b: null }));
    expect(pageKey({ items: [] })).not.toBe(pageKey({ items: [[]] }));
  });

  it('is a short URL-safe digest', () => {
    expect(pageKey({ page: 1 })).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('keyedPath', () => {
  it('is a getStaticPaths entry whose cache key is the digest of its props', () => {
    const props = model().timeline[0]!;
    const entry = keyedPath({ path: undefined }, props);
    expect(Object.keys(entry)).toEqual(['params', 'props', 'cacheKey']);
    expect(entry.params).toEqual({ path: undefined });
    expect(entry.props).toBe(props);
    expect(entry.cacheKey).toBe(pageKey(props));
  });

  it('gives pages with different data different keys', () => {
    const m = model();
    const keys = m.articlePages.map((p) => keyedPath({ slug: p.article.slug }, p).cacheKey);
    expect(new Set(keys).size).toBe(m.articlePages.length);
  });

  it('lets a stand-in replace a prop in the key: the key follows the stand-in, not the prop', () => {
    const page = model().articlePages[0]!;
    const entry = keyedPath({ slug: page.article.slug }, page, { article: 'view abc' });
    expect(entry.props).toBe(page);
    expect(entry.cacheKey).toBe(pageKey({ ...page, article: 'view abc' }));
    expect(keyedPath({ slug: 'x' }, page, { article: 'view abd' }).cacheKey).not.toBe(entry.cacheKey);
    // The other props still count.
    expect(keyedPath({ slug: 'x' }, { ...page, claimHrefs: { c9: '/x/' } }, { article: 'view abc' }).cacheKey).not.toBe(entry.cacheKey);
  });
});
