/**
 * The real build on hostile and broken content. Scraped text and annotations full of HTML
 * come out escaped, with nothing executable; a build that fails on a broken annotation
 * reports file, line and column and leaves the last good site exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeHashes } from '../../helpers/tree-hashes.ts';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'factline-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'dist');
// Astro's content cache kept apart from the project's, so this build never races another.
const env = { ...process.env, FACTLINE_CONTENT: content, FACTLINE_OUT: out, FACTLINE_CACHE_DIR: join(work, 'cache/'), ASTRO_TELEMETRY_DISABLED: '1' };
const build = () => spawnSync(node, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env });


const HOSTILE = 'hostile-markup-in-the-text';
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

describe('the real build on hostile and broken content', () => {
  it('escapes HTML from articles and annotations, and leaves nothing executable', () => {
    cpSync(join(root, 'content'), content, { recursive: true });
    const raw = join(work, 'hostile.txt');
    writeFileSync(raw, `Hostile Markup in the Text\n\nThe spokesman said "${SCRIPT} is not a policy," on Monday, and added ${IMG} to the record.\n`);
    const imported = spawnSync(node, [join(root, 'cli/factline.ts'), 'import', raw, '--published', '2025-05-20', '--slug', HOSTILE, '--out', join(content, 'articles')], { cwd: work, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const annotation = join(content, 'annotations/putin-we-have-open-dialogue-with-trump.yaml');
    writeFileSync(annotation, readFileSync(annotation, 'utf8').replace("explanation: Russia's", `explanation: ${IMG} Russia's`));

    const r = build();
    expect(r.status, r.stderr).toBe(0);
    const article = readFileSync(join(out, `articles/${HOSTILE}/index.html`), 'utf8');
    // The words are on the page as text, their `<` escaped (as &lt; or &#x3C;).
    const LT = '(?:&lt;|&#x3C;|&#60;)';
    expect(article).toMatch(new RegExp(`${LT}script>alert\\(1\\)${LT}/script>|${LT}script&gt;alert`));
    expect(article).toMatch(new RegExp(`${LT}img src=x onerror=alert\\(2\\)`));
    const claimPage = readFileSync(join(out, 'claims/putin-we-have-open-dialogue-with-trump-c1/index.html'), 'utf8');
    expect(claimPage).toMatch(new RegExp(`${LT}img src=x onerror=alert\\(2\\)`));
    for (const html of [article, claimPage]) {
      // Outside attribute values (where a raw `<` is only text), no such tag exists.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>alert|<img src=x/i);
    }
  }, 240_000);

  it('fails on a broken annotation with file, line and column, and leaves the last good site as it was', () => {
    expect(existsSync(out)).toBe(true);
    const before = treeHashes(out);
    const annotation = join(content, 'annotations/putin-we-have-open-dialogue-with-trump.yaml');
    writeFileSync(annotation, readFileSync(annotation, 'utf8').replace('speaker: donald-trump', 'speaker: nobody-at-all'));

    const r = build();
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/annotations\/putin-we-have-open-dialogue-with-trump\.yaml:4:\d+: error: quote q1: unknown actor "nobody-at-all"/);
    expect(`${r.stdout}${r.stderr}`).toMatch(/previous site .* is unchanged/);
    expect(treeHashes(out)).toEqual(before);
    expect(existsSync(`${out}.next`)).toBe(false);
  }, 240_000);

  it('fails when the search index cannot be written after Astro, and leaves the last good site as it was', () => {
    const before = treeHashes(out);
    const annotation = join(content, 'annotations/putin-we-have-open-dialogue-with-trump.yaml');
    writeFileSync(annotation, readFileSync(annotation, 'utf8').replace('speaker: nobody-at-all', 'speaker: donald-trump'));
    // The search cache's folder is a file: Astro builds, then the search step cannot write.
    const searchCache = join(work, 'cache/search');
    rmSync(searchCache, { recursive: true, force: true });
    writeFileSync(searchCache, 'not a folder');

    const r = build();
    rmSync(searchCache, { force: true });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/search index and the service worker could not be written: .*(ENOTDIR|EEXIST).*Check that .*cache.* is a writable folder/);
    expect(`${r.stdout}${r.stderr}`).toMatch(/previous site .* is unchanged/);
    expect(treeHashes(out)).toEqual(before);
    expect(existsSync(`${out}.next`)).toBe(false);
  }, 240_000);

  it('refuses a search split that is not a number of articles, before building anything', () => {
    const r = spawnSync(node, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env: { ...env, FACTLINE_SEARCH_SPLIT_FROM: 'many' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FACTLINE_SEARCH_SPLIT_FROM is "many": set it to a whole number of articles/);
    expect(existsSync(`${out}.next`)).toBe(false);
  });

  it('refuses a main index part of no articles, before building anything', () => {
    const r = spawnSync(node, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env: { ...env, FACTLINE_SEARCH_MAIN_PART: '0' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FACTLINE_SEARCH_MAIN_PART is "0": set it to a whole number of articles \(1 or more\), or leave it unset for 12,000/);
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});
