/** Builds the attribution context for a text and finds the token holding a quote, for the rule tests. */
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';
import { createAttributionContext, type AttributionContext } from '../../../../src/lib/speakers/rules/index.ts';
import { FIXTURE_ACTORS } from '../../actors/fixture-actors.ts';

const registry = createRegistry(FIXTURE_ACTORS);

export interface Setup {
  c: AttributionContext;
  /** Index of the quote whose text contains `part`. */
  quote(part: string): number;
  /** Index of the token holding that quote. */
  token(part: string): number;
  /** Index of the sentence start of that quote's token. */
  sentenceStart(part: string): number;
  /** Index of the first token with this text, at or after `after`. */
  word(text: string, after?: number): number;
}

export function setup(text: string, published = '2025-06-01'): Setup {
  const quotes = detectQuotes(text);
  const c = createAttributionContext(text, quotes, registry, published);
  const quote = (part: string) => {
    const k = quotes.findIndex((q) => q.text.includes(part));
    if (k < 0) throw new Error(`no quote containing "${part}" in: ${quotes.map((q) => q.text).join(' | ')}`);
    return k;
  };
  const token = (part: string) => c.tokenOf.get(quote(part))!;
  return {
    c,
    quote,
    token,
    sentenceStart: (part) => c.sentenceStart.get(c.tokens[token(part)]!.sentence)!,
    word: (w, after = 0) => {
      const i = c.tokens.findIndex((t, n) => n >= after && t.text === w);
      if (i < 0) throw new Error(`no token "${w}"`);
      return i;
    },
  };
}

/** The name of the speaker all the rules together give the quote containing `part`, with no registry to name anyone. */
export function speakerOf(text: string, part: string): string | null {
  const quotes = detectQuotes(text);
  const k = quotes.findIndex((q) => q.text.includes(part));
  if (k < 0) throw new Error(`no quote containing "${part}"`);
  return attributeSpeakers(text, quotes, createRegistry([]), '2025-11-20')[k]?.name ?? null;
}
