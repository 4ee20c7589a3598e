/**
 * Same content, byte-identical site: build a second time into a temporary directory, with a
 * cache of its own (so nothing is copied from the first build), and compare the sha256 of
 * every file with the build `npm test` made in dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_SITE_URL, readSiteConfig, siteUrl } from '../../src/lib/config/index.ts';
import { treeHashes } from '../helpers/tree-hashes.ts';
import { afterAll, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'factline-rebuild-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));


it('two builds of the same content are byte-identical', () => {
  // Built as `npm test` built dist/: by the build script, for the same address.
  const site = process.env.FACTLINE_SITE || siteUrl(readSiteConfig()) || LOCAL_SITE_URL;
  const r = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FACTLINE_SITE: site, FACTLINE_OUT: join(out, 'dist'), FACTLINE_CACHE_DIR: join(out, 'cache'), PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
  });
  expect(r.status, r.stderr).toBe(0);
  const first = treeHashes(join(root, 'dist'));
  const second = treeHashes(join(out, 'dist'));
  expect(Object.keys(second)).toEqual(Object.keys(first));
  const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
  expect(differing).toEqual([]);
  expect(Object.keys(first).length).toBeGreaterThan(10);
});
