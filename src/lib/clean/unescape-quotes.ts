/**
 * Scrapers that serialise text as JSON strings and then write the string out raw leave
 * `\"` where the publisher wrote `"`. Only a backslash directly before a quotation mark is
 * undone; any other backslash is the publisher's.
 */
export function unescapeQuotes(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/\\(["'])/g, (_, q: string) => {
    count++;
    return q;
  });
  return { text: out, count };
}
