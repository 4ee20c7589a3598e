/**
 * `content/articles/<slug>.md`: YAML frontmatter between `---` lines, a blank line, then the
 * body as Markdown paragraphs separated by blank lines. Writing and reading live together so
 * that what one writes the other reads back unchanged.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FactlineError, problem } from '../errors/index.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { formatFrontmatter, parseFrontmatter } from './frontmatter.ts';
import { articlePlainText } from './plain-text.ts';
import { paragraphsToLinkedMarkdown } from './reference-links.ts';
import { isSlug } from './slug.ts';

export interface Article {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  /** The Markdown after the closing `---` line. */
  body: string;
  /** 1-based file line on which `body` starts (the line after the closing `---`). */
  bodyStartLine: number;
  /** Paragraph texts joined by "\n\n": the string annotation offsets index into. */
  plainText: string;
}

/** The whole file for an article: frontmatter, blank line, escaped paragraphs (reference markers linked to the sources). */
export function formatArticle(frontmatter: ArticleFrontmatter, paragraphs: string[]): string {
  return `---\n${formatFrontmatter(frontmatter)}---\n\n${paragraphsToLinkedMarkdown(paragraphs, frontmatter.sources ?? [])}`;
}

export function parseArticle(file: string, source: string): Article {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const slug = basename(file).replace(/\.md$/, '');
  if (!isSlug(slug)) {
    throw new FactlineError(problem(file, `"${slug}" is not a valid article slug`, { line: 1, column: 1, hint: 'rename the file to lowercase words joined by hyphens, e.g. trump-putin-call.md' }));
  }
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new FactlineError(problem(file, 'the article does not start with frontmatter', { line: 1, column: 1, hint: 'begin the file with a line "---", the YAML fields, then another "---"' }));
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close === -1) {
    throw new FactlineError(problem(file, 'the frontmatter is never closed', { line: 1, column: 1, hint: 'add a line "---" after the last frontmatter field' }));
  }
  const frontmatter = parseFrontmatter(file, lines.slice(1, close).join('\n'), 2);
  const body = lines.slice(close + 1).join('\n');
  const bodyStartLine = close + 2;
  const plainText = articlePlainText(body);
  if (plainText.trim() === '') {
    throw new FactlineError(problem(file, 'the article has no body text', { line: bodyStartLine, column: 1, hint: 'add the article text after the closing "---"' }));
  }
  return { slug, file, frontmatter, body, bodyStartLine, plainText };
}

/** Read, validate and extract the plain text of one article file. Throws FactlineError with file:line:col. */
export function readArticle(path: string): Article {
  return parseArticle(path, readFileSync(path, 'utf8'));
}
