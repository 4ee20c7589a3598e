import { describe, expect, it } from 'vitest';
import { colonAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const colon = (text: string, part: string) => {
  const s = setup(text);
  return colonAttribution(s.c, s.token(part), s.sentenceStart(part))?.name ?? null;
};

describe('colonAttribution', () => {
  it('takes a name before a colon', () => {
    expect(colon('Foreign Minister Sergei Lavrov: “We are ready.”', 'ready')).toBe('Sergei Lavrov');
  });

  it('takes nothing that names no one', () => {
    expect(colon('The result: “a stalemate.”', 'stalemate')).toBeNull();
  });

  it('takes nothing without a colon', () => {
    expect(colon('Lavrov, “We are ready.”', 'ready')).toBeNull();
  });
});
