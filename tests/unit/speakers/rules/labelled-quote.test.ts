import { describe, expect, it } from 'vitest';
import { labelledQuote } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const labelled = (text: string, part: string) => {
  const s = setup(text);
  return labelledQuote(s.c, s.quote(part))?.speaker.name ?? null;
};

describe('labelledQuote', () => {
  it('takes the name a "Source:" line gives', () => {
    const text = 'The energy minister has said the grid held overnight.\n\nSource: Halyna Marchenko on Telegram\n\nQuote: "The grid held. Repairs continue in three regions."';
    expect(labelled(text, 'grid held')).toBe('Halyna Marchenko');
  });

  it('else takes whoever reports the nearest sentence before', () => {
    const text = 'Details: Marchenko noted that two substations were hit.\n\nThe outages lasted four hours.\n\nQuote: "We restored power by noon."';
    expect(labelled(text, 'restored')).toBe('Marchenko');
  });

  it('gives nothing to a quote without the label', () => {
    const text = 'Source: Halyna Marchenko on Telegram\n\n"The grid held," a resident said.';
    expect(labelled(text, 'grid held')).toBeNull();
  });
});
