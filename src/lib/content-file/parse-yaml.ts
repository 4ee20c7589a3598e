/**
 * Parse the YAML of a content file (a YAML file, or an article's frontmatter) with positions.
 * Every command reads content through here, so a value means the same thing to all of them.
 */
import { LineCounter, parseDocument, type Document, type Tags } from 'yaml';
import { FactlineError, problem } from '../errors/index.ts';
import { yamlLocator, type Locator } from './locate.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

/**
 * Every field in content files is text, so plain scalars are read as strings: an editor's
 * `verdict: false` is the verdict "false" and `said: 2025` the year "2025", not a boolean and
 * a number. Only null (`~`, `null`, an empty value) keeps its meaning: "no value".
 */
const NON_STRING = /^tag:yaml\.org,2002:(bool|int|float)$/;
const stringsAndNulls = (tags: Tags): Tags => tags.filter((t) => !NON_STRING.test(typeof t === 'object' && 'tag' in t ? t.tag : ''));

export interface ParsedYaml extends Locator {
  /** The data as plain JavaScript (YAML 1.2 core schema, scalars as text). */
  data: unknown;
  /** The document, for the formatter (comments and all). */
  doc: Document.Parsed;
}

export interface ParseOptions {
  /** The file line the YAML starts on, so positions use the file's own numbering. */
  firstLine?: number;
}

/** Parse `text` (the YAML of `file`); throws FactlineError when it is not well-formed YAML. */
export function parseYaml(file: string, text: string, options: ParseOptions = {}): ParsedYaml {
  const firstLine = options.firstLine ?? 1;
  const counter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    customTags: stringsAndNulls,
  });
  if (doc.errors.length > 0) throw new FactlineError(yamlSyntaxProblem(file, source, doc.errors, counter, firstLine));
  const locator = yamlLocator(doc, counter, firstLine);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias (`*name`) with no anchor, or aliases that expand without end.
    const alias = /\*[^\s,\]}]+/.exec(source);
    const { line, col } = counter.linePos(alias?.index ?? 0);
    throw new FactlineError(
      problem(file, `not valid YAML: ${alias ? `${alias[0]} refers to an anchor (&name) that is not defined` : `aliases cannot be expanded (${err instanceof Error ? err.message : String(err)})`}`, {
        line: line + firstLine - 1,
        column: col,
        hint: 'a value that starts with * or & must be wrapped in double quotes',
      }),
    );
  }
  return { data, doc, ...locator };
}
