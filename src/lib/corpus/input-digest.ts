/**
 * Digests of what each article's loaded result depends on: its Markdown file, its annotation
 * file, and everything shared (the actor and event registries, and the core's own code, which
 * decides how files become annotations). Equal digests mean an earlier load of the article can
 * be reused as it is: that is what keeps a rebuild after one edit from reloading the corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentPaths } from './load-corpus.ts';

const filesOf = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith(ext) && !f.name.startsWith('.'))
        .map((f) => join(f.parentPath, f.name))
        .sort()
    : [];

function digestFiles(files: readonly string[], hash = createHash('sha256')) {
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash;
}

/**
 * slug → digest for every article under `root`. `codeDirs` are the folders of code whose
 * change must invalidate every article (the annotation core).
 */
export function articleInputDigests(root: string, codeDirs: readonly string[]): Map<string, string> {
  const paths = contentPaths(root);
  const shared = digestFiles([...filesOf(paths.actors, '.yaml'), ...filesOf(paths.events, '.yaml'), ...filesOf(paths.reviewers, '.yaml'), ...codeDirs.flatMap((d) => filesOf(d, '.ts'))]).digest('hex');
  const out = new Map<string, string>();
  for (const file of filesOf(paths.articles, '.md')) {
    const slug = basename(file, '.md');
    const annotations = join(paths.annotations, `${slug}.yaml`);
    const hash = createHash('sha256').update(shared).update(readFileSync(file));
    if (existsSync(annotations)) hash.update('\0').update(readFileSync(annotations));
    out.set(slug, hash.digest('hex').slice(0, 32));
  }
  return out;
}
