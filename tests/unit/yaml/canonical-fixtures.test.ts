/**
 * Every case in tests/fixtures/yaml/<kind>-<case>/: `input.yaml` formats to `expected.yaml`
 * (or fails with `expected-error.txt`), the expected text is a fixed point, and formatting
 * keeps every value (only empty fields may go).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content-file/index.ts';
import { formatYamlText, YAML_KINDS, type YamlKind } from '../../../src/lib/yaml/index.ts';

const fixtures = new URL('../../fixtures/yaml/', import.meta.url).pathname;
const cases = readdirSync(fixtures).sort();

/** Data with null fields and empty lists dropped: what canonical form is allowed to remove. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    );
  }
  return value;
}

/** The same data with every list of id'd entries in id order, for comparing content. */
function byId(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(byId);
    const key = (x: unknown) => JSON.stringify(x) ?? '';
    return items.every((i) => i && typeof i === 'object' && 'id' in i) ? [...items].sort((a, b) => key(a).localeCompare(key(b))) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]): [string, unknown] => [k, byId(v)])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}

it('has fixtures for every kind', () => {
  for (const kind of YAML_KINDS) expect(cases.some((c) => c.startsWith(`${kind}-`))).toBe(true);
});

describe.each(cases)('%s', (name) => {
  const kind = name.split('-')[0] as YamlKind;
  const dir = join(fixtures, name);
  const input = readFileSync(join(dir, 'input.yaml'), 'utf8');

  if (existsSync(join(dir, 'expected-error.txt'))) {
    it('is refused with the line, column and a hint', () => {
      const expected = readFileSync(join(dir, 'expected-error.txt'), 'utf8').trim();
      expect(() => formatYamlText(kind, input, 'input.yaml')).toThrow(expected);
    });
    return;
  }

  const expected = readFileSync(join(dir, 'expected.yaml'), 'utf8');
  it('formats the input into the expected canonical text', () => {
    expect(input).not.toBe(expected);
    expect(formatYamlText(kind, input)).toBe(expected);
  });
  it('leaves canonical text unchanged', () => {
    expect(formatYamlText(kind, expected)).toBe(expected);
  });
  it('keeps every value', () => {
    const before = parseYaml('input.yaml', input).data;
    const after = parseYaml('expected.yaml', expected).data;
    expect(byId(after)).toEqual(byId(withoutEmpty(before)));
  });
});
