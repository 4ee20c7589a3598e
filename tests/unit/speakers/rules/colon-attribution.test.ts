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

  // The layout of a polling newsletter's digest (headline in capitals, dash, author, colon, excerpt, source in
  // brackets), as in HuffPost's Pollster roundups; the names are of that roundup's regular authors, the words made up.
  const digest =
    'POLLS SHOW A TIGHT RACE - Jon Cohen and Sarah Dutton: “The margin is within the error.” [Gallup.] ' +
    'More from Cohen: “Turnout will decide it.” [Gallup.] SENATE RACE TIGHTENS - NEW POLL: “The lead is gone.”';

  it('takes the name a dash sets off in a digest, the first of two', () => {
    expect(colon(digest, 'margin')).toBe('Jon Cohen');
  });

  it('takes the name after "More from"', () => {
    expect(colon(digest, 'Turnout')).toBe('Jon Cohen');
  });

  it('takes no headline in capitals', () => {
    expect(colon(digest, 'lead is gone')).toBeNull();
  });
});

describe('colonAttribution: a titled name ending the clause', () => {
  it('takes a person named with a role word before the colon', () => {
    // Written for the test.
    const s = setup('The timing of the surge does not surprise Republican pollster Dana Shore: “Lesser-known candidates get the biggest boost.”');
    expect(colonAttribution(s.c, s.token('boost'), 0)?.name).toBe('Dana Shore');
  });

  it('leaves the one spoken to after a reporting verb', () => {
    // Written for the test.
    const s = setup('Ann Carver told campaign aide Dana Shore: “We will win.”');
    expect(colonAttribution(s.c, s.token('win'), 0)).toBeUndefined();
  });
});
