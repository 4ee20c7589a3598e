/**
 * Article frontmatter as YAML: written in one fixed key order with no line folding (so a
 * re-import is byte-identical and a diff shows one field per line), and read back with
 * every problem located at its line and column.
 */
import { Document, LineCounter, parseDocument } from 'yaml';
import { FactlineError, problem, type Problem } from '../errors/index.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schema/article.ts';
import { positionOfPath } from './yaml-positions.ts';

export const FRONTMATTER_KEYS = ['title', 'published', 'published_evidence', 'publisher', 'url', 'source_file', 'source_sha256', 'sources'] as const;
const SOURCE_KEYS = ['label', 'title', 'url'] as const;

function ordered<K extends string>(value: Record<string, unknown>, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** The YAML between the `---` fences, ending with a newline. */
export function formatFrontmatter(frontmatter: ArticleFrontmatter): string {
  const checked = articleFrontmatterSchema.parse(frontmatter);
  const value = ordered(checked, FRONTMATTER_KEYS);
  value.sources = checked.sources.map((s) => ordered(s, SOURCE_KEYS));
  // Single quotes where quoting is needed: publishers' text is full of double quotes, and \" in a file reads as an escaping bug.
  return new Document(value).toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true });
}

function describeIssue(issue: { code: string; message: string; path: PropertyKey[] }, present: boolean): string {
  const field = issue.path.map(String).join('.');
  if (!present && issue.code === 'invalid_type') return `missing field "${field}"`;
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * Parse and validate frontmatter YAML. `firstLine` is the file line the YAML starts on, so
 * positions are reported in the file's own numbering.
 */
export function parseFrontmatter(file: string, yamlText: string, firstLine: number): ArticleFrontmatter {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const shift = (p: { line: number; column: number }) => ({ line: p.line + firstLine - 1, column: p.column });
  if (doc.errors.length > 0) {
    throw new FactlineError(
      doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        return problem(file, `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`, { ...shift({ line, column: col }), hint: 'fix the YAML between the --- lines' });
      }),
    );
  }
  const result = articleFrontmatterSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((issue) => {
    const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys[0] : undefined;
    const where = shift(positionOfPath(doc, counter, issue.path, unknownKey));
    const hint = unknownKey !== undefined ? `allowed fields are ${FRONTMATTER_KEYS.join(', ')}` : 'fix this field in the frontmatter';
    const present = issue.path.length === 0 || doc.hasIn(issue.path as unknown[]);
    return problem(file, describeIssue(issue, present), { ...where, hint });
  });
  throw new FactlineError(problems);
}
