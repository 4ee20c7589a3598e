/**
 * The cleaner on the five seed articles. Expectations come from reading the raw files: which
 * raw lines are the body, the headline, the first and last sentences, the junk that must go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, decodeRaw, type CleanResult } from '../../../src/lib/clean/index.ts';
import { splitSentences } from '../../../src/lib/text/index.ts';

const root = new URL('../../../', import.meta.url).pathname;
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

interface Seed {
  file: string;
  title: string | null;
  /** 1-based raw line numbers holding the article body. */
  bodyLines: number[];
  first: string;
  last: string;
  sources: Array<{ label: string; url: string }>;
}

const seeds: Seed[] = [
  {
    file: '000_49fc56f8d466411a.txt',
    title: 'Tensions Escalate as Trump and Putin Clash Over Ukraine and NATO',
    bodyLines: range(8, 19),
    first: 'In a rapidly intensifying geopolitical standoff, former U.S. President Donald Trump and Russian President Vladimir Putin are at odds over NATO expansion and the ongoing war in Ukraine, raising global concerns over potential conflict escalation.',
    last: 'Russia’s Defense Ministry claimed nearly 300 drones were used in the Ukrainian counterattack, causing significant damage and further complicating the Kremlin’s military efforts.',
    sources: [],
  },
  {
    file: '001_1e091f43d5c8cfdb.txt',
    title: 'Trump’s Talks with Putin and Zelensky Signal Potential Shift in Ukraine Conflict',
    bodyLines: range(5, 19, 2),
    first: 'In a significant development aimed at resolving the prolonged conflict in Ukraine, former U.S. President Donald Trump engaged in phone conversations with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky on Wednesday.',
    last: 'Hegseth emphasized that "there will not be U.S. troops deployed to Ukraine" as part of any security guarantee and urged Europe to take the lead in providing both lethal and nonlethal aid to Ukraine.',
    sources: [],
  },
  {
    file: '002_7590bf8e0eb9920c.txt',
    // Three headline lines; the body is about the "open dialogue", and the other line is repeated chrome.
    title: 'Putin: we have open dialogue with Trump',
    bodyLines: range(4, 9),
    first: 'Russian President Vladimir Putin has stated that his administration is engaged in an open dialogue with the Trump administration regarding the ongoing conflict in Ukraine.',
    last: 'The ongoing conflict in Ukraine highlights the importance of diplomatic efforts and the need for continued support from the international community.',
    sources: [
      { label: '[1]', url: 'https://www.pbs.org/newshour/world/putin-says-trump-administration-is-listening-to-russias-arguments-on-ukraine-war' },
      { label: '[2]', url: 'https://www.yahoo.com/news/articles/trump-2-week-deadline-russia-233000010.html' },
    ],
  },
  {
    file: '003_8b871eeef2c2e3fa.txt',
    title: 'Trump Hopes for Peace in Ukraine Amid Putin Negotiation Uncertainty',
    bodyLines: range(7, 17, 2),
    first: 'President Trump expressed his hope that Russian President Putin would take steps to end the conflict in Ukraine but acknowledged that Putin may not be inclined to negotiate, potentially leading to a challenging situation for him.',
    last: 'Putin has reiterated his opposition to NATO troops in Ukraine and maintained territorial demands, including areas not under Russian military control, following his recent talks with Trump in Alaska.',
    sources: [],
  },
  {
    file: '004_9d2b0e729d22a81c.txt',
    // Starts straight with the body: there is no headline to take.
    title: null,
    bodyLines: range(1, 10),
    first: 'Vladimir Putin and Donald Trump had a significant phone call that lasted two hours.',
    last: 'As leaders converse, the world remains on edge, waiting to see if these talks will lead to any genuine change.',
    sources: [],
  },
];

/** Seen in the seeds; none of it is the publishers' article text. */
const JUNK = [
  'Get link', 'Other Apps', 'Post a Comment', 'No comments yet', 'Leave a Reply', 'Your email address', 'Required fields',
  'Source link', 'LATEST', 'HomeWorld', 'Back To Top', '\\"', 'Trump_s_', 'References:', 'https://', 'have not yet spoken',
  'Tragic Capsizing', 'COP30', 'BBC Apologizes', 'legal justification for him',
];

const rawText = (file: string) => readFileSync(join(root, 'content/raw', file), 'utf8');
const clean = (file: string): CleanResult => {
  const path = join(root, 'content/raw', file);
  return cleanArticle(decodeRaw(readFileSync(path), path));
};

describe.each(seeds)('seed $file', (seed) => {
  const result = clean(seed.file);
  const lines = rawText(seed.file).split('\n');
  // The one edit the cleaner may make inside a body line: a scraper's \" back to ".
  const rawBody = seed.bodyLines.map((n) => lines[n - 1]!.replace(/\\"/g, '"'));
  const plain = result.paragraphs.join('\n\n');

  it('takes the headline as the title', () => expect(result.title).toBe(seed.title));
  it('keeps every body line, in order, as a paragraph', () => expect(result.paragraphs).toEqual(rawBody));
  it('keeps the first and last sentences', () => {
    expect(result.paragraphs[0]!.startsWith(seed.first)).toBe(true);
    expect(result.paragraphs.at(-1)!.endsWith(seed.last)).toBe(true);
  });
  it('loses no sentence', () => {
    expect(splitSentences(plain).length).toBe(splitSentences(rawBody.join('\n\n')).length);
    expect(splitSentences(plain).length).toBeGreaterThan(seed.bodyLines.length);
  });
  it('drops the junk', () => {
    for (const junk of JUNK) expect(plain, junk).not.toContain(junk);
    if (result.title) for (const junk of JUNK) expect(result.title, junk).not.toContain(junk);
  });
  it('moves the reference list to sources', () => expect(result.sources).toEqual(seed.sources));
  it('accounts for every non-blank line: body, or removed with a reason', () => {
    const removedLines = new Set(result.removed.map((r) => r.line));
    lines.forEach((text, i) => {
      if (text.trim() === '') return;
      expect(seed.bodyLines.includes(i + 1) !== removedLines.has(i + 1), `line ${i + 1}`).toBe(true);
    });
  });
});

describe('seed specifics', () => {
  it('002: the repeated variant and the other headline are set aside as headlines', () => {
    const reasons = clean('002_7590bf8e0eb9920c.txt').removed.filter((r) => r.line <= 3).map((r) => r.reason);
    expect(reasons).toEqual(['alternative-headline', 'title', 'duplicate-headline']);
  });
  it('003: the breadcrumb line and the LATEST POSTS teasers go with their reasons', () => {
    const removed = clean('003_8b871eeef2c2e3fa.txt').removed;
    expect(removed.find((r) => r.line === 1)?.reason).toBe('breadcrumb');
    expect(removed.filter((r) => r.reason === 'teaser').map((r) => r.line)).toEqual([21, 23, 25, 27, 29, 31, 33, 35]);
    expect(removed.filter((r) => r.reason === 'teaser-heading').map((r) => r.text)).toEqual(['LATEST POSTS', 'LATEST ARTICLES']);
  });
  it('001: the file name on the first line is recognised as one', () => {
    expect(clean('001_1e091f43d5c8cfdb.txt').removed[0]).toMatchObject({ line: 1, reason: 'file-name' });
  });
  it('no seed has a dateline, so each needs --published', () => {
    for (const s of seeds) expect(clean(s.file).dateline).toBeNull();
  });
});
