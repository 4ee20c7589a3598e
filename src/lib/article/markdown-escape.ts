/**
 * Publisher's text → one Markdown paragraph that renders as exactly that text.
 *
 * Inline syntax (emphasis, code, links, HTML, character references, strikethrough) is
 * escaped wherever it appears; block syntax (headings, quotes, list markers, thematic breaks,
 * fences) only at the start of the paragraph, where it takes effect. A backslash before ASCII
 * punctuation is the CommonMark escape, so the rendered text loses nothing.
 */
export function escapeMarkdownText(text: string): string {
  let out = text
    .replace(/[\\`*_[\]<~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  out = out
    .replace(/^([#>+=|-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** Markdown body: paragraphs escaped, separated by blank lines, ending with a newline. */
export function paragraphsToMarkdown(paragraphs: string[]): string {
  for (const p of paragraphs) {
    if (/\n/.test(p) || p !== p.trim() || p === '') throw new Error(`a paragraph must be one trimmed, non-empty line: ${JSON.stringify(p.slice(0, 60))}`);
  }
  return paragraphs.map(escapeMarkdownText).join('\n\n') + '\n';
}
