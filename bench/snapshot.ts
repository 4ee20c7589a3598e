/**
 * The project as it is on disk when a run starts, copied into the scratch directory, so that
 * every Factline build of the run — the cold build and both rebuilds — builds the same code even
 * when the working tree is edited meanwhile (an edit to the code invalidates every cached page,
 * and the rebuilds would measure that instead). The copy holds the files git does not ignore,
 * exactly those a build in the repository sees (Tailwind scans them all for class names), and
 * shares this repository's node_modules through a symlink, as the baseline does.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a build needs when git cannot list the project's files. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteSnapshot {
  dir: string;
  /** Files that differ from the commit (`git status --porcelain`): the run builds them as they are on disk. */
  uncommitted: string[];
}

const git = (repo: string, args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 ** 2 });

export function snapshotSite(repo: string, dir: string): SiteSnapshot {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = SITE_FILES;
  let uncommitted: string[] = [];
  let hasGit = true;
  try {
    files = git(repo, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
    uncommitted = git(repo, ['status', '--porcelain']).split('\n').filter(Boolean).map((l) => l.slice(3));
  } catch {
    hasGit = false; // not a git checkout: the site's own files only
  }
  for (const f of files) {
    const from = join(repo, f);
    if (!existsSync(from)) continue; // deleted in the working tree
    if (!statSync(from).isDirectory()) mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(from, join(dir, f), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Tailwind honours .gitignore only at the root of a git repository, and `node_modules/` there
  // matches directories, not this symlink: without both, it would scan every package for class
  // names and the CSS would not be the repository's.
  appendFileSync(join(dir, '.gitignore'), '\n/node_modules\n');
  if (hasGit) git(dir, ['init', '--quiet']);
  return { dir, uncommitted };
}
