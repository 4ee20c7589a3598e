/**
 * Quotation marks written in ways the pairing does not know, rewritten to the usual ones without
 * changing the text's length, so every offset found in the result holds for the original:
 * - two apostrophes for a double mark, as newspaper archives write them (`''It's anti-reform,''
 *   said Mr. Kamin`), and two curly single marks (`’’`) as some papers close a quote;
 * - the double prime `″` typed for a straight mark;
 * - guillemets `«…»`, as in translated wire copy.
 * A pair of marks becomes one mark and a space: a space before an opening one, after a closing
 * one, so the mark still reads as opening or closing.
 *
 * @example
 * normalizeQuoteMarks("''It's fine,'' he said.") // ` "It's fine,"  he said.`
 */
export function normalizeQuoteMarks(text: string): string {
  if (!/''|‘‘|’’|″|«|»/.test(text)) return text;
  return text
    .replace(/'''|''|‘‘|’’/g, (pair, at: number) => {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const opens = /[\s([{\u2014\u2013-]/.test(before);
      // (Three apostrophes are a double mark and a single one nested in it: `''We'll bomb them,''' said`
      // closes the single quote, then the double one; `'''Our` opens the double, then the single.)
      if (pair === "'''") return opens ? ` "'` : `'" `;
      const mark = pair === "''" ? '"' : opens ? '“' : '”';
      return opens ? ` ${mark}` : `${mark} `;
    })
    .replace(/″/g, '"')
    .replace(/«/g, '“')
    .replace(/»/g, '”');
}
