/**
 * The pages of the built site, read from dist/ when the tests are collected, so the suites
 * cover every page the build wrote (no hand-kept list to fall out of date).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve(new URL('../../', import.meta.url).pathname, process.env.FACTLINE_OUT ?? 'dist');

/** URL paths of every HTML page: `/`, `/timeline/`, `/404.html`, … (Pagefind's files excluded). */
export function builtPages(): string[] {
  if (!existsSync(DIST)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(DIST, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/**
 * The kind of a page, from its path: pages of one kind share a template (every article page,
 * every year of the timeline, …). Years, months, days and ids become placeholders.
 */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const [section, ...rest] = parts;
  const shape = rest.map((p, i) => {
    if (/^\d{4}$/.test(p)) return '<year>';
    if (/^\d{2}$/.test(p)) return '<month-or-day>';
    if (section === 'claims' && rest[0] === 'verdict') return i === 0 ? p : '<verdict>';
    return '<id>';
  });
  return `/${[section, ...shape].join('/')}/`;
}

/** Pages a reader opens to read: everything but search, which may load its UI. */
export const isReadingPage = (path: string) => !path.startsWith('/search/');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
export const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** Targets of `<a href>` in an HTML document, entity-decoded. */
export const anchorHrefs = (html: string) => [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));

/** Targets of `<form action>` (the header search box submits to /search/), entity-decoded. */
export const formActions = (html: string) => [...html.matchAll(/<form\s[^>]*?action="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));

/** Every element id (and legacy `name` anchor) in an HTML document. */
export const elementIds = (html: string) => new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));

/** `<script>` tags that are not JSON-LD data blocks. */
export const executableScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[0]).filter((tag) => !/type="application\/ld\+json"/.test(tag));

/** The JSON-LD items of a page, in order: a block's `@graph` gives its items, each with the block's context. */
export const jsonLdBlocks = (html: string): Record<string, any>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const block = JSON.parse(m[1]!) as Record<string, any>;
    return block['@graph'] ? (block['@graph'] as Record<string, any>[]).map((item) => ({ '@context': block['@context'], ...item })) : [block];
  });
