/**
 * The few git operations the semantic diff needs, run with `git` itself so that revisions
 * mean exactly what they mean on the command line (branches, tags, `origin/main`, `HEAD~2`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FactlineError, problem } from '../errors/index.ts';

export interface GitOptions {
  /** Directory to run git in (any directory inside the work tree). */
  cwd: string;
  env?: Record<string, string>;
  input?: string | Buffer;
}

/** Run git and return stdout as a Buffer; a failure becomes a FactlineError with git's words. */
export function git(args: string[], options: GitOptions): Buffer {
  const r = spawnSync('git', args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    input: options.input,
    maxBuffer: 1 << 30,
  });
  if (r.error) {
    throw new FactlineError(problem('git', `could not run git: ${r.error.message}`, { hint: 'install git and make sure it is on PATH' }));
  }
  if (r.status !== 0) {
    const said = r.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    throw new FactlineError(problem('git', `git ${args[0]} failed: ${said}`, { hint: 'check that you are inside the repository and that the revision exists (try `git log --oneline`)' }));
  }
  return r.stdout;
}

/** The top directory of the work tree that contains `cwd`, or undefined outside a repository. */
export function gitTopLevel(cwd: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd });
  return r.status === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** The tree id a revision names; a FactlineError naming the revision when it does not exist. */
export function resolveTree(revision: string, cwd: string): string {
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{tree}`], { cwd });
  if (r.status !== 0) {
    throw new FactlineError(
      problem(revision, `"${revision}" is not a revision in this repository`, {
        hint: 'pass a branch, tag or commit (e.g. origin/main); in a shallow clone fetch the base first',
      }),
    );
  }
  return r.stdout.toString('utf8').trim();
}

/**
 * A tree object for the files under `dir` as they are in the work tree now, tracked or not
 * (ignored files excluded). Built in a throwaway index, so the editor's own staging area and
 * branch are untouched; only unreferenced objects are added to the object store.
 */
export function workTreeTree(top: string, dir: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'factline-index-'));
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  try {
    git(['add', '--all', '--', `:(top)${dir}`], { cwd: top, env });
    return git(['write-tree'], { cwd: top, env }).toString('utf8').trim();
  } catch (err) {
    // No file matches (no content directory yet): the empty tree.
    if (err instanceof FactlineError && /did not match/.test(err.message)) return git(['mktree'], { cwd: top, input: '' }).toString('utf8').trim();
    throw err;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed';

export interface FileChange {
  status: ChangeStatus;
  /** Path at the head revision (at the base for a removed file). */
  path: string;
  /** Path at the base revision, for a renamed file. */
  from?: string;
}

/** Files that differ under `dir` between two trees, renames detected by git (-M). */
export function changedFiles(base: string, head: string, dir: string, cwd: string): FileChange[] {
  const raw = git(['diff', '--no-ext-diff', '--no-textconv', '-M', '-z', '--name-status', base, head, '--', `:(top)${dir}`], { cwd }).toString('utf8');
  const fields = raw.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    if (!code) continue;
    if (code.startsWith('R') || code.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (code.startsWith('R')) changes.push({ status: 'renamed', path: to, from });
      else changes.push({ status: 'added', path: to });
    } else {
      const path = fields[i++]!;
      const status: ChangeStatus = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
      changes.push({ status, path });
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The text of many blobs (`<tree>:<path>`) in one git process; a missing one is undefined. */
export function readBlobs(specs: string[], cwd: string): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  if (specs.length === 0) return result;
  const out = git(['cat-file', '--batch'], { cwd, input: specs.map((s) => `${s}\n`).join('') });
  let at = 0;
  for (const spec of specs) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(spec, undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    result.set(spec, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return result;
}

/** Paths of the files under `dir` in a tree. */
export function listFiles(tree: string, dir: string, cwd: string): string[] {
  return git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', tree, '--', `${dir}/`], { cwd })
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .sort();
}
