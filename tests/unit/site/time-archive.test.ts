import { describe, expect, it } from 'vitest';
import { pageKey } from '../../../src/lib/site/page-key.ts';
import { buildTimeArchive, type ArchiveOptions, type ArchivePage } from '../../../src/lib/site/time-archive.ts';

/** An item is its date as far as known ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') and a name. */
interface Item {
  key: string;
  name: string;
  /** Lower is kept first when a page's own items outweigh it. */
  rank?: number;
  weight?: number;
}

const path = (key: string) => (key ? `/x/${key.replaceAll('-', '/')}/` : '/x/');
const options = (cap: number, extra: Partial<ArchiveOptions<Item>> = {}): ArchiveOptions<Item> => ({
  keyOf: (i) => i.key,
  cap,
  pathOf: path,
  labelOf: (key) => (key ? `L${key}` : 'All'),
  ...extra,
});

/** `n` items on `date`, named `<date>#<i>`. */
const on = (date: string, n: number): Item[] => Array.from({ length: n }, (_, i) => ({ key: date, name: `${date}#${i}` }));
/** Newest first, as lists are read; ties by name. */
const newestFirst = (items: Item[]) => [...items].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : a.name < b.name ? -1 : 1));

const byPath = <T>(pages: ArchivePage<T>[]) => new Map(pages.map((p) => [p.path, p]));
const names = (p: ArchivePage<Item> | undefined) => p!.items.map((i) => i.name);

describe('a small list', () => {
  const items = newestFirst([...on('2025-05-02', 2), ...on('2024-01-10', 1), ...on('2025', 1)]);
  const { pages, pageOf } = buildTimeArchive(items, options(4));

  it('is one root page holding every item in the given order', () => {
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual({ key: '', path: '/x/', label: 'All', items, children: [], total: 4, omitted: 0, parents: [], siblings: [] });
    expect([...pageOf.values()]).toEqual(['/x/', '/x/', '/x/', '/x/']);
  });

  it('splits into years one item past the cap, not at it', () => {
    expect(buildTimeArchive(items, options(3)).pages.map((p) => p.path)).toEqual(['/x/', '/x/2024/', '/x/2025/']);
  });

  it('is empty but present with no items', () => {
    expect(buildTimeArchive([], options(3)).pages).toEqual([{ key: '', path: '/x/', label: 'All', items: [], children: [], total: 0, omitted: 0, parents: [], siblings: [] }]);
  });
});

describe('a heavy year', () => {
  // 2025 holds 7 > 4: its months get pages; its year-only item stays on the year page.
  const items = newestFirst([...on('2024-02-01', 2), ...on('2025', 1), ...on('2025-03-04', 3), ...on('2025-05', 1), ...on('2025-05-20', 2)]);
  const { pages, pageOf } = buildTimeArchive(items, options(4));
  const at = byPath(pages);

  it('splits into months, the outermost page first and sub-pages oldest first', () => {
    expect(pages.map((p) => p.path)).toEqual(['/x/', '/x/2024/', '/x/2025/', '/x/2025/03/', '/x/2025/05/']);
    expect(at.get('/x/')!.items).toEqual([]);
    expect(at.get('/x/')!.children.map((c) => [c.key, c.count])).toEqual([['2024', 2], ['2025', 7]]);
  });

  it('keeps on the year page only what is dated to the year alone', () => {
    expect(names(at.get('/x/2025/'))).toEqual(['2025#0']);
    expect(at.get('/x/2025/')!.total).toBe(7);
    expect(at.get('/x/2025/')!.children).toEqual([
      { key: '2025-03', path: '/x/2025/03/', label: 'L2025-03', count: 3 },
      { key: '2025-05', path: '/x/2025/05/', label: 'L2025-05', count: 3 },
    ]);
  });

  it('keeps a light year whole and a light month with its day- and month-dated items together', () => {
    expect(names(at.get('/x/2024/'))).toEqual(['2024-02-01#0', '2024-02-01#1']);
    expect(at.get('/x/2024/')!.children).toEqual([]);
    // The given order holds within a page: newest first, the month-only item after its days.
    expect(names(at.get('/x/2025/05/'))).toEqual(['2025-05-20#0', '2025-05-20#1', '2025-05#0']);
  });

  it('maps each item to the one page that shows it', () => {
    expect(pageOf.size).toBe(items.length);
    for (const item of items) {
      const shownOn = pages.filter((p) => p.items.includes(item));
      expect(shownOn.map((p) => p.path)).toEqual([pageOf.get(item)]);
    }
    expect(pages.reduce((n, p) => n + p.items.length, 0)).toBe(items.length);
  });

  it('links each page to its parents, outermost first, and to its siblings, oldest first', () => {
    const march = at.get('/x/2025/03/')!;
    expect(march.parents).toEqual([
      { key: '', path: '/x/', label: 'All' },
      { key: '2025', path: '/x/2025/', label: 'L2025' },
    ]);
    expect(march.siblings.map((s) => s.path)).toEqual(['/x/2025/03/', '/x/2025/05/']);
    expect(at.get('/x/2024/')!.siblings.map((s) => s.key)).toEqual(['2024', '2025']);
    expect(at.get('/x/2024/')!.parents.map((p) => p.key)).toEqual(['']);
    expect(at.get('/x/')!.siblings).toEqual([]);
  });
});

