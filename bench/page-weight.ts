/**
 * Page weight of a built site: every HTML page with its size, gzipped size and the
 * JavaScript and CSS it loads up front (external files, their static imports, inline code;
 * JSON-LD is data, not code, and dynamic `import()` loads only on use, so neither counts).
 * Used by the benchmark and by the budget tests on the seed build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** URL path of the page, e.g. `/articles/some-slug/`. */
  url: string;
  /** File path relative to the site root. */
  file: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Gzipped JavaScript the page loads up front (deduplicated by file). */
  jsGzipBytes: number;
  /** Gzipped CSS the page loads (deduplicated by file). */
  cssGzipBytes: number;
  scripts: string[];
  stylesheets: string[];
}

export interface SiteWeight {
  files: number;
  totalBytes: number;
  pages: PageWeight[];
}

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function urlOf(file: string): string {
  const rel = file.split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);

/** Resolve a reference from a page or script to a file under the site root; external URLs give undefined. */
function resolveRef(root: string, fromUrl: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const clean = ref.split(/[?#]/)[0]!;
  const path = clean.startsWith('/') ? clean : posix.join(fromUrl.endsWith('/') ? fromUrl : posix.dirname(fromUrl), clean);
  return join(root, ...posix.normalize(path).split('/').filter(Boolean));
}

/** Static imports of an ES module: `import … from "x"`, `import "x"`, `export … from "x"`. */
function staticImports(code: string): string[] {
  const refs: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) refs.push(m[1]!);
  return refs;
}

export function analyzeSite(root: string): SiteWeight {
  const files = walk(root);
  const fileGzip = new Map<string, number>();
  const gz = (file: string) => {
    let size = fileGzip.get(file);
    if (size === undefined) {
      try {
        size = gzipSize(readFileSync(file));
      } catch {
        size = 0; // a reference to a missing file is a broken-link problem, not a weight
      }
      fileGzip.set(file, size);
    }
    return size;
  };
  /** A script and everything it statically imports. */
  const scriptClosure = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const url = `/${relative(root, file).split(sep).join('/')}`;
    for (const ref of staticImports(code)) {
      const target = resolveRef(root, url, ref);
      if (target) scriptClosure(target, seen);
    }
  };

  const pages: PageWeight[] = [];
  let totalBytes = 0;
  for (const file of files) {
    totalBytes += statSync(file).size;
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    const url = urlOf(rel);
    const scripts = new Set<string>();
    const styles = new Set<string>();
    let inlineJs = 0;
    let inlineCss = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1]!;
      const type = attr(attrs, 'type')?.toLowerCase();
      if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data blocks
      const src = attr(attrs, 'src');
      if (src) {
        const target = resolveRef(root, url, src);
        if (target) scriptClosure(target, scripts);
      } else if (m[2]!.trim()) {
        inlineJs += gzipSize(m[2]!);
        for (const ref of staticImports(m[2]!)) {
          const target = resolveRef(root, url, ref);
          if (target) scriptClosure(target, scripts);
        }
      }
    }
    for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
      const rel = attr(m[1]!, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      const href = attr(m[1]!, 'href');
      if (!href) continue;
      const target = resolveRef(root, url, href);
      if (!target) continue;
      if (rel.includes('stylesheet')) styles.add(target);
      else if (rel.includes('modulepreload')) scriptClosure(target, scripts);
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += gzipSize(m[1]!);
    const toRel = (f: string) => `/${relative(root, f).split(sep).join('/')}`;
    pages.push({
      url,
      file: rel.split(sep).join('/'),
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSize(html),
      jsGzipBytes: inlineJs + [...scripts].reduce((n, f) => n + gz(f), 0),
      cssGzipBytes: inlineCss + [...styles].reduce((n, f) => n + gz(f), 0),
      scripts: [...scripts].map(toRel).sort(),
      stylesheets: [...styles].map(toRel).sort(),
    });
  }
  return { files: files.length, totalBytes, pages };
}

/** Article pages: `/articles/<slug>/`. */
export const isArticlePage = (p: PageWeight) => /^\/articles\/[^/]+\/$/.test(p.url);

/** Reading pages: everything a reader opens to read; the search page may load the search UI. */
export const isReadingPage = (p: PageWeight) => !/^\/search\//.test(p.url) && !p.url.startsWith('/pagefind/');

export function largest<T>(items: T[], by: (t: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, t) => (best === undefined || by(t) > by(best) ? t : best), undefined);
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}
