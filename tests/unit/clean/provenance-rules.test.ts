/** Bylines, author, publisher and copyright lines: what the cleaner reads from them, and what it leaves alone. */
import { describe, expect, it } from 'vitest';
import { classifyBoilerplate, cleanArticle, parseAuthorLine, parseByline, parseCopyright, parseDateline, parsePublisherLine } from '../../../src/lib/clean/index.ts';

describe('parseByline', () => {
  it.each([
    ['By Jane Ostrowski, Riverton Ledger', { authors: ['Jane Ostrowski'], publisher: 'Riverton Ledger' }],
    ['By Jane Ostrowski and Ali Ray | Reuters', { authors: ['Jane Ostrowski', 'Ali Ray'], publisher: 'Reuters' }],
    ['By Jane Ostrowski and Ali Ray, Reuters', { authors: ['Jane Ostrowski', 'Ali Ray'], publisher: 'Reuters' }],
    ['By Jane Ostrowski, Ali Ray and Tom Lee', { authors: ['Jane Ostrowski', 'Ali Ray', 'Tom Lee'] }],
    ['By Jane Ostrowski, Ali Ray, and Tom Lee', { authors: ['Jane Ostrowski', 'Ali Ray', 'Tom Lee'] }],
    ['By Jane Ostrowski, Staff Writer', { authors: ['Jane Ostrowski'] }],
    ['By Jane Ostrowski, Senior Correspondent, Riverton Ledger', { authors: ['Jane Ostrowski'], publisher: 'Riverton Ledger' }],
    ['By Anna Kowalska', { authors: ['Anna Kowalska'] }],
    ['BY MARTA J. KOVAC', { authors: ['MARTA J. KOVAC'] }],
    ['Written by Ursula von Hagen', { authors: ['Ursula von Hagen'] }],
    ['Author: Andrew Dalton/ AP', { authors: ['Andrew Dalton'], publisher: 'AP' }],
    ['By Reuters', { authors: [], publisher: 'Reuters' }],
    ['By The Associated Press', { authors: [], publisher: 'The Associated Press' }],
    ['By Jane Ostrowski | May 3, 2026', { authors: ['Jane Ostrowski'] }],
  ])('%j', (line, parts) => expect(parseByline(line)).toEqual(parts));

  it.each([
    'By Monday the talks had collapsed.',
    'By the end of the week, officials said, the ceasefire had held.',
    'Jane Ostrowski, Riverton Ledger',
    'Byline',
  ])('leaves %j alone', (line) => expect(parseByline(line)).toBeUndefined());
});

describe('parseAuthorLine', () => {
  it('reads a name followed by a newsroom role', () => {
    expect(parseAuthorLine('Jane Ostrowski, Staff Writer')).toEqual({ authors: ['Jane Ostrowski'] });
    expect(parseAuthorLine('Tomasz Wilk | Senior Political Correspondent')).toEqual({ authors: ['Tomasz Wilk'] });
  });
  it.each(['Zelensky, Peace Envoy', 'Putin Says Talks Continue, Kremlin Says', 'The Kremlin, Staff Writer', 'Kyiv, Ukraine'])('leaves %j alone', (line) =>
    expect(parseAuthorLine(line)).toBeUndefined(),
  );
});

