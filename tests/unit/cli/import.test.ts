/**
 * The real `factline import` command, run with the project's Node in a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'cli/factline.ts');

let dir: string;
const factline = (args: string[]) => spawnSync(node, [cli, 'import', ...args], { cwd: dir, encoding: 'utf8' });
const listArticles = (sub = 'articles') => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).sort() : []);

/** A junk-laden page from a site unlike the seeds. */
const JUNKY = [
  'Skip to content',
  'HomeNewsPoliticsEU Leaders Back New Loan for Ukraine',
  'By Maria Rossi',
  'Share this: Facebook Twitter WhatsApp',
  'European Union leaders agreed on Thursday to a new loan for Ukraine, backed by frozen Russian assets.',
  'Comments made by the Hungarian prime minister before the summit had cast doubt on the deal.',
  'Read more: Kremlin Warns Over Frozen Assets',
  'The loan will be paid out in instalments next year, officials said.',
  'Related Articles',
  'Oil Prices Climb After Summit',
  'Stocks in Europe reached a record high on Friday as investors...',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Back To Top',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-import-'));
  writeFileSync(join(dir, 'eu-loan.txt'), JUNKY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factline import', () => {
  it('without a date exits 1 naming --published, and writes nothing', () => {
    const r = factline(['eu-loan.txt', '--out', 'articles']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--published');
    expect(r.stderr).toContain('eu-loan.txt');
    expect(r.stdout).toBe('');
    expect(listArticles()).toEqual([]);
  });

  it('writes the cleaned article and prints its path', () => {
    const r = factline(['eu-loan.txt', '--published', '2025-12-18', '--publisher', 'Example Post', '--url', 'https://example.com/eu-loan', '--out', 'articles']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('articles/eu-leaders-back-new-loan-for-ukraine.md\n1 article written\n');
    const text = readFileSync(join(dir, 'articles/eu-leaders-back-new-loan-for-ukraine.md'), 'utf8');
    expect(text).toContain('title: EU Leaders Back New Loan for Ukraine\n');
    expect(text).toContain("published_evidence: 'given by the editor: 2025-12-18'\n");
    expect(text).toContain('url: https://example.com/eu-loan\n');
    expect(text).toContain('source_file: eu-loan.txt\n');
    const body = text.split('\n---\n')[1]!;
    expect(body).toBe(
      '\nEuropean Union leaders agreed on Thursday to a new loan for Ukraine, backed by frozen Russian assets.\n\n' +
        'Comments made by the Hungarian prime minister before the summit had cast doubt on the deal.\n\n' +
        'The loan will be paid out in instalments next year, officials said.\n',
    );
  });

  it('running it again changes nothing; different content needs --force', () => {
    const args = ['eu-loan.txt', '--published', '2025-12-18', '--publisher', 'Example Post', '--url', 'https://example.com/eu-loan', '--out', 'articles'];
    const again = factline(args);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('articles/eu-leaders-back-new-loan-for-ukraine.md (unchanged)\n0 articles written, 1 unchanged\n');
    const before = readFileSync(join(dir, 'articles/eu-leaders-back-new-loan-for-ukraine.md'), 'utf8');
    const changed = factline([...args.slice(0, 2), '2025-12-19', ...args.slice(3)]);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'articles/eu-leaders-back-new-loan-for-ukraine.md'), 'utf8')).toBe(before);
    const forced = factline([...args.slice(0, 2), '2025-12-19', ...args.slice(3), '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, 'articles/eu-leaders-back-new-loan-for-ukraine.md'), 'utf8')).toContain('published: 2025-12-19\n');
  });

  it('uses a dateline at the top when there is one', () => {
    writeFileSync(join(dir, 'dated.txt'), 'Ceasefire Talks Open in Riyadh\nPublished March 24, 2025\nTalks opened in Riyadh on Monday.\n');
    const r = factline(['dated.txt', '--out', 'dated']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'dated/ceasefire-talks-open-in-riyadh.md'), 'utf8')).toContain(
      `published: 2025-03-24\npublished_evidence: 'dateline on line 2 of dated.txt: "Published March 24, 2025"'\n`,
    );
  });

  it('refuses bad input and writes nothing, even for the good files given with it', () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([...Buffer.from('Headline\nCaf'), 0xe9, ...Buffer.from(' closed.\n')]));
    writeFileSync(join(dir, 'nul.txt'), Buffer.from([...Buffer.from('Headline\nText'), 0, 0]));
    writeFileSync(join(dir, 'empty.txt'), '- Get link\n- X\nComments\n');
    writeFileSync(join(dir, 'good.txt'), 'A Good Headline\nA good sentence.\n');
    const r = factline(['good.txt', 'latin1.txt', 'nul.txt', 'empty.txt', '--published', '2025-01-02', '--out', 'refused']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('latin1.txt:2:4: error: invalid UTF-8 at byte offset 12');
    expect(r.stderr).toContain('nul.txt:2:5: error: NUL byte at byte offset 13');
    expect(r.stderr).toContain('empty.txt:1:1: error: no article text left after cleaning');
    expect(listArticles('refused')).toEqual([]);
  });

  it('checks the date, the address and the slug before writing', () => {
    writeFileSync(join(dir, 'ok.txt'), 'A Fine Headline\nA fine sentence.\n');
    const cases: Array<[string[], string]> = [
      [['--published', '2025-02-30'], 'not a calendar day'],
      [['--published', '2999-01-01'], 'in the future'],
      [['--published', '2025-01-02', '--url', 'ftp://example.com/x'], 'http'],
      [['--published', '2025-01-02', '--slug', 'Bad Slug'], 'slug'],
    ];
    for (const [flags, message] of cases) {
      const r = factline(['ok.txt', ...flags, '--out', 'checked']);
      expect(r.status, flags.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
    }
    expect(listArticles('checked')).toEqual([]);
    const two = factline(['ok.txt', 'good.txt', '--published', '2025-01-02', '--slug', 'one', '--out', 'checked']);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe('factline: --slug describes one article, but 2 files were given — import the files one at a time, or use --manifest\n');
  });

  it('re-imports the seed corpus from its manifest byte for byte', () => {
    cpSync(join(root, 'content/raw'), join(dir, 'raw'), { recursive: true });
    const r = factline(['--manifest', 'raw/imports.yaml', '--out', 'seeds']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = readdirSync(join(root, 'content/articles')).filter((f) => f.endsWith('.md')).sort();
    expect(listArticles('seeds')).toEqual(expected);
    const lines = r.stdout.trim().split('\n');
    expect(lines.pop()).toBe(`${expected.length} articles written`);
    expect(lines.sort()).toEqual(expected.map((f) => `seeds/${f}`));
    for (const f of expected) expect(readFileSync(join(dir, 'seeds', f), 'utf8'), f).toBe(readFileSync(join(root, 'content/articles', f), 'utf8'));
  });

  it('reports a bad manifest entry at its line', () => {
    mkdirSync(join(dir, 'm'), { recursive: true });
    writeFileSync(join(dir, 'm/imports.yaml'), 'imports:\n  - file: a.txt\n    published: 2025-13-01\n');
    const r = factline(['--manifest', 'm/imports.yaml', '--out', 'm/out']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/m\/imports\.yaml:3:16: error: entry "a\.txt": invalid published "2025-13-01" — write a day that exists in the calendar/);
  });
});