describe('a heavy month', () => {
  const items = newestFirst([...on('2025-05', 2), ...on('2025-05-01', 2), ...on('2025-05-19', 3), ...on('2025-06-01', 1)]);
  const { pages, pageOf } = buildTimeArchive(items, options(3));
  const at = byPath(pages);

  it('splits into days, keeping the month-only items on the month page', () => {
    expect(pages.map((p) => p.path)).toEqual(['/x/', '/x/2025/', '/x/2025/05/', '/x/2025/05/01/', '/x/2025/05/19/', '/x/2025/06/']);
    expect(names(at.get('/x/2025/05/'))).toEqual(['2025-05#0', '2025-05#1']);
    expect(at.get('/x/2025/05/')!.children.map((c) => [c.key, c.count])).toEqual([['2025-05-01', 2], ['2025-05-19', 3]]);
    expect(at.get('/x/2025/05/19/')!.parents.map((p) => p.key)).toEqual(['', '2025', '2025-05']);
    expect(at.get('/x/2025/05/19/')!.siblings.map((p) => p.key)).toEqual(['2025-05-01', '2025-05-19']);
    expect(pageOf.get(items.find((i) => i.key === '2025-05-19')!)).toBe('/x/2025/05/19/');
  });

  it('never splits a day, however heavy', () => {
    const day = buildTimeArchive(on('2025-05-19', 10), options(2)).pages;
    expect(day.map((p) => [p.path, p.items.length])).toEqual([['/x/', 0], ['/x/2025/', 0], ['/x/2025/05/', 0], ['/x/2025/05/19/', 10]]);
  });
});

describe('weight', () => {
  it('splits by weight, while counts and totals stay numbers of items', () => {
    const items = [...on('2025-01-01', 1), ...on('2024-01-01', 1)];
    const heavy = (i: Item) => (i.key.startsWith('2025') ? 5 : 1);
    const { pages } = buildTimeArchive(items, options(4, { weight: heavy }));
    expect(pages.map((p) => p.path)).toEqual(['/x/', '/x/2024/', '/x/2025/', '/x/2025/01/', '/x/2025/01/01/']);
    expect(pages[0]!.total).toBe(2);
    expect(pages[0]!.children.map((c) => c.count)).toEqual([1, 1]);
    expect(buildTimeArchive(items, options(4)).pages).toHaveLength(1);
  });
});

describe('splitRoot', () => {
  it('makes the whole archive an index of years even when the list is small', () => {
    const items = newestFirst([...on('2025-05-02', 1), ...on('2023-01-01', 1)]);
    const { pages, pageOf } = buildTimeArchive(items, options(100, { splitRoot: true }));
    expect(pages.map((p) => p.path)).toEqual(['/x/', '/x/2023/', '/x/2025/']);
    expect(pages[0]!.items).toEqual([]);
    expect(pages[0]!.children.map((c) => c.key)).toEqual(['2023', '2025']);
    // Only the root is forced: a light year is not split further.
    expect(pages[2]!.children).toEqual([]);
    expect(new Set(pageOf.values())).toEqual(new Set(['/x/2023/', '/x/2025/']));
  });
});

describe('adding an item', () => {
  // Two years, each split into months; every month page is light.
  const base = newestFirst([...on('2024-11-02', 3), ...on('2024-12-24', 3), ...on('2025-01-06', 3), ...on('2025-03-04', 2), ...on('2025-05-19', 3), ...on('2025', 1)]);
  const before = byPath(buildTimeArchive(base, options(5)).pages);
  const added = { key: '2025-03-10', name: 'new' };
  const after = byPath(buildTimeArchive(newestFirst([...base, added]), options(5)).pages);

  it('keeps every URL', () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
  });

  it('changes only the pages whose range holds it: every other page is deep-equal and keeps its key', () => {
    const changed = [...after.keys()].filter((p) => pageKey(after.get(p)) !== pageKey(before.get(p)));
    expect(changed).toEqual(['/x/', '/x/2025/', '/x/2025/03/']);
    for (const [p, page] of after) if (!changed.includes(p)) expect(page).toEqual(before.get(p));
    expect(names(after.get('/x/2025/03/'))).toEqual(['new', '2025-03-04#0', '2025-03-04#1']);
  });
});

