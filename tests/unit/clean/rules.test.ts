/** The single rules of the cleaner: what counts as page furniture, and what never does. */
import { describe, expect, it } from 'vitest';
import {
  breadcrumbBefore,
  classifyBoilerplate,
  cleanArticle,
  decodeRaw,
  firstInvalidUtf8,
  isHeadlineLike,
  leadingBreadcrumb,
  parseDateline,
  parseReference,
  unescapeQuotes,
} from '../../../src/lib/clean/index.ts';
import { FactlineError } from '../../../src/lib/errors/index.ts';

describe('classifyBoilerplate', () => {
  it.each([
    ['- Get link', 'share-widget'],
    ['X', 'share-widget'],
    ['• Other Apps', 'share-widget'],
    ['Share this: Facebook Twitter WhatsApp', 'share-widget'],
    ['Share on Facebook | Share on X | Email', 'share-widget'],
    ['Tweet', 'share-widget'],
    ['Comments', 'comment-prompt'],
    ['Post a Comment', 'comment-prompt'],
    ['No comments yet', 'comment-prompt'],
    ['Leave a Reply', 'comment-prompt'],
    ['Your email address will not be published. Required fields are marked *', 'comment-prompt'],
    ['12 Comments', 'comment-prompt'],
    ['Source link', 'source-link'],
    ['Back To Top', 'back-to-top'],
    ['Skip to main content', 'navigation'],
    ['ADVERTISEMENT', 'advertisement'],
    ['-', 'separator'],
    ['* * *', 'separator'],
    ['We use cookies to personalise content. By continuing to browse, you agree to our use of cookies.', 'cookie-banner'],
    ['This site uses cookies for analytics. Accept all Reject all', 'cookie-banner'],
  ])('%j is %s', (line, reason) => expect(classifyBoilerplate(line)).toBe(reason));

  it.each([
    'Comments by the Kremlin spokesman drew a sharp response from Kyiv.',
    'A source close to the talks said the draft had been rewritten.',
    'Share prices in Moscow fell after the call.',
    'X marks the spot, the minister joked.',
    'The regulator said the site uses cookies and users must accept them.',
    'Trump told reporters to "get link" to the documents, an aide said.',
    'Back to top priorities, the chancellor said on Monday.',
    '2025',
    'Source: Reuters',
  ])('keeps %j', (line) => expect(classifyBoilerplate(line)).toBeUndefined());
});

describe('shape of a line', () => {
  it('headline-like: short, no closing full stop', () => {
    expect(isHeadlineLike('Trump Hopes for Peace in Ukraine Amid Putin Negotiation Uncertainty')).toBe(true);
    expect(isHeadlineLike('Will Putin Meet Zelensky?')).toBe(true);
    expect(isHeadlineLike('The Kremlin did not comment.')).toBe(false);
    expect(isHeadlineLike('At least four people died when two boats capsized near the coastal city of...')).toBe(false);
  });
});

