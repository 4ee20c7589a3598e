import { describe, expect, it } from 'vitest';
import { clauseStart, frontedContrast, reportsBefore } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

describe('clauseStart', () => {
  it('starts a new clause after "while" with a subject of its own', () => {
    const s = setup('Trump called it an “excellent” conversation, while Putin found it “meaningful and frank.”');
    const i = s.token('meaningful');
    expect(s.c.tokens[clauseStart(s.c, i, s.sentenceStart('meaningful'))]!.text).toBe('Putin');
  });

  it('starts a new clause after a semicolon', () => {
    const s = setup('Lavrov was calm; Zelensky called it “a slap.”');
    expect(s.c.tokens[clauseStart(s.c, s.token('slap'), 0)]!.text).toBe('Zelensky');
  });

  it('keeps the whole sentence when the conjunction sits inside reported speech', () => {
    const s = setup('Lavrov said that talks go on while Kyiv stalls, calling it “a game.”');
    expect(clauseStart(s.c, s.token('game'), 0)).toBe(0);
  });
});

describe('reportsBefore', () => {
  it('is true after "said that"', () => {
    const s = setup('Lavrov said that talks go on while Kyiv stalls.');
    expect(reportsBefore(s.c, s.word('while'), 0)).toBe(true);
  });

  it('is false after a naming verb', () => {
    const s = setup('Trump called it excellent while Putin found it “frank.”');
    expect(reportsBefore(s.c, s.word('while'), 0)).toBe(false);
  });
});

describe('clauseStart: a clause that reports speech of its own', () => {
  // Written for the test.
  it('starts at the conjunction even after "said that"', () => {
    const text = 'Lavrov suggested that the talks had stalled, while Zelensky said that the “door remains open.”';
    const s = setup(text);
    expect(s.c.tokens[clauseStart(s.c, s.token('door'), 0)]!.text).toBe('Zelensky');
  });
});

// Written for the test.
describe('frontedContrast', () => {
  it('starts the main clause after a fronted "While …," so its quote is not the fronted clause’s speaker’s', () => {
    const text = 'While Dana Kells called the vote “a sham,” Ann Ortiz pointed to the “fair” count.';
    const s = setup(text);
    expect(frontedContrast(s.c, s.token('fair'), 0)).toBe(s.word('Ann'));
    expect(speakerOf(text, 'sham')).toBe('Dana Kells');
    expect(speakerOf(text, 'fair')).toBe('Ann Ortiz');
    expect(speakerOf('Dana Kells and Ann Ortiz read the report. Although Kells calls it a “fine piece of work,” Ortiz fixates on the “harbor” line.', 'harbor')).toBe('Ann Ortiz');
  });
  it('leaves a quote inside the fronted clause, a sentence opening otherwise, and a fronted phrase with no clause', () => {
    const s = setup('While Dana Kells called the vote “a sham,” Ann Ortiz pointed to the “fair” count.');
    expect(frontedContrast(s.c, s.token('sham'), 0)).toBeUndefined();
    const t = setup('Dana Kells called the vote “a sham,” and Ann Ortiz pointed to the “fair” count.');
    expect(frontedContrast(t.c, t.token('fair'), 0)).toBeUndefined();
    expect(speakerOf('While campaigning in Dayton, Tom Lowe called the vote “a sham.”', 'sham')).toBe('Tom Lowe');
  });
});

// Written for the test.
describe('clauseStart: a clause set off by a dash', () => {
  it('starts at a name and its verb after the dash', () => {
    const text = 'The old stereotype ignored history — Ann Ortiz cites the 1990 strike, “the placards carried by marchers” and the 1999 vote as proof — but it was not baseless.';
    const s = setup(text);
    expect(clauseStart(s.c, s.token('placards'), 0)).toBe(s.word('Ann'));
    expect(speakerOf(text, 'placards')).toBe('Ann Ortiz');
  });
  it('leaves an aside between dashes that the quote comes after', () => {
    expect(speakerOf('Tom Lowe said the vote was close — Ann Ortiz won by 40 votes — and called it “a sham.”', 'sham')).toBe('Tom Lowe');
    expect(speakerOf('Tom Lowe — the mayor — called the plan “a sham.”', 'sham')).toBe('Tom Lowe');
  });
});
