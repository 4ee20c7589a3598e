import { describe, expect, it } from 'vitest';
import { leftSubject } from '../../../src/lib/speakers/noun-phrase.ts';
import { setup, speakerOf } from './rules/setup.ts';

/** The words of the subject `leftSubject` finds for the first `verb` of the text. */
const subject = (text: string, verb: string) => {
  const s = setup(text);
  const r = leftSubject(s.c.tokens, s.word(verb), 0);
  return r ? s.c.tokens.slice(r.from, r.to).map((t) => t.text).join(' ') : null;
};

// Sentences written for the test, in the shape of wire reports from a rally.
describe('leftSubject', () => {
  it('reads past a state abbreviation that keeps its full stop', () => {
    expect(subject('Ana Ortiz, 41, of Tacoma, Wash., said the levy was “long overdue.”', 'said')).toBe('Ana Ortiz');
  });

  it('takes the one from the place, not the state after the town', () => {
    expect(subject('Dana Pruitt of Macon, Georgia says the levy is “long overdue.”', 'says')).toBe('Dana Pruitt');
  });

  it('does not read a clause holding the subject as one more aside', () => {
    expect(subject('He counted the ballots twice, in what Jane Doe, a treasurer for the rival campaign, called “a waste of a night.”', 'called')).toBe('Jane Doe');
    expect(subject('Dean Holt, who runs the county party, a group of 40, said the vote was “close.”', 'said')).toBe('Dean Holt');
  });

  it('reads past an aside of a noun and its "of", closed by a quoted title after a possessive', () => {
    expect(subject('Lena Ruiz, star of the network’s “Lighthouse,” praised the mayor for “keeping the library open.”', 'praised')).toBe('Lena Ruiz');
    expect(subject('Tom Baptiste, host of a morning show, urged listeners to “call the council.”', 'urged')).toBe('Tom Baptiste');
  });

  it('reads past a chain of asides, one a capitalised modifier and a role noun', () => {
    expect(subject('Paul Ingram, founder of the Harbor Trust, NAACP member in the 1970s and longtime county treasurer, backed Ortiz, saying she “listens.”', 'backed')).toBe(
      'Paul Ingram',
    );
  });

  it('does not take a clause after a comma for an aside', () => {
    expect(subject('Ortiz lost the county, Lowe said the count was “rigged.”', 'said')).toBe('Lowe');
    expect(subject('By noon Ortiz, Lowe and Kells voted for the plan.', 'voted')).not.toBe('Ortiz');
  });

  it('reads past a time phrase counted back with "ago"', () => {
    expect(subject('The Water Board three weeks ago said in a filing that “unsafe” levels were found.', 'said')).toBe('The Water Board');
    expect(subject('Kells two days ago told the panel the plan was “a mess.”', 'told')).toBe('Kells');
  });

  it('takes no subject across "ago" when no time is counted before it', () => {
    expect(subject('The plan ago said the board was “late.”', 'said')).not.toBe('The plan');
  });

  it('reads a body’s name joined by "and" after its "of" or "for" as one name', () => {
    expect(subject('“The pumps are failing,” Ann Lowe of the Department of Water and Power Supply wrote on Monday.', 'wrote')).toBe(
      'Ann Lowe of the Department of Water and Power Supply',
    );
  });

  it('does not join two names by "and" without an "of" or "for" before them', () => {
    expect(subject('Before the vote, Dana Kells and Tom Baptiste said the count was “rigged.”', 'said')).toBe('Tom Baptiste');
  });

  it('still takes a subject that is itself a place name', () => {
    expect(subject('In the end, South Carolina voted for “change.”', 'voted')).toBe('South Carolina');
  });

  it('reads past an aside closed by a quoted title with its comma inside the quotation marks', () => {
    expect(subject('Marsh, the author of “Paper Trails,” said the book was “a labour of love.”', 'said')).toBe('Marsh');
  });

  it('reads past asides that a quoted title and an "about" phrase open', () => {
    const text = 'Lee Brandt, a judge on the cooking show, "Night Kitchen," who later opened a diner, said the host was "hard to please."';
    expect(subject(text, 'said')).toBe('Lee Brandt');
    expect(subject('Marsh, the author of "Paper Trails," about old maps, said it was "a labour of love."', 'said')).toBe('Marsh');
  });

  it('reads past an aside that a participle such as "clad" opens', () => {
    expect(subject('Coach Ed Olsen, clad in his old team jersey, said the season was “a gift.”', 'said')).toBe('Coach Ed Olsen');
  });

  it('reads past a short aside that an adverb opens', () => {
    expect(subject('Coach Ed Olsen, visibly upset, responded by waving the referee away.', 'responded')).toBe('Coach Ed Olsen');
    expect(subject('Olsen, clearly, responded by waving the referee away.', 'responded')).toBe('Olsen');
  });

  it('reads past a longer aside that an adverb opens', () => {
    expect(subject('The board, usually quiet at its monthly meetings in the spring, responded by leaving.', 'responded')).toBe('The board');
  });

  it('takes the name opening the clause before a description left open with its article', () => {
    expect(subject('Sam Okoro, the communications director for the state party said the count was “final.”', 'said')).toBe('Sam Okoro');
  });

  it('keeps a description after a fronted phrase ending in a name', () => {
    expect(subject('After meeting Okoro, the head of the agency said the count was “final.”', 'said')).toBe('the head of the agency');
  });

  it('takes the name set off after a description led by whose it is', () => {
    expect(subject('Ohio Sen. Ann Ortiz’s chief of staff, Raul Mendes, told reporters the mood would “soften.”', 'told')).toBe('Raul Mendes');
  });

  it('takes a titled name set off after a description, with the place written before the title', () => {
    expect(subject('A longtime rival, Ohio Gov. Ann Ortiz, called the plan “a waste.”', 'called')).toBe('Ohio Gov. Ann Ortiz');
    expect(subject('One of Lowe’s old backers, former Ohio state Sen. Ann Ortiz, told reporters it was “over.”', 'told')).toBe('former Ohio state Sen. Ann Ortiz');
    expect(subject('His rival, New York Governor Ann Ortiz, said the plan was “a waste.”', 'said')).toBe('New York Governor Ann Ortiz');
  });

  it('reads past an aside that gives a title in marks, a question mark and all', () => {
    expect(subject('The ad, titled “Harbor First?”, concludes that Lowe is too “reckless” to lead.', 'concludes')).toBe('The ad');
    expect(subject('Her new book, called “Harbor Days”, argues that Lowe was “reckless” as mayor.', 'argues')).toBe('Her new book');
  });

  it('reads past an aside led by "later" or "earlier"', () => {
    expect(subject('Tom Lowe, later claiming the ferries cost too much, said they were “empty.”', 'said')).toBe('Tom Lowe');
    expect(subject('Tom Lowe, earlier a ferry captain, said they were “empty.”', 'said')).toBe('Tom Lowe');
  });
});

