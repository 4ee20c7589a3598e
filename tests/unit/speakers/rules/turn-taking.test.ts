import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/lib/actors/index.ts';
import { detectQuotes } from '../../../../src/lib/quotes/index.ts';
import { attributeSpeakers } from '../../../../src/lib/speakers/index.ts';

const names = (text: string) => {
  const quotes = detectQuotes(text);
  const found = attributeSpeakers(text, quotes, createRegistry([]), '2025-11-20');
  return quotes.map((q, i) => [q.text, found[i]?.name ?? null]);
};

describe('turnTaking', () => {
  it('"he added" continues the last speaker, not the nearest name', () => {
    const text = 'At the council meeting, Mayor Ann Carver and Councilman Jim Ortiz clashed. “We cannot afford the garage,” Carver said. “Parking brings in $2 million a year,” Ortiz said. “And it will grow,” he added.';
    expect(names(text).at(-1)).toEqual(['And it will grow,', 'Jim Ortiz']);
  });
  it('"she replied" answers the one spoken to', () => {
    const text = '“Will you vote for it?” Jim Ortiz asked Ann Carver. “Not this year,” she replied.';
    expect(names(text).at(-1)).toEqual(['Not this year,', 'Ann Carver']);
  });
  it('gives each part of a paragraph with two speakers its own attribution', () => {
    const text = '“We will not pay,” Adam Smith said. “It is unfair,” Tom Jones said.';
    expect(names(text)).toEqual([
      ['We will not pay,', 'Adam Smith'],
      ['It is unfair,', 'Tom Jones'],
    ]);
  });
});

describe('turnTaking: the story going on after a full stop', () => {
  // Written for the test.
  it('does not read "He added that …" after a closed quote as the quote’s attribution', () => {
    const text = 'Smith spoke first: “We will not pay.” Jones answered: “It is unfair.” He added that more talks would follow.';
    expect(names(text)).toEqual([
      ['We will not pay.', 'Smith'],
      ['It is unfair.', 'Jones'],
    ]);
  });
});

describe('turnTaking: a new sentence leading into the next quote', () => {
  // Written for the test.
  it('leaves a closed quote to its own attribution when "He added," opens the next one', () => {
    const text =
      'As the Ledger’s Dana Okoro wrote, “the vote was a mess and the county knew it.”\n\nHowever, as Bishop Paul Renner of the Diocese of Avalon told the Daily Star, “Nobody here has forgotten the winter of the flood.” He added, “The council owes every family an apology.”';
    expect(names(text).slice(1)).toEqual([
      ['Nobody here has forgotten the winter of the flood.', 'Paul Renner'],
      ['The council owes every family an apology.', 'Paul Renner'],
    ]);
  });

  it('still reads "he added" after a comma as the attribution of the quote before it', () => {
    const text = 'Dana Okoro spoke first. “We will wait,” Paul Renner said. “And we will win,” he added, “whatever it costs.”';
    expect(names(text).slice(1)).toEqual([
      ['And we will win,', 'Paul Renner'],
      ['whatever it costs.', 'Paul Renner'],
    ]);
  });
});

describe('turnTaking: what is not a turn', () => {
  it('leaves a reply reported by its named speaker', () => {
    // Written for the test.
    const text = 'Jim Ortiz spoke first. “Act presidential,” Ann Carver told him, but Jim Ortiz said he responded: “When you are attacked, you hit back.”';
    expect(names(text).at(-1)).toEqual(['When you are attacked, you hit back.', 'Jim Ortiz']);
  });

  it('does not read a new sentence after an exclamation as the quote’s attribution', () => {
    // Written for the test.
    const text = 'Jim Ortiz wrote to Ann Carver after her fall, telling her, “You are a rock!” She replied to him that it was kind.';
    expect(names(text)).toEqual([['You are a rock!', 'Jim Ortiz']]);
  });
});

// From court reporting the rules were not written against.
describe('turnTaking: a reply to an unnamed questioner', () => {
  it('leaves the floor with the one questioned', () => {
    const text = '"I heard my son screaming," said Sybrina Fulton, the mother of Trayvon Martin.\n\nThe defense then called Gladys Zimmerman, George Zimmerman\'s mother. Asked who was screaming, she answered, "My son." When pressed on how she could be so certain, she replied: "Because it\'s my son."';
    expect(names(text).at(-1)?.[1]).toBe('Gladys Zimmerman');
  });
});
