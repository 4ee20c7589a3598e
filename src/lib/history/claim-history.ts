/**
 * Each decided claim's history, read from the content's git history at build time: when its
 * verdict was first published, then every later change of verdict, statement or claimant,
 * with the commit's date and message. Two git processes in all (one log of the annotation
 * folder, one `cat-file --batch` for the file versions it names), whatever the corpus's size.
 *
 * A checkout without history (an export, a shallow clone) still builds: the result says that
 * history is not available and why, and pages say so.
 */
import { spawnSync } from 'node:child_process';
import { basename, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/** What a claim's record shows readers, and what a change is a change of. */
export type TrackedField = 'verdict' | 'statement' | 'claimant';
const TRACKED: TrackedField[] = ['verdict', 'statement', 'claimant'];

export interface FieldChange {
  field: TrackedField;
  /** Absent when the field had no value before. */
  from?: string;
  to: string;
}

export interface HistoryEntry {
  kind: 'published' | 'changed';
  /** The commit's day, YYYY-MM-DD. */
  date: string;
  commit: string;
  message: string;
  /** For `changed`: what changed; for `published`: the published values. */
  changes: FieldChange[];
}

export interface ClaimHistory {
  available: boolean;
  /** Why history is missing, in a sentence for readers. */
  reason?: string;
  /** By site-wide claim key (`<slug>-<id>`), oldest entry first. */
  claims: Map<string, HistoryEntry[]>;
}

interface Commit {
  hash: string;
  date: string;
  message: string;
  files: string[];
}

const git = (cwd: string, args: string[], input?: string) => spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...(input !== undefined ? { input } : {}) });

const unavailable = (reason: string): ClaimHistory => ({ available: false, reason, claims: new Map() });

/** The history of every decided claim under `contentRoot/annotations`. */
export function readClaimHistory(contentRoot: string): ClaimHistory {
  const top = git(resolve(contentRoot), ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return unavailable('this copy of the site was built without its git history');
  const repo = top.stdout.trim();
  if (git(repo, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true') {
    return unavailable('this copy of the site was built from a shallow checkout, without its full git history');
  }
  const dir = relative(repo, resolve(contentRoot, 'annotations')) || '.';
  const log = git(repo, ['log', '--reverse', '--no-renames', '--format=%x01%H%x00%cs%x00%s', '--name-only', '--', dir]);
  if (log.status !== 0) return unavailable('the git history of the content could not be read');
  const commits: Commit[] = log.stdout
    .split('\x01')
    .filter(Boolean)
    .map((block) => {
      const [head, ...files] = block.split('\n');
      const [hash, date, message] = head!.split('\x00') as [string, string, string];
      return { hash, date, message, files: files.filter((f) => f.endsWith('.yaml')) };
    });

  // Every file version the log names, in one batch.
  const wanted = commits.flatMap((c) => c.files.map((f) => `${c.hash}:${f}`));
  const blobs = readBlobs(repo, wanted);

  const last = new Map<string, Record<TrackedField, string | undefined>>();
  const claims = new Map<string, HistoryEntry[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const text = blobs.get(`${commit.hash}:${file}`);
      if (text === undefined) continue; // deleted in this commit
      const slug = basename(file, '.yaml');
      for (const claim of decidedClaims(text)) {
        const key = `${slug}-${claim.id}`;
        const before = last.get(key);
        const now = claim.values;
        last.set(key, now);
        const list = claims.get(key) ?? claims.set(key, []).get(key)!;
        if (!before) {
          list.push({ kind: 'published', date: commit.date, commit: commit.hash, message: commit.message, changes: TRACKED.flatMap((f) => (now[f] ? [{ field: f, to: now[f]! }] : [])) });
          continue;
        }
        const changes = TRACKED.flatMap((f): FieldChange[] => (now[f] !== undefined && now[f] !== before[f] ? [{ field: f, ...(before[f] !== undefined ? { from: before[f] } : {}), to: now[f]! }] : []));
        // A statement written for the first time is an editor's wording, not a correction.
        const corrections = changes.filter((c) => c.from !== undefined);
        if (corrections.length) list.push({ kind: 'changed', date: commit.date, commit: commit.hash, message: commit.message, changes: corrections });
      }
    }
  }
  return { available: true, claims };
}

/** The decided claims of one version of an annotation file; a file that does not parse has none. */
function decidedClaims(text: string): { id: string; values: Record<TrackedField, string | undefined> }[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return [];
  }
  const list = (data as { claims?: unknown })?.claims;
  if (!Array.isArray(list)) return [];
  return list.flatMap((c: Record<string, unknown>) => {
    if (!c || typeof c.id !== 'string' || c.status !== 'reviewed' || !c.verdict || c.verdict === 'unverified') return [];
    const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    return [{ id: c.id, values: { verdict: str(c.verdict), statement: str(c.statement), claimant: str(c.claimant) } }];
  });
}

/** `<commit>:<path>` → the file's text, through one `git cat-file --batch`. */
function readBlobs(repo: string, specs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (specs.length === 0) return out;
  const r = spawnSync('git', ['-C', repo, 'cat-file', '--batch'], { input: specs.join('\n') + '\n', maxBuffer: 1 << 30 });
  const buf = r.stdout;
  let pos = 0;
  for (const spec of specs) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^\S+ blob (\d+)$/.exec(header);
    if (!m) continue; // "<spec> missing": the file was deleted
    const size = Number(m[1]);
    out.set(spec, buf.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return out;
}