describe('never drops prose', () => {
  it('keeps every sentence of a paragraph that mentions furniture words', () => {
    const text = [
      'Talks Resume in Geneva',
      'Share prices rose. Comments from the delegations were brief. Read more in the statement, officials said.',
      'Related talks in Riyadh ended without a deal.',
      'Back to top of the agenda was a ceasefire at sea.',
    ].join('\n');
    const r = cleanArticle(text);
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(r.paragraphs).toEqual(text.split('\n').slice(1));
  });
  it('a short final line of prose ending in a full stop is body, not a teaser', () => {
    const r = cleanArticle('Headline Here\nFirst paragraph of the story.\nRelated\nThe minister resigned on Friday.');
    expect(r.paragraphs).toEqual(['First paragraph of the story.', 'The minister resigned on Friday.']);
  });
  it('a headline-shaped subheading followed by prose is kept', () => {
    const r = cleanArticle('Main Headline\nOpening paragraph of the report.\nRelated\nWhat Happens Next\nThe talks resume on Monday.');
    expect(r.paragraphs).toEqual(['Opening paragraph of the report.', 'What Happens Next', 'The talks resume on Monday.']);
  });
  it('does not take more than a handful of short lines for headline variants', () => {
    const lines = ['Title', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight is a sentence.'];
    const r = cleanArticle(lines.join('\n'));
    expect(r.paragraphs.length + r.removed.length).toBe(lines.length);
    expect(r.paragraphs).toContain('Eight is a sentence.');
    expect(r.paragraphs).toContain('Six');
  });
});

describe('unescapeQuotes', () => {
  it('undoes \\" and \\\' only', () => {
    expect(unescapeQuotes('He said \\"no\\" and it\\\'s C:\\\\path \\n')).toEqual({ text: 'He said "no" and it\'s C:\\\\path \\n', count: 3 });
  });
});

describe('parseDateline', () => {
  it.each([
    ['Published May 20, 2025', '2025-05-20', 'published'],
    ['Updated February 12, 2025 at 12:47 PM ET', '2025-02-12', 'updated'],
    ['2025-05-28', '2025-05-28', 'date'],
    ['Wednesday, 28 May 2025', '2025-05-28', 'date'],
    ['Posted on Sept. 3, 2025 | 10:15', '2025-09-03', 'published'],
  ])('%j → %s (%s)', (text, value, kind) => expect(parseDateline(text, 4)).toEqual({ line: 4, text, value, kind }));
  it.each(['Published February 30, 2025', 'The talks on May 20, 2025 failed.', 'May 2025', 'Updated recently'])('no dateline in %j', (text) =>
    expect(parseDateline(text, 1)).toBeUndefined(),
  );
});

describe('parseReference', () => {
  it('reads "[n] url" with and without a title', () => {
    expect(parseReference('[1] https://example.com/a', false)).toEqual({ label: '[1]', url: 'https://example.com/a' });
    expect(parseReference('[2] AP – Talks end https://apnews.com/x.', false)).toEqual({ label: '[2]', title: 'AP – Talks end', url: 'https://apnews.com/x' });
  });
  it('needs a link or a References heading, and is never a long sentence', () => {
    expect(parseReference('[3] Reuters report', false)).toBeUndefined();
    expect(parseReference('3. Reuters report', true)).toEqual({ label: '[3]', title: 'Reuters report' });
    expect(parseReference('[4] ftp://example.com/file', false)).toBeUndefined();
    expect(parseReference(`[5] ${'word '.repeat(30)}https://example.com`, true)).toBeUndefined();
  });
});

describe('decodeRaw', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('drops a BOM and normalises CRLF and CR', () => {
    expect(decodeRaw(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a\r\nb\rc\n')]), 'f.txt')).toBe('a\nb\nc\n');
  });
  it('names the byte offset and line of invalid UTF-8', () => {
    const bytes = new Uint8Array([...enc('ok\nab'), 0xe9, ...enc('t\n')]); // Latin-1 "é"
    expect(firstInvalidUtf8(bytes)).toBe(5);
    try {
      decodeRaw(bytes, 'latin1.txt');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FactlineError);
      expect((err as FactlineError).problems[0]).toMatchObject({ file: 'latin1.txt', line: 2, column: 3 });
      expect((err as Error).message).toContain('byte offset 5');
    }
  });
  it('rejects overlong and truncated sequences and surrogates', () => {
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(enc('’ “ü” 😀'))).toBe(-1);
  });
  it('rejects NUL bytes', () => {
    expect(() => decodeRaw(new Uint8Array([...enc('a'), 0, ...enc('b')]), 'bin.txt')).toThrow(/NUL byte at byte offset 1/);
  });
  it('rejects UTF-16', () => {
    expect(() => decodeRaw(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'u16.txt')).toThrow(/UTF-16/);
  });
});

describe('breadcrumbs', () => {
  it('splits known section names glued to a headline', () => {
    expect(leadingBreadcrumb('HomeWorldTrump Hopes for Peace')).toEqual({ crumb: 'HomeWorld', rest: 'Trump Hopes for Peace' });
    expect(leadingBreadcrumb('HomeNewsPoliticsEU Leaders Back Loan')).toEqual({ crumb: 'HomeNewsPolitics', rest: 'EU Leaders Back Loan' });
    expect(leadingBreadcrumb('HomeWorldWorld Leaders Meet')).toEqual({ crumb: 'HomeWorld', rest: 'World Leaders Meet' });
    expect(leadingBreadcrumb('Home › World › Europe › Macron Speaks')).toEqual({ crumb: 'Home › World › Europe ›', rest: 'Macron Speaks' });
  });
  it('leaves headlines that merely start with Home alone', () => {
    expect(leadingBreadcrumb('Homeowners Face Higher Rates')).toBeUndefined();
    expect(leadingBreadcrumb('Home Secretary Visits Kyiv')).toBeUndefined();
    expect(leadingBreadcrumb('HomeTrump Hopes')).toBeUndefined();
  });
  it('with the headline repeated, any glued trail starting with a section name goes', () => {
    expect(breadcrumbBefore('HomeTrump Hopes', 'Trump Hopes')).toBe('Home');
    expect(breadcrumbBefore('Breaking: Trump Hopes', 'Trump Hopes')).toBeUndefined();
    expect(breadcrumbBefore('President Trump Hopes', 'Trump Hopes')).toBeUndefined();
  });
});
