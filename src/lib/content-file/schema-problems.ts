/**
 * Schema issues as an editor reads them: the item they are about ("claim c1", "actor
 * linda-carver, role "Mayor""), the field, what is wrong, a sentence saying what to write
 * instead, and the closest valid value or field name when one is near. One mapping for every
 * content file and every command, so the same mistake reads the same everywhere.
 */
import type { z } from 'zod';
import { problem, suggest, type Problem } from '../errors/index.ts';
import type { DataPath, Locator } from './locate.ts';

type Issue = z.core.$ZodIssue;

/** What one entry of a list is called (the list key's singular). */
const SINGULAR: Readonly<Record<string, string>> = {
  quotes: 'quote',
  claims: 'claim',
  dates: 'date',
  roles: 'role',
  sources: 'source',
  aliases: 'alias',
  actors: 'actor',
  imports: 'entry',
};
const singular = (key: string) => SINGULAR[key] ?? key.replace(/s$/, '');

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "a, b and c" */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
/** "a, b or c" */
const oneOf = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** A value as it appears in a message: quoted, and cut short when long. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** An entry of a list by its id (quote q1), else its title, file or label, else its place. */
function entryName(listKey: string, entry: unknown, index: number): string {
  const noun = singular(listKey);
  if (isRecord(entry)) {
    if (typeof entry.id === 'string' && entry.id.trim()) return `${noun} ${entry.id}`;
    for (const key of ['title', 'file', 'label', 'name']) {
      const v = entry[key];
      if (typeof v === 'string' && v.trim()) return `${noun} ${shown(v)}`;
    }
  }
  return `the ${ordinal(index + 1)} ${noun}`;
}

interface Described {
  /** "claim c1", "actor x, role "Mayor"", or '' for a file whose entries name themselves. */
  subject: string;
  /** The field within the subject ("verdict", "proposed_speaker.id", "source"), '' for the subject itself. */
  field: string;
  value: unknown;
  /** For a plain value in a list: the entry's own name ("the second source"). */
  entry?: string;
}

/** Name the item and the field a data path points to. */
function describe(path: DataPath, data: unknown, subject: string | undefined): Described {
  const items: string[] = subject ? [subject] : [];
  let fields: string[] = [];
  let node: unknown = data;
  let entryOf: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    const child = isRecord(node) ? node[String(segment)] : Array.isArray(node) && typeof segment === 'number' ? node[segment] : undefined;
    if (typeof next === 'number' && Array.isArray(child)) {
      const entry = child[next];
      const last = i + 1 === path.length - 1;
      if (last && !isRecord(entry) && !Array.isArray(entry)) {
        // A plain value in a list: "source" of its item.
        fields.push(singular(String(segment)));
        entryOf = entryName(String(segment), entry, next);
      } else {
        items.push(entryName(String(segment), entry, next));
        fields = [];
      }
      node = entry;
      i++;
      continue;
    }
    fields.push(String(segment));
    node = child;
  }
  return { subject: items.join(', '), field: fields.join('.'), value: node, ...(entryOf ? { entry: entryOf } : {}) };
}

/** The schema that validates the value at `path` (through optional, default and list wrappers). */
function schemaAt(schema: z.core.$ZodType, path: DataPath): z.core.$ZodType | undefined {
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    const def = s._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return s;
  };
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    const next = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined;
    current = next && unwrap(next);
  }
  return current;
}

const fieldsOf = (schema: z.core.$ZodType | undefined): string[] => {
  const def = schema?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
};

/** Messages zod writes itself ("Invalid input: …"), as opposed to a schema's own advice. */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/.test(message);

const EXPECTED: Record<string, { noun: string; how: string }> = {
  string: { noun: 'text', how: 'write a single value after the field name, on the same line' },
  array: { noun: 'a list', how: 'write one "- " line per entry under the field name' },
  object: { noun: 'a set of fields', how: 'write one "field: value" line per field' },
};
const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : isRecord(v) ? 'a set of fields' : 'text');

function explain(issue: Exclude<Issue, { code: 'unrecognized_keys' }>, d: Described): { message: string; hint: string } {
  const prefix = d.subject ? `${d.subject}: ` : '';
  // "claim c1: verdict is missing", or, about the item itself, "the first quote is empty".
  const about = (rest: string) => (d.field ? `${prefix}${d.field} ${rest}` : `${d.subject || 'the file'} ${rest}`);
  const name = d.field || 'value';
  const advice = isZodDefault(issue.message) ? undefined : issue.message;
  const last = d.field.split('.').at(-1)!;
  const parent = d.field.includes('.') ? ` under "${d.field.split('.').slice(0, -1).join('.')}"` : '';
  const missing = { message: about('is missing'), hint: advice ?? `add the field "${last}"${parent}` };
  const writeValue = d.entry ? 'write a value after the "- ", or remove the line' : `write a value after "${last}:"`;
  switch (issue.code) {
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (d.value === undefined || d.value === null) return { ...missing, hint: `add the field "${d.field}" with one of ${oneOf(options)}` };
      return { message: `${prefix}unknown ${name} ${shown(d.value)}`, hint: suggest(String(d.value), options, `write one of ${oneOf(options)}`) };
    }
    case 'invalid_type': {
      if (d.value === undefined) return missing;
      if (d.value === null) return { message: about('is empty'), hint: advice ?? writeValue };
      const expected = EXPECTED[issue.expected];
      const shape = `should be ${expected?.noun ?? issue.expected}, not ${kindOf(d.value)}`;
      return {
        message: d.entry && issue.expected === 'object' ? `${prefix}${d.entry} ${shape}` : about(shape),
        hint: expected?.how ?? 'correct the value',
      };
    }
    case 'too_small':
      return {
        message: about('is empty'),
        hint: advice ?? (issue.origin === 'array' ? `list at least ${issue.minimum} under "${last}:"` : writeValue),
      };
    case 'too_big':
      return { message: about('is too long'), hint: advice ?? `shorten it to at most ${issue.maximum}` };
    case 'invalid_format':
    case 'custom':
      return { message: `${prefix}invalid ${name} ${shown(d.value)}`, hint: advice ?? 'correct the value' };
    default:
      return { message: `${prefix}${name}: ${issue.message}`, hint: 'correct the value' };
  }
}

/**
 * Every schema issue of `data` as a Problem at the line of the offending key or value.
 * `subject` names the whole file when its entries do not ("actor linda-carver").
 */
export function schemaProblems(file: string, schema: z.core.$ZodType, issues: readonly Issue[], data: unknown, where: Locator, subject?: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const d = describe(issue.path, data, subject);
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsOf(schemaAt(schema, issue.path));
      for (const key of issue.keys) {
        problems.push(
          problem(file, `${d.subject ? `${d.subject}: ` : ''}unknown field "${key}"${d.field ? ` in ${d.field}` : ''}`, {
            ...where.keyAt([...issue.path, key]),
            hint: suggest(key, allowed, `remove it or correct its spelling; the fields here are ${listOf(allowed)}`),
          }),
        );
      }
      continue;
    }
    const { message, hint } = explain(issue, d);
    problems.push(problem(file, message, { ...where.at(issue.path), hint }));
  }
  return problems;
}
