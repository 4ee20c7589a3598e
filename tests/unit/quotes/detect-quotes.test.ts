import { describe, expect, it } from 'vitest';
import { detectQuotes, isTitleCase, pairQuoteMarks, scanQuotedSpans } from '../../../src/lib/quotes/index.ts';

const texts = (s: string) => detectQuotes(s).map((q) => q.text);

describe('detectQuotes', () => {
  it('gives the exact characters between the marks and their offset', () => {
    const s = 'He said “peace is near,” and left.';
    const [q] = detectQuotes(s);
    expect(q!.text).toBe('peace is near,');
    expect(q!.start).toBe(s.indexOf('peace'));
    expect(q!.end).toBe(s.indexOf('”'));
    expect(s.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('handles straight and curly double quotes', () => {
    expect(texts('"We are ready," Putin said. “So are we,” Zelensky said.')).toEqual(['We are ready,', 'So are we,']);
  });

  it('never takes apostrophes for quotation marks', () => {
    expect(texts("Trump's envoy didn’t answer Russia’s demands; the allies' reply wasn't ready.")).toEqual([]);
  });

  it('keeps single quotes nested inside a double quote', () => {
    expect(texts('“About Putin \'playing with fire\' and ‘really bad things’ — nonsense,” he said.')).toEqual([
      "About Putin 'playing with fire' and ‘really bad things’ — nonsense,",
    ]);
  });

  it('keeps a nested double quote inside the outer one', () => {
    expect(texts('"The question was: “Do you support the plan?” Most said no," the pollster said.')).toEqual([
      'The question was: “Do you support the plan?” Most said no,',
    ]);
  });

  it('links the two halves of an interrupted quote', () => {
    const qs = detectQuotes('“The meeting went well,” he said, “and we will meet again.” Then “something else” happened.');
    expect(qs.map((q) => q.text)).toEqual(['The meeting went well,', 'and we will meet again.', 'something else']);
    expect(qs[0]!.group).toBe(qs[1]!.group);
    expect(qs[2]!.group).not.toBe(qs[0]!.group);
  });

  it('links parts around an attribution with an abbreviated title, not around a sentence of narration', () => {
    const titled = detectQuotes('“We are ready,” said Sen. Ann Ortiz. “The vote is Tuesday.”');
    expect(titled[0]!.group).toBe(titled[1]!.group);
    const narrated = detectQuotes('“We agree on nothing,” Lowe said. Ortiz nodded. “Nothing at all.”');
    expect(narrated[0]!.group).not.toBe(narrated[1]!.group);
    const inverted = detectQuotes('“We lost,” said Tom Lowe. Ann Ortiz nodded. “We will be back.”');
    expect(inverted[0]!.group).not.toBe(inverted[1]!.group);
    const initial = detectQuotes('“We are ready,” said Ann B. Ortiz. “Go.”');
    expect(initial[0]!.group).toBe(initial[1]!.group);
    const dotted = detectQuotes('"We will fight this," said Ann Ortiz, a U.S. Navy pilot. "And we will win."');
    expect(dotted[0]!.group).toBe(dotted[1]!.group);
  });

  it('splits a quote over several paragraphs into one span per paragraph, in one group', () => {
    const s = 'She said:\n\n“First paragraph of the statement.\n\n“Second paragraph,” she added.';
    const qs = detectQuotes(s);
    expect(qs.map((q) => q.text)).toEqual(['First paragraph of the statement.', 'Second paragraph,']);
    expect(qs[0]!.group).toBe(qs[1]!.group);
    for (const q of qs) expect(s.slice(q.start, q.end)).toBe(q.text);
  });

  it('drops titles: programmes, named groups, headlines', () => {
    expect(texts('Speaking on the Fox News program “Fox & Friends,” Trump said it.')).toEqual([]);
    expect(texts('The “Coalition of the Willing” discussed plans.')).toEqual([]);
    expect(texts('He starred in the film "The Great Escape" in 1963.')).toEqual([]);
    expect(texts('the so-called “Shadow Fleet” of tankers')).toEqual([]);
    expect(texts('“Russian Drone Attack on Kyiv Leaves Eight Dead”')).toEqual([]);
  });

  // Sentences written for the test.
  it('drops a programme named after its network or channel (`programmeOf`)', () => {
    expect(texts('“We will win,” Ortiz told NBC’s “Morning Desk” on Monday.')).toEqual(['We will win,']);
    expect(texts('Speaking on ABC’s “This Week,” Ortiz admitted the figure was wrong.')).toEqual([]);
    expect(texts('Kells, star of television’s “Harbor Lights,” thanked the mayor.')).toEqual([]);
    // (A lowercase quote after a possessive is someone's words.)
    expect(texts('She mocked Ortiz’s “bold new plan” at the rally.')).toEqual(['bold new plan']);
  });

  it('drops a title followed by its author or outlet (`bylinedTitle`)', () => {
    expect(texts('According to “Windows on the Harbor” by Ana Ruiz, the mayor never slept.')).toEqual([]);
    expect(texts('TOWN DESK—“Council backs the new pier plan,” by the Ledger’s Ed Park: the vote was close.')).toEqual([]);
    // (Quoted words followed by "by" and a body are still a quote.)
    expect(texts('“If we had not stepped in” by the United Nations, the town would have flooded, Ortiz said.')).toEqual(['If we had not stepped in']);
    expect(texts('He was “deeply moved” by Ana Ruiz and her speech.')).toEqual(['deeply moved']);
  });

  it('drops a nickname between a first name and a surname (`nickname`)', () => {
    expect(texts('Gov. Paul “Buddy” Marsh (R-Ida.) spoke next.')).toEqual([]);
    expect(texts('The trucker Juan "Chico" Reyes of Tulsa carried a sign.')).toEqual([]);
    // (A headline runs on in capitals after the word that follows.)
    expect(texts('Why Lena Felt “Unseen” As A Child')).toEqual(['Unseen']);
  });

  it('ends a pull quote before its credit line, which is no quote', () => {
    expect(texts('"We will rebuild the pier before the summer.\nAna Ruiz, harbor commissioner."\nThe board met on Monday.')).toEqual([
      'We will rebuild the pier before the summer.',
    ]);
    expect(texts('"The vote is a disgrace.\nSen. Paul T. Marsh."')).toEqual(['The vote is a disgrace.']);
    // (A quote running on into a paragraph of its own words still runs on.)
    expect(texts('"We will rebuild the pier.\nAnd we will do it together."')).toEqual(['We will rebuild the pier.', 'And we will do it together.']);
  });

  it('keeps a lowercase quote after a title noun, and a capitalised utterance', () => {
    expect(texts('she called for getting the biofuels program "back on track."')).toEqual(['back on track.']);
    expect(texts('“Make a Deal,” Trump said.')).toEqual(['Make a Deal,']);
  });

  it('reports scare quotes with low confidence', () => {
    const [scare, full] = detectQuotes('Hegseth described it as "unrealistic". He said: "There will be no troops in Ukraine."');
    expect(scare).toMatchObject({ text: 'unrealistic', confidence: 'low', kind: 'scare' });
    expect(full).toMatchObject({ confidence: 'high', kind: 'direct' });
  });

  it('ignores markup attributes and inch marks', () => {
    expect(texts('A 12" screen and <tweet id="123" author="@x">a post</tweet>.')).toEqual([]);
  });

  it('tolerates a curly mark typed the wrong way round', () => {
    expect(texts('It is “the best in the world“ and “the best in the region.”')).toEqual(['the best in the world', 'the best in the region.']);
  });

  it('opens a curly quote that starts with a space', () => {
    expect(texts('As Politico reported, “ … Trump would win, and handily.”')).toEqual([' … Trump would win, and handily.']);
  });
});

describe('helpers', () => {
  it('pairs marks per paragraph and leaves a never-closed mark alone', () => {
    expect(pairQuoteMarks('"Never closed\n\nNext "paragraph."')).toEqual([{ start: 21, end: 31, continues: false, continuation: false }]);
    expect(pairQuoteMarks('"Continued\n\n"and closed."')).toEqual([
      { start: 1, end: 10, continues: true, continuation: false },
      { start: 13, end: 24, continues: false, continuation: true },
    ]);
  });

  it('tells Title Case names from sentences', () => {
    expect(isTitleCase('Coalition of the Willing')).toBe(true);
    expect(isTitleCase('Fox & Friends,')).toBe(true);
    expect(isTitleCase('We Will Win!')).toBe(false);
    expect(isTitleCase('REALLY BAD')).toBe(false);
    expect(isTitleCase('1-0 for Putin')).toBe(false);
    expect(isTitleCase('it takes two to tango')).toBe(false);
  });

  it('reports titles only from the full scan', () => {
    expect(scanQuotedSpans('The “Coalition of the Willing” met.')[0]).toMatchObject({ kind: 'title' });
  });
});