describe('priority', () => {
  /** Items on `date` with the given ranks, named `<date>#<i>`. */
  const ranked = (date: string, ranks: number[], weight?: number): Item[] => ranks.map((rank, i) => ({ key: date, name: `${date}#${i}`, rank, ...(weight ? { weight } : {}) }));
  const prioritised = (cap: number, extra: Partial<ArchiveOptions<Item>> = {}) => options(cap, { priority: (i) => i.rank ?? 0, weight: (i) => i.weight ?? 1, ...extra });
  const dayPage = (pages: ArchivePage<Item>[]) => pages.find((p) => p.key.length === 10)!;

  describe('a day whose items outweigh a page', () => {
    const items = ranked('2025-05-19', [2, 0, 1, 0, 2, 1]);
    const { pages, pageOf } = buildTimeArchive(items, prioritised(3));
    const day = dayPage(pages);

    it('keeps the highest-priority items that fit, in their original order', () => {
      // Ranks 0 (#1, #3) and the first rank 1 (#2) fit a page of 3; shown in the given order.
      expect(names(day)).toEqual(['2025-05-19#1', '2025-05-19#2', '2025-05-19#3']);
      expect(day.items.length).toBe(3);
    });

    it('counts exactly what it leaves out, and still counts it in the totals', () => {
      expect(day.omitted).toBe(3);
      expect(day.total).toBe(6);
      expect(pages[0]!.total).toBe(6);
      expect(pages.filter((p) => p !== day).map((p) => p.omitted)).toEqual([0, 0, 0]);
    });

    it('maps no page to the items it leaves out', () => {
      expect(pageOf.size).toBe(3);
      for (const item of items) {
        const shown = day.items.includes(item);
        expect(pageOf.get(item)).toBe(shown ? '/x/2025/05/19/' : undefined);
        if (!shown) expect(pages.some((p) => p.items.includes(item))).toBe(false);
      }
    });

    it('keeps ties in their original order', () => {
      const same = buildTimeArchive(ranked('2025-05-19', [1, 1, 1, 1, 1]), prioritised(2)).pages;
      expect(names(dayPage(same))).toEqual(['2025-05-19#0', '2025-05-19#1']);
      expect(dayPage(same).omitted).toBe(3);
    });

    it('lists every item, omitting none, without a priority', () => {
      const all = dayPage(buildTimeArchive(items, options(3)).pages);
      expect(all.items).toEqual(items);
      expect(all.omitted).toBe(0);
    });
  });

  describe('weight', () => {
    it('keeps no more weight than a page holds', () => {
      const items = ranked('2025-05-19', [0, 1, 2, 3, 4, 5], 2);
      const day = dayPage(buildTimeArchive(items, prioritised(7)).pages);
      expect(names(day)).toEqual(['2025-05-19#0', '2025-05-19#1', '2025-05-19#2']);
      expect(day.items.reduce((n, i) => n + i.weight!, 0)).toBeLessThanOrEqual(7);
      expect(day.omitted).toBe(3);
    });

    it('never shows a lower-priority item in place of a higher one that does not fit', () => {
      // #1 (rank 1, weight 3) does not fit beside #0; #2 (rank 2, weight 1) would, but ranks below it.
      const items: Item[] = [
        { key: '2025-05-19', name: 'a', rank: 0, weight: 2 },
        { key: '2025-05-19', name: 'b', rank: 1, weight: 3 },
        { key: '2025-05-19', name: 'c', rank: 2, weight: 1 },
      ];
      const day = dayPage(buildTimeArchive(items, prioritised(3)).pages);
      expect(names(day)).toEqual(['a']);
      expect(day.omitted).toBe(2);
    });

    it('shows at least one item, the first by priority, however heavy', () => {
      const one = dayPage(buildTimeArchive(ranked('2025-05-19', [0], 10), prioritised(3)).pages);
      expect([names(one), one.omitted]).toEqual([['2025-05-19#0'], 0]);
      const two = dayPage(buildTimeArchive(ranked('2025-05-19', [1, 0], 10), prioritised(3)).pages);
      expect([names(two), two.omitted]).toEqual([['2025-05-19#1'], 1]);
    });
  });

  describe('a year page', () => {
    it('bounds only what it cannot file more precisely, and only when that alone outweighs a page', () => {
      // 5 year-only items and 2 of a day: the day gets its page, the year page keeps 3 of its 5.
      const heavy = buildTimeArchive([...ranked('2025', [3, 2, 1, 0, 0]), ...ranked('2025-03-01', [9, 9])], prioritised(3));
      const at = byPath(heavy.pages);
      expect(names(at.get('/x/2025/'))).toEqual(['2025#2', '2025#3', '2025#4']);
      expect(at.get('/x/2025/')!.omitted).toBe(2);
      expect(names(at.get('/x/2025/03/'))).toEqual(['2025-03-01#0', '2025-03-01#1']);
      expect(heavy.pageOf.size).toBe(5);
      // 3 year-only items fit a page of 3 even though the year as a whole (5) does not.
      const light = byPath(buildTimeArchive([...ranked('2025', [3, 2, 1]), ...ranked('2025-03-01', [9, 9])], prioritised(3)).pages);
      expect(at.get('/x/2025/')!.children).toHaveLength(1);
      expect(light.get('/x/2025/')!.items).toHaveLength(3);
      expect(light.get('/x/2025/')!.omitted).toBe(0);
    });
  });
});
