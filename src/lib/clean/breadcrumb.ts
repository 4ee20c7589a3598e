/**
 * Breadcrumb trails that scraping fuses onto the headline: "HomeWorldTrump Hopes for Peace…"
 * or "Home › World › Trump Hopes…". A prefix counts as a breadcrumb only when it is made of
 * capitalised words glued together (or joined by › » / | >) starting with a section name.
 */

/** Section names that start (and, with no repeated headline to confirm, make up) a trail. */
const SECTIONS = new Set([
  'home', 'news', 'world', 'politics', 'business', 'economy', 'markets', 'opinion', 'sport', 'sports', 'tech',
  'technology', 'science', 'health', 'culture', 'entertainment', 'lifestyle', 'local', 'national', 'international',
  'latest', 'breaking', 'europe', 'asia', 'africa', 'americas', 'us', 'uk', 'middle', 'east', 'video', 'analysis',
  'features', 'top', 'stories', 'ukraine', 'russia', 'war', 'conflict', 'global', 'region', 'regions', 'headlines',
]);
const ROOTS = new Set(['home', 'news', 'world', 'politics', 'latest', 'breaking', 'top']);

const SEPARATED = /^((?:[\p{Lu}][\p{L}.&' -]{0,30}?\s*[›»>/|]\s*)+)(?=\S)/u;

/** Capitalised words glued together: "HomeWorld" → ["Home", "World"]; undefined if the text is anything else. */
function gluedWords(prefix: string): string[] | undefined {
  const p = prefix.replace(/[›»>/|]/g, ' ').replace(/\s+/g, '');
  const words = p.match(/\p{Lu}(?:\p{Ll}+|\.\p{Lu}\.|\p{Lu}*(?!\p{Ll}))/gu) ?? [];
  return words.length > 0 && words.join('') === p ? words : undefined;
}

/** When `line` is a breadcrumb glued to `title`, the breadcrumb part; else undefined. */
export function breadcrumbBefore(line: string, title: string): string | undefined {
  if (line.length <= title.length || !line.endsWith(title)) return undefined;
  const prefix = line.slice(0, line.length - title.length);
  const words = gluedWords(prefix);
  if (!words || words.length > 6 || !ROOTS.has(words[0]!.toLowerCase())) return undefined;
  return prefix;
}

/**
 * With no repeated headline to compare against, split a known trail off the front of a line:
 * "Home" followed by section names, glued ("HomeWorldTrump…") or separated ("Home › World › …").
 */
export function leadingBreadcrumb(line: string): { crumb: string; rest: string } | undefined {
  const separated = SEPARATED.exec(line);
  if (separated && /^home\b/i.test(separated[1]!)) {
    const crumb = separated[1]!;
    return { crumb: crumb.trimEnd(), rest: line.slice(crumb.length).trim() };
  }
  if (!line.startsWith('Home')) return undefined;
  // Consume section names while each is glued to the next capital: "Home|News|Politics|EU Leaders…".
  let end = 0;
  let words = 0;
  for (;;) {
    const m = /^\p{Lu}\p{Ll}+(?=\p{Lu})/u.exec(line.slice(end));
    if (!m || !SECTIONS.has(m[0].toLowerCase())) break;
    end += m[0].length;
    words++;
  }
  if (words < 2) return undefined;
  return { crumb: line.slice(0, end), rest: line.slice(end) };
}
