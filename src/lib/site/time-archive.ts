/**
 * Archives keyed by time. A list (articles, a verdict's claims, the timeline, an actor's
 * record) is cut into pages by calendar: the whole list on one page while it is small, then a
 * page per year, a year split into months only when it outgrows a page, a month into days.
 * An item's page depends only on its own date and on how heavy its year or month is, never
 * on its position in the whole list, so adding an article changes only the archives it falls
 * in, and no existing URL moves to other content.
 */
import type { ArchiveKey } from './routes.ts';

/** A link to an archive page, by what it covers. */
export interface ArchiveNavLink {
  key: ArchiveKey;
  path: string;
  label: string;
}

/** A link to a sub-page, with how many items it holds. */
export interface ArchiveLink extends ArchiveNavLink {
  count: number;
}

export interface ArchivePage<T> {
  key: ArchiveKey;
  path: string;
  /** "2025", "May 2025", "19 May 2025"; empty for the whole archive. */
  label: string;
  /** The items shown on this page: all of its range, or the part its sub-pages cannot hold. */
  items: T[];
  /** Sub-pages, when this range is split (months of a year, days of a month). */
  children: ArchiveLink[];
  /** Every item in the range, on this page and its sub-pages. */
  total: number;
  /**
   * Items of this page's own range left out because they alone outweigh a page and cannot be
   * filed more precisely (a thousand mentions of "2024" as a whole). Each is still shown in its
   * canonical place; the page says how many are not listed.
   */
  omitted: number;
  /**
   * The enclosing archive pages, outermost first (for a breadcrumb). Without counts, like
   * `siblings`: a page's data must not change when an item is added elsewhere in its year.
   */
  parents: ArchiveNavLink[];
  /** The neighbouring pages at the same level, oldest first, this one included. */
  siblings: ArchiveNavLink[];
}

export interface ArchiveOptions<T> {
  /** The item's date as far as it is known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  keyOf: (item: T) => string;
  /** An item's share of a page (1 for a row; more for an entry that quotes many sources). */
  weight?: (item: T) => number;
  /** Most weight one page holds before its range is split. */
  cap: number;
  pathOf: (key: ArchiveKey) => string;
  /** Label of an archive key. */
  labelOf: (key: ArchiveKey) => string;
  /** When true, the whole archive is always an index of years (its items live on year pages). */
  splitRoot?: boolean;
  /**
   * Which of a page's own items to keep first when they alone outweigh a page (lower first;
   * ties keep their order). Without it, a page lists all of its own items however many.
   */
  priority?: (item: T) => number;
}

/** The key one level down: '' → year, year → month, month → day. */
const childKey = (key: string, level: number) => key.slice(0, [4, 7, 10][level]);
const depthOf = (key: string) => (key.length >= 10 ? 3 : key.length >= 7 ? 2 : key.length >= 4 ? 1 : 0);

/**
 * Cut `items` (already in reading order) into time-keyed pages. Returns every page, the
 * outermost first, and the page each item is shown on.
 */
export function buildTimeArchive<T>(items: readonly T[], options: ArchiveOptions<T>): { pages: ArchivePage<T>[]; pageOf: Map<T, string> } {
  const weight = options.weight ?? (() => 1);
  const pages: ArchivePage<T>[] = [];
  const pageOf = new Map<T, string>();
  const nav = (key: string): ArchiveNavLink => ({ key, path: options.pathOf(key), label: options.labelOf(key) });
  const link = (key: string, list: readonly T[]): ArchiveLink => ({ ...nav(key), count: list.length });

  const visit = (key: string, level: number, list: readonly T[], parents: ArchiveNavLink[], siblings: ArchiveNavLink[]) => {
    const total = list.reduce((n, item) => n + weight(item), 0);
    const split = level < 3 && (total > options.cap || (level === 0 && options.splitRoot === true));
    const here: T[] = [];
    const groups = new Map<string, T[]>();
    for (const item of list) {
      const itemKey = options.keyOf(item);
      if (!split || depthOf(itemKey) <= level) here.push(item);
      else {
        const k = childKey(itemKey, level);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
    }
    // Sub-pages oldest first whatever the items' order, so that navigation reads like a calendar.
    const keys = [...groups.keys()].sort();
    const children = keys.map((k) => link(k, groups.get(k)!));
    const self = nav(key);
    const shown = options.priority ? bounded(here, options.cap, weight, options.priority) : here;
    const page: ArchivePage<T> = { ...self, items: shown, children, total: list.length, omitted: here.length - shown.length, parents, siblings };
    pages.push(page);
    for (const item of shown) pageOf.set(item, page.path);
    const childNav = keys.map(nav);
    for (const k of keys) visit(k, level + 1, groups.get(k)!, [...parents, self], childNav);
  };
  visit('', 0, items, [], []);
  return { pages, pageOf };
}

/** The items that fit `cap`, the highest priority first, in their original order. */
function bounded<T>(items: T[], cap: number, weight: (item: T) => number, priority: (item: T) => number): T[] {
  if (items.reduce((n, item) => n + weight(item), 0) <= cap) return items;
  const ranked = items.map((item, i) => ({ item, i })).sort((a, b) => priority(a.item) - priority(b.item) || a.i - b.i);
  const keep = new Set<number>();
  let used = 0;
  for (const { item, i } of ranked) {
    // The first item always fits: a page never shows nothing of what it holds.
    if (keep.size > 0 && used + weight(item) > cap) break;
    keep.add(i);
    used += weight(item);
  }
  return items.filter((_, i) => keep.has(i));
}
