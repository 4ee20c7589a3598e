/**
 * Corrections from the content's git history: a build of a copy without history succeeds and
 * says so; once a published verdict is changed in a commit, /corrections/, its feed and the
 * claim's page show the change with the old and the new verdict and the commit's message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(new URL('../../', import.meta.url).pathname);
const work = mkdtempSync(join(tmpdir(), 'factline-corrections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'dist');
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  FACTLINE_CONTENT: content,
  FACTLINE_OUT: out,
  FACTLINE_CACHE_DIR: join(work, 'cache/'),
  ASTRO_TELEMETRY_DISABLED: '1',
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.org',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.org',
};
const build = () => spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/build.ts'), '--local'], { cwd: root, encoding: 'utf8', env });
const git = (...args: string[]) => {
  const r = spawnSync('git', ['-C', work, ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(r.stderr);
};
const page = (p: string) => readFileSync(join(out, p), 'utf8');
const SLUG = 'tensions-escalate-as-trump-and-putin-clash-over-ukraine-and-nato';
const FILE = join(content, 'annotations', `${SLUG}.yaml`);

describe('corrections', () => {
  cpSync(join(root, 'content'), content, { recursive: true });

  it('a build from a copy without history succeeds and says so', () => {
    const r = build();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(page(`claims/${SLUG}-c3/index.html`)).toContain('data-history-unavailable');
    expect(page('corrections/index.html')).toContain('built without its git history');
  }, 300_000);

  it('lists a verdict changed in a commit, with the old and the new verdict and the reason', () => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'Seed corpus');
    const yaml = readFileSync(FILE, 'utf8');
    const c3 = yaml.indexOf('  - id: c3');
    const changed = yaml.slice(0, c3) + yaml.slice(c3).replace('verdict: mostly-accurate', 'verdict: misleading');
    expect(changed).not.toBe(yaml);
    writeFileSync(FILE, changed);
    git('commit', '-q', '-am', 'Kremlin memorandum: Lavrov said it was finished on 28 May');
    const r = build();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);

    const list = page('corrections/index.html');
    const entry = /<li[^>]*data-correction[^>]*>([^]*?)<\/li>\s*<\/ol>/.exec(list)![1]!;
    expect(entry).toContain(`href="/claims/${SLUG}-c3/"`);
    expect(entry).toMatch(/data-change="verdict"[^]*?<span data-from>Mostly accurate<\/span>[^]*?<span data-to>Misleading<\/span>/);
    expect(entry).toContain('Kremlin memorandum: Lavrov said it was finished on 28 May');

    const claimPage = page(`claims/${SLUG}-c3/index.html`);
    expect(claimPage).toContain('data-history-entry="published"');
    expect(claimPage).toMatch(/data-history-entry="changed"[^]*?verdict changed from “Mostly accurate” to “Misleading”/);
    expect(page('corrections/rss.xml')).toContain('verdict changed from “Mostly accurate” to “Misleading”');
  }, 300_000);
});
