/**
 * Same content, byte-identical site: build a second time into a temporary directory, with a
 * cache of its own (so nothing is copied from the first build), and compare the sha256 of
 * every file with the build `npm test` made in dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeHashes } from '../helpers/tree-hashes.ts';
import { afterAll, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'factline-rebuild-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));


it('two builds of the same content are byte-identical', () => {
  const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(out, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    // Vitest sets NODE_ENV=test; build as `npm run build` does.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', FACTLINE_CACHE_DIR: join(out, 'cache'), PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
  });
  expect(r.status, r.stderr).toBe(0);
  const first = treeHashes(join(root, 'dist'));
  const second = treeHashes(join(out, 'dist'));
  expect(Object.keys(second)).toEqual(Object.keys(first));
  const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
  expect(differing).toEqual([]);
  expect(Object.keys(first).length).toBeGreaterThan(10);
});