describe('parsePublisherLine and parseCopyright', () => {
  it('names the publisher', () => {
    expect(parsePublisherLine('Published by the Riverton Ledger')).toBe('Riverton Ledger');
    expect(parsePublisherLine('Published by Harbor Post Media.')).toBe('Harbor Post Media');
    expect(parsePublisherLine('Published by a consortium of local papers, the report said.')).toBeUndefined();
    expect(parsePublisherLine('Published May 20, 2025')).toBeUndefined();
  });
  it.each([
    ['© 2026 Riverton Ledger. All rights reserved.', 'Riverton Ledger'],
    ['Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'Associated Press'],
    ['Copyright © 2019–2026 Harbor Post Media', 'Harbor Post Media'],
    ['(c) 2024 Northfield Courier', 'Northfield Courier'],
    ['© Provided by The Canadian Press', 'Canadian Press'],
    ['© 2026 riverton-ledger.example', ''],
    ['All rights reserved.', ''],
  ])('%j is a copyright notice by %j', (line, holder) => expect(parseCopyright(line)).toBe(holder));
  it.each([
    'Copyright law protects the recordings, the lawyers said.',
    'Copyright 2025 filings show the company expanded into Poland.',
    'The court ruled that the © sign was not needed.',
  ])('leaves %j alone', (line) => expect(parseCopyright(line)).toBeUndefined());
});

describe('page furniture as whole lines', () => {
  it.each([
    ['Comments (12)', 'comment-prompt'],
    ['12 Comments', 'comment-prompt'],
    ['1,204 comments', 'comment-prompt'],
    ['View all 37 comments', 'comment-prompt'],
    ['Comments: 4', 'comment-prompt'],
    ['Join the conversation', 'comment-prompt'],
    ['5 thoughts on “Harbor Council Votes to Close Ferry Line”', 'comment-prompt'],
    ['© 2026 Riverton Ledger. All rights reserved.', 'copyright'],
    ['Published by the Riverton Ledger', 'publisher-line'],
  ])('%j is %s', (line, reason) => expect(classifyBoilerplate(line)).toBe(reason));

  it.each([
    'Comments (12) from residents were read out at the meeting.',
    'The council received 12 comments before the vote.',
    'Join the conversation about the budget at the town hall, the mayor urged.',
  ])('keeps %j', (line) => expect(classifyBoilerplate(line)).toBeUndefined());

  it('never cuts a substring out of a paragraph', () => {
    const r = cleanArticle('Council Approves Budget\nThe budget passed. Comments (12) were filed. © 2026 Riverton Ledger.\n');
    expect(r.paragraphs).toEqual(['The budget passed. Comments (12) were filed. © 2026 Riverton Ledger.']);
  });
});

describe('authors and publisher of a page', () => {
  it('take the byline before a "Published by" line, and that before the copyright holder', () => {
    const page = ['© 2026 Harbor Media Group', 'Ferry Line to Close in March', 'By Jane Ostrowski | Riverton Ledger', 'The ferry will stop running in March.', 'Published by Harbor Post'].join('\n');
    const r = cleanArticle(page);
    expect(r.authors).toEqual(['Jane Ostrowski']);
    expect(r.publisher).toEqual({ line: 3, text: 'By Jane Ostrowski | Riverton Ledger', name: 'Riverton Ledger', from: 'byline' });
    const noByline = cleanArticle(page.replace('By Jane Ostrowski | Riverton Ledger', 'By Jane Ostrowski'));
    expect(noByline.publisher?.name).toBe('Harbor Post');
    expect(cleanArticle(page.replace(/\n[^\n]*$/, '').replace(' | Riverton Ledger', '')).publisher).toMatchObject({ name: 'Harbor Media Group', from: 'copyright' });
  });
  it('lists every credited person once', () => {
    const r = cleanArticle('Ferry Line to Close in March\nBy Jane Ostrowski and Ali Ray\nAli Ray, Staff Writer\nThe ferry will stop running in March.\n');
    expect(r.authors).toEqual(['Jane Ostrowski', 'Ali Ray']);
    expect(r.publisher).toBeNull();
  });
});

describe('a dateline with the time first', () => {
  it('reads "Updated 14:05 GMT, March 9, 2026"', () => {
    expect(parseDateline('Updated 14:05 GMT, March 9, 2026', 4)).toEqual({ line: 4, text: 'Updated 14:05 GMT, March 9, 2026', value: '2026-03-09', kind: 'updated' });
    expect(parseDateline('Updated 14:05, or so we hoped', 4)).toBeUndefined();
  });
});
