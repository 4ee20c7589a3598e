/**
 * The site's address: a production build without one stops with a message saying how to give
 * it, and leaves the last site alone; `npm start` builds for the local preview address instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(new URL('../../', import.meta.url).pathname);
const work = mkdtempSync(join(tmpdir(), 'factline-site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The project's configuration without its `url`, and no FACTLINE_SITE.
const config = join(work, 'factline.config.yaml');
writeFileSync(config, readFileSync(join(root, 'factline.config.yaml'), 'utf8').replace(/^url:.*$/m, ''));
const out = join(work, 'dist');
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  FACTLINE_SITE: '',
  FACTLINE_CONFIG: config,
  FACTLINE_OUT: out,
  FACTLINE_CACHE_DIR: join(work, 'cache/'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const build = (args: string[] = []) => spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/build.ts'), ...args], { cwd: root, encoding: 'utf8', env });

describe('the site address', () => {
  it('npm run build without a site URL stops with the message, and writes nothing', () => {
    const r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('factline build: no site URL. Set `url:` in factline.config.yaml');
    expect(r.stderr).toContain('run `npm start`');
    expect(existsSync(out)).toBe(false);
  });

  it('npm start builds for the local preview address without one', () => {
    const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start as string;
    expect(start).toBe('node scripts/build.ts --local && astro preview');
    const r = build(['--local']);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="http://localhost:4321/">');
  }, 300_000);
});
