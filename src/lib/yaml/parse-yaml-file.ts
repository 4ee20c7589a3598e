/**
 * Parse a content YAML file for validation: the plain data, the document (for formatting)
 * and a locator from data paths to source positions. Malformed YAML becomes a FactlineError
 * at the line and column the YAML parser names, with a sentence on how to fix it.
 */
import { LineCounter, parseDocument, type Document, type Tags, type YAMLError } from 'yaml';
import { FactlineError, problem } from '../errors/index.ts';
import { locatePath, type DataPath, type SourcePosition } from './locate-path.ts';

/**
 * Every field in content files is text, so plain scalars are read as strings: an editor's
 * `verdict: false` is the verdict "false" and `said: 2025` the year "2025", not a boolean and
 * a number. Only null (`~`, `null`, an empty value) keeps its meaning: "no value".
 */
const NON_STRING = /^tag:yaml\.org,2002:(bool|int|float)$/;
const stringsAndNulls = (tags: Tags): Tags => tags.filter((t) => !NON_STRING.test(typeof t === 'object' && 'tag' in t ? t.tag : ''));

export interface ParsedYamlFile {
  /** The file's data as plain JavaScript (YAML 1.2 core schema: dates stay strings). */
  data: unknown;
  doc: Document.Parsed;
  lineOf(path: DataPath): SourcePosition;
}

/** What to do about a YAML syntax error, in an editor's words: by message first, then by code. */
const MESSAGE_HINTS: [RegExp, string][] = [
  [/closing "quote/, 'close the double quotation mark opened here (inside double quotes write \\" for a quotation mark)'],
  [/closing 'quote/, "close the single quotation mark opened here (inside single quotes write '' for an apostrophe)"],
  [/without - indicator/, 'line this field up with the other fields of its entry (same number of spaces)'],
  [/Nested mappings are not allowed in compact mappings/, 'a value that contains ": " must be wrapped in double quotes; otherwise this line is indented too far'],
  [/end with a \]/, 'close the list opened with [ with a ], or write it as a block list ("- item" lines)'],
  [/end with a \}/, 'close the mapping opened with { with a }, or write one field per line'],
];

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, never tabs (two spaces per level)',
  BAD_INDENT: 'line the field up with the other fields of its entry (two spaces per level)',
  BAD_DQ_ESCAPE: 'inside double quotes write \\" for a quotation mark and \\\\ for a backslash',
  DUPLICATE_KEY: 'a field appears twice in the same entry: keep one of them',
  MULTILINE_IMPLICIT_KEY: 'a value that contains ": " or starts with a quotation mark must be wrapped in double quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be wrapped in double quotes',
  UNEXPECTED_TOKEN: 'check the indentation and quoting of this line; values with ": " or " #" need double quotes',
  MULTIPLE_DOCS: 'a content file holds one document: remove the extra "---" line',
  BAD_SCALAR_START: 'wrap the value in double quotes',
  IMPOSSIBLE: 'check the indentation and quoting of this line',
};

/**
 * The parser notices an unclosed quotation mark only where the file (or the next key) ends;
 * the editor needs the line it was opened on: the nearest line above with an odd number of
 * double quotation marks.
 */
function openingQuote(text: string, offset: number): number | undefined {
  let end = text.lastIndexOf('\n', offset - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const marks = [...line.matchAll(/(?<!\\)"/g)];
    if (marks.length % 2 === 1) return start + marks.at(-1)!.index;
    end = start - 1;
  }
  return undefined;
}

function syntaxProblem(file: string, text: string, counter: LineCounter, error: YAMLError) {
  // The parser's message repeats the position and a source excerpt after the first line.
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const offset = /closing "quote/.test(message) ? (openingQuote(text, error.pos[0]) ?? error.pos[0]) : error.pos[0];
  const { line, col } = counter.linePos(offset);
  const hint =
    MESSAGE_HINTS.find(([re]) => re.test(message))?.[1] ??
    HINTS[error.code] ??
    'check the indentation (spaces, two per level) and quoting of this line';
  return problem(file, `not valid YAML: ${message}`, { line, column: col, hint });
}

/** Parse `text` (the contents of `file`); throws FactlineError when it is not well-formed YAML. */
export function parseYamlFile(file: string, text: string): ParsedYamlFile {
  const counter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    customTags: stringsAndNulls,
  });
  if (doc.errors.length > 0) {
    // The first error is where the file went wrong; the rest usually follow from it.
    throw new FactlineError(syntaxProblem(file, source, counter, doc.errors[0]!));
  }
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    doc,
    lineOf: (path) => locatePath(doc, counter, path),
  };
}