// Written for the test.
describe('joined names with "both" and asides', () => {
  it('reads past "both", "all" or "each" between a subject and its verb', () => {
    expect(subject('Tom Lowe and Ann Ortiz both called the plan “a mess.”', 'called')).toBe('Ann Ortiz');
    expect(speakerOf('Tom Lowe and Ann Ortiz both called the plan “a mess.”', 'mess')).toBe('Tom Lowe');
    expect(speakerOf('The senators all called the plan “a mess.”', 'mess')).toBe('The senators');
  });
  it('does not take "Both" opening the sentence for a name', () => {
    expect(speakerOf('Both Tom Lowe and Ann Ortiz called the plan “a mess.”', 'mess')).toBe('Tom Lowe');
  });
});

// Written for the test.
describe('a document "from" its author', () => {
  it('takes the author as the subject of the verb of saying', () => {
    expect(subject('A statement from the Harbor League called the plan “a mess.”', 'called')).toBe('the Harbor League');
    expect(speakerOf('A statement from the Harbor League said: “We will win.”', 'We will win')).toBe('Harbor League');
  });
  it('keeps people "from" somewhere, and a phrase of time', () => {
    expect(subject('Officials from the Harbor League called the plan “a mess.”', 'called')).toBe('Officials');
    expect(subject('Tom Lowe from the start called the plan “a mess.”', 'called')).toBe('Tom Lowe');
  });
});
