#!/usr/bin/env node
/**
 * The `factline` binary. Plain JavaScript, so that it starts on any Node, even one too old
 * to run TypeScript: it runs cli/factline.ts with the Node the project brings
 * (node_modules/.bin/node, from the `node` devDependency), or with the running Node when that
 * one is new enough (22.18, which strips types by default). This is what makes `npm link`'s
 * `factline` work on a machine whose own Node is 20.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// npm link puts a symbolic link on the PATH; the project is where the link points.
const here = dirname(realpathSync(fileURLToPath(import.meta.url)));
const entry = join(here, 'factline.ts');
const own = join(here, '..', 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const runningIsNewEnough = major > 22 || (major === 22 && minor >= 18);
const node = existsSync(own) ? own : runningIsNewEnough ? process.execPath : undefined;

if (!node) {
  console.error(
    `factline: needs Node.js 22.18 or newer, and this is ${process.version} — run \`npm install\` in ${join(here, '..')} (it brings its own Node 22), or install a newer Node`,
  );
  process.exit(2);
}

const result = spawnSync(node, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  console.error(`factline: could not start ${node}: ${result.error.message}`);
  process.exit(2);
}
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 1);
