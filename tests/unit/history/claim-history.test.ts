import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClaimHistory } from '../../../src/lib/history/index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): { dir: string; commit: (files: Record<string, string>, message: string, date: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'factline-history-'));
  dirs.push(dir);
  const git = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Ed', GIT_AUTHOR_EMAIL: 'ed@example.org', GIT_COMMITTER_NAME: 'Ed', GIT_COMMITTER_EMAIL: 'ed@example.org', ...env } });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  git(['init', '-q']);
  return {
    dir,
    commit: (files, message, date) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      git(['add', '-A']);
      git(['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
    },
  };
}

const claim = (verdict: string, statement = 'Says it rained', status = 'reviewed') =>
  `claims:\n  - id: c1\n    text: It rained.\n    claimant: publisher\n    statement: ${statement}\n    verdict: ${verdict}\n    status: ${status}\n`;

describe('readClaimHistory', () => {
  it('records when a verdict was first published, then each change with its old and new value and the commit message', () => {
    const r = repo();
    r.commit({ 'content/annotations/rain.yaml': claim('unverified', 'Says it rained', 'suggested') }, 'Suggestions for rain', '2025-06-01');
    r.commit({ 'content/annotations/rain.yaml': claim('accurate') }, 'Review of rain', '2025-06-02');
    r.commit({ 'content/annotations/rain.yaml': claim('misleading', 'Says it rained all day') }, 'Rain: it stopped at noon', '2025-06-05');
    r.commit({ 'content/other.txt': 'x' }, 'Unrelated', '2025-06-06');
    const h = readClaimHistory(join(r.dir, 'content'));
    expect(h.available).toBe(true);
    expect(h.claims.get('rain-c1')!.map(({ commit: _c, ...e }) => e)).toEqual([
      { kind: 'published', date: '2025-06-02', message: 'Review of rain', changes: [{ field: 'verdict', to: 'accurate' }, { field: 'statement', to: 'Says it rained' }, { field: 'claimant', to: 'publisher' }] },
      { kind: 'changed', date: '2025-06-05', message: 'Rain: it stopped at noon', changes: [{ field: 'verdict', from: 'accurate', to: 'misleading' }, { field: 'statement', from: 'Says it rained', to: 'Says it rained all day' }] },
    ]);
  });

  it('says history is not available for content outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-nohistory-'));
    dirs.push(dir);
    const h = readClaimHistory(dir);
    expect(h).toEqual({ available: false, reason: 'this copy of the site was built without its git history', claims: new Map() });
  });
});
