/**
 * The `factline` binary (cli/factline.js) is plain JavaScript that runs the TypeScript CLI
 * with the project's own Node, so it works however it is launched: through npm, directly, or
 * as the symbolic link `npm link` puts on the PATH, even when the PATH's Node is 20.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const launcher = join(root, 'cli/factline.js');
const linkDir = mkdtempSync(join(tmpdir(), 'factline-link-'));
symlinkSync(launcher, join(linkDir, 'factline'));
afterAll(() => rmSync(linkDir, { recursive: true, force: true }));

/** PATH without the project's node_modules/.bin: the machine's own Node, whatever its version. */
const systemPath = (process.env.PATH ?? '').split(delimiter).filter((d) => !d.includes('node_modules')).join(delimiter);
const env = { ...process.env, PATH: `${linkDir}${delimiter}${systemPath}` };

describe('the factline binary', () => {
  it('runs as an npm-link style symbolic link with the system Node', () => {
    const systemNode = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
    const r = spawnSync('factline', ['--help'], { cwd: tmpdir(), env, encoding: 'utf8' });
    expect(r.stderr, `system node ${systemNode}`).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: factline <command> \[options\]/);
  });

  it('passes the exit code and output through', () => {
    const r = spawnSync('factline', ['fmt', '--bogus'], { cwd: root, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^factline: unknown option --bogus for `factline fmt`/);
    const check = spawnSync('node', [launcher, 'fmt', '--check'], { cwd: root, env, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^\d+ files are canonical\n$/);
  });
});
