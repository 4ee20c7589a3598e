/**
 * Content files as they are at one revision (or in the work tree), read from git in one
 * batch and parsed leniently: the diff reports what changed even in files that would not
 * pass `factline check`, but malformed YAML stops it with the file, line and column.
 */
import { parseYaml } from '../content-file/index.ts';
import { readBlobs } from './git.ts';

export interface Revision {
  /** The tree id the revision resolves to. */
  tree: string;
  /** How errors name the revision: `origin/main`, or empty for the work tree. */
  label: string;
}

export interface ArticleText {
  frontmatter: Record<string, unknown>;
  body: string;
}

export class RevisionReader {
  readonly revision: Revision;
  private readonly cwd: string;
  private readonly texts = new Map<string, string | undefined>();

  constructor(revision: Revision, cwd: string) {
    this.revision = revision;
    this.cwd = cwd;
  }

  /** Read many paths in one git process; later `text()` calls are served from memory. */
  preload(paths: Iterable<string>): void {
    const wanted = [...new Set(paths)].filter((p) => !this.texts.has(p));
    const blobs = readBlobs(wanted.map((p) => `${this.revision.tree}:${p}`), this.cwd);
    for (const p of wanted) this.texts.set(p, blobs.get(`${this.revision.tree}:${p}`));
  }

  text(path: string): string | undefined {
    if (!this.texts.has(path)) this.preload([path]);
    return this.texts.get(path);
  }

  /** How an error names a file: `rev:path` as git does, or the path for the work tree. */
  fileLabel(path: string): string {
    return this.revision.label ? `${this.revision.label}:${path}` : path;
  }

  /** Parsed YAML data, or null when the file does not exist at this revision. */
  yaml(path: string): unknown {
    const text = this.text(path);
    if (text === undefined) return null;
    return parseYaml(this.fileLabel(path), text).data ?? {};
  }

  /** An article's frontmatter and body, or null when the file does not exist here. */
  article(path: string): ArticleText | null {
    const text = this.text(path);
    if (text === undefined) return null;
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    const close = lines[0]?.trimEnd() === '---' ? lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---') : -1;
    if (close === -1) return { frontmatter: {}, body: lines.join('\n').trim() };
    // A leading newline keeps the parser's line numbers equal to the file's.
    const data = parseYaml(this.fileLabel(path), `\n${lines.slice(1, close).join('\n')}`).data;
    const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { frontmatter, body: lines.slice(close + 1).join('\n').trim() };
  }
}
