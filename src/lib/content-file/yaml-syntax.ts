/**
 * A YAML syntax error in an editor's words: what is wrong with the line, where the line is,
 * and what to type instead. The parser's own messages name its grammar ("compact mappings",
 * "implicit keys") and sometimes the line before the mistake; this module puts the position
 * on the line the editor has to change and says the rest in plain words.
 */
import type { LineCounter, YAMLError } from 'yaml';
import { problem, type Problem } from '../errors/index.ts';

interface Explained {
  message: string;
  hint: string;
  /** Offset to report instead of the parser's. */
  offset?: number;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineAt = (text: string, offset: number) => {
  const start = lineStart(text, offset);
  const end = text.indexOf('\n', start);
  return { start, text: text.slice(start, end === -1 ? text.length : end) };
};
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/**
 * The parser notices an unclosed quotation mark only where the file (or the next key) ends;
 * the editor needs the line it was opened on: the nearest line above with an odd number of
 * quotation marks of that kind.
 */
function openingQuote(text: string, offset: number, mark: '"' | "'"): number | undefined {
  const pattern = mark === '"' ? /(?<!\\)"/g : /'/g;
  let end = text.lastIndexOf('\n', offset - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const marks = [...text.slice(start, end).matchAll(pattern)];
    if (marks.length % 2 === 1) return start + marks.at(-1)!.index;
    end = start - 1;
  }
  return undefined;
}

/**
 * A value followed by a line indented further than its field: the parser reads the two lines
 * as one key and reports the first; the mistake is the deeper line.
 */
function deeperLine(text: string, from: number, to: number): number | undefined {
  const first = lineAt(text, from);
  let next = text.indexOf('\n', from);
  while (next !== -1 && next < to) {
    const line = lineAt(text, next + 1);
    if (line.text.trim() !== '') return indentOf(line.text) > indentOf(first.text) ? line.start + indentOf(line.text) : undefined;
    next = text.indexOf('\n', next + 1);
  }
  return undefined;
}

const LINE_UP = 'line it up with the other fields of its entry (two spaces per level of indentation)';

function explain(error: YAMLError, all: readonly YAMLError[], text: string): Explained {
  const raw = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = error.pos[0];
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab', hint: 'indent with spaces only, two per level' };
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:\n]+):/.exec(lineAt(text, at).text)?.[1]?.trim();
      return { message: key ? `the field "${key}" appears twice in the same entry` : 'a field appears twice in the same entry', hint: 'keep one of the two lines' };
    }
    case 'MULTIPLE_DOCS':
      return { message: 'a "---" line starts a second document in this file', hint: 'a content file holds one document: remove the extra "---" line' };
    case 'BAD_DQ_ESCAPE':
      return { message: `${/\\\S/.exec(text.slice(at, at + 4))?.[0] ?? 'this backslash'} is not an escape that double quotes allow`, hint: 'inside double quotes write \\" for a quotation mark and \\\\ for a backslash' };
    case 'BAD_SCALAR_START':
      return { message: `a value cannot start with "${text[at] ?? ''}" unless it is quoted`, hint: 'wrap the value in double quotes' };
    case 'BAD_INDENT':
      if (/sequence items/.test(raw)) return { message: 'this list item is not lined up with the items above it', hint: 'start every "- " of the list at the same column' };
      if (/Flow sequence/.test(raw)) return { message: 'a list opened with "[" is not closed', hint: 'close it with "]" on the same line, or write one "- item" line per entry', offset: text.lastIndexOf('[', at) };
      if (/Flow mapping/.test(raw)) return { message: 'a mapping opened with "{" is not closed', hint: 'close it with "}" on the same line, or write one field per line', offset: text.lastIndexOf('{', at) };
      return { message: 'this field is not lined up with the fields above it', hint: LINE_UP };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const span = all.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === at)?.pos[1] ?? error.pos[1];
      const deeper = deeperLine(text, at, span);
      if (deeper !== undefined) return { message: 'this line is indented further than the field above it', hint: `${LINE_UP}; if it continues the value above, put that whole value on one line in double quotes`, offset: deeper };
      return { message: 'the value contains ": ", which YAML reads as a second field', hint: 'wrap the whole value in double quotes, e.g. text: "he said: no"' };
    }
    case 'MISSING_CHAR':
      if (/closing "quote/.test(raw)) return { message: 'a double quotation mark opened here is never closed', hint: 'close it at the end of the value (inside double quotes write \\" for a quotation mark)', offset: openingQuote(text, at, '"') };
      if (/closing 'quote/.test(raw)) return { message: 'a single quotation mark opened here is never closed', hint: "close it at the end of the value (inside single quotes write '' for an apostrophe)", offset: openingQuote(text, at, "'") };
      if (/without - indicator/.test(raw)) return { message: 'this line is indented less than the fields of its entry', hint: LINE_UP };
      if (/followed by map values/.test(raw)) return { message: 'this line has no ": " after its field name', hint: 'write "field: value", or remove the line' };
      break;
    case 'UNEXPECTED_TOKEN':
      return { message: 'unexpected text after the value', hint: 'a value that starts with a quotation mark must end with it: wrap the whole value in double quotes and write \\" for the quotation marks inside' };
  }
  return { message: `this line is not valid YAML (the parser says: ${raw.replace(/\.$/, '')})`, hint: 'check its indentation (two spaces per level) and quoting (values with ": " or " #" need double quotes)' };
}

/** The first syntax error of a file (the rest usually follow from it) as a Problem. */
export function yamlSyntaxProblem(file: string, text: string, errors: readonly YAMLError[], counter: LineCounter, firstLine = 1): Problem {
  const error = errors[0]!;
  const { message, hint, offset } = explain(error, errors, text);
  const { line, col } = counter.linePos(offset ?? error.pos[0]);
  return problem(file, `not valid YAML: ${message}`, { line: line + firstLine - 1, column: col, hint });
}
