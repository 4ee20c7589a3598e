import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../src/lib/actors/index.ts';
import { extract } from '../../../src/lib/annotate/extract.ts';
import { findReportedClaims } from '../../../src/lib/claims/index.ts';
import { detectQuotes } from '../../../src/lib/quotes/index.ts';
import { createAttributionContext } from '../../../src/lib/speakers/rules/index.ts';
import { FIXTURE_ACTORS } from '../actors/fixture-actors.ts';

const empty = createRegistry([]);
const reported = (text: string) => findReportedClaims(text, createAttributionContext(text, detectQuotes(text), empty, '2025-11-20')).map((c) => [c.text, c.claimant.name]);

const COUNCIL =
  'The council voted 7 to 4 on Tuesday to build the new garage downtown. Mayor Linda Carver said the city would set up a fund of $3 million to pay for it. ' +
  'Councilman Jim Ortiz said parking revenue fell 12% last year, to $1.8 million. “Parking brought in $2 million a year before the pandemic,” Ortiz said. It was a long meeting.';

describe('findReportedClaims', () => {
  it('gives reported speech to the one reported', () => {
    expect(reported(COUNCIL)).toEqual([
      ['Mayor Linda Carver said the city would set up a fund of $3 million to pay for it.', 'Linda Carver'],
      ['Councilman Jim Ortiz said parking revenue fell 12% last year, to $1.8 million.', 'Jim Ortiz'],
    ]);
  });
  it('reads "according to"', () => {
    expect(reported('According to Jim Ortiz, the garage will cost $40 million over ten years.')).toEqual([
      ['According to Jim Ortiz, the garage will cost $40 million over ten years.', 'Jim Ortiz'],
    ]);
  });
  it('leaves out reported speech with nothing to check', () => {
    expect(reported('Mayor Linda Carver said she was happy with the meeting and thanked everyone.')).toEqual([]);
  });
});

describe('extract: claimants', () => {
  it('suggests a registry actor as claimant and proposes an unknown one', () => {
    const text = 'Putin said Russia would cut its gas exports by 20% next year. ' + COUNCIL;
    const claims = extract(text, '2025-11-20', FIXTURE_ACTORS, createRegistry(FIXTURE_ACTORS)).claims;
    expect(claims.find((c) => c.text.startsWith('Putin said'))).toMatchObject({ claimant: 'vladimir-putin' });
    expect(claims.find((c) => c.text.startsWith('Mayor Linda Carver'))).toMatchObject({ claimant: 'publisher', proposed_claimant: { id: 'linda-carver', name: 'Linda Carver' } });
    expect(claims.find((c) => c.text.startsWith('Parking brought in'))).toMatchObject({ proposed_claimant: { name: 'Jim Ortiz' } });
    // A sentence nobody is reported to say stays the publisher's, and is not suggested twice.
    expect(claims.filter((c) => c.text.includes('parking revenue fell'))).toHaveLength(1);
  });
});

// Written for the test.
describe('findReportedClaims: changes by a multiple and records', () => {
  it('suggests them with the one who said them', () => {
    expect(reported('The Ministry of Fisheries said catches had doubled since 2019.')).toEqual([['The Ministry of Fisheries said catches had doubled since 2019.', 'Ministry of Fisheries']]);
    expect(reported('Tom Lowe argued that the city spends twice as much on consultants as on parks.')).toEqual([
      ['Tom Lowe argued that the city spends twice as much on consultants as on parks.', 'Tom Lowe'],
    ]);
    expect(reported('Ann Ortiz said harbour traffic was at its lowest level in a decade.')).toEqual([['Ann Ortiz said harbour traffic was at its lowest level in a decade.', 'Ann Ortiz']]);
  });
  it('finds records however the span of time is put', () => {
    expect(reported('Ann Ortiz said harbour traffic was at its lowest in decades.')).toEqual([['Ann Ortiz said harbour traffic was at its lowest in decades.', 'Ann Ortiz']]);
    expect(reported('Tom Lowe said growth slowed to its slowest pace in four years.')).toEqual([['Tom Lowe said growth slowed to its slowest pace in four years.', 'Tom Lowe']]);
  });
  it('leaves a superlative that measures nothing', () => {
    expect(reported('Ann Ortiz said the harbour was the best in the region.')).toEqual([]);
  });
});

// Written for the test.
describe('claims in an article quoting with single marks', () => {
  it('are the quote’s, not the sentence around it too', () => {
    const text = 'Ann Ortiz said: ‘Harbour fees have doubled since 2019.’ ‘We will fix it,’ she said. ‘Soon.’';
    const claims = extract(text, '2025-11-20', [], empty).claims.map((c) => c.text);
    expect(claims).toEqual(['Harbour fees have doubled since 2019']);
  });
});

// Written for the test.
describe('claimants named between commas, or only described', () => {
  it('takes a one-word name set off after a description', () => {
    expect(reported('The ferry operator, Islink, said it had carried 41,000 passengers last year.')).toEqual([
      ['The ferry operator, Islink, said it had carried 41,000 passengers last year.', 'Islink'],
    ]);
    expect(reported('His rival, Lowe, said the subsidy would cost £1.2 million a year.')).toEqual([['His rival, Lowe, said the subsidy would cost £1.2 million a year.', 'Lowe']]);
  });
  it('does not make the article the claimant of someone it only describes', () => {
    const claims = extract('The operator said it had carried 41,000 passengers in 2023.', '2025-11-20', [], empty).claims;
    expect(claims).toEqual([expect.objectContaining({ claimant: 'publisher', described_claimant: 'the operator' })]);
  });
});

// Written for the test.
describe('reported speech with a few quoted words, and estimates', () => {
  it('keeps a sentence with quoted words worked into it reported speech, claimed once', () => {
    const text = 'Education Minister Dan Varga said the offer of a 4.5 percent rise was “fair and final”.';
    expect(reported(text)).toEqual([[text, 'Dan Varga']]);
    expect(extract(text, '2025-11-20', [], empty).claims).toEqual([expect.objectContaining({ text, proposed_claimant: { id: 'dan-varga', name: 'Dan Varga' } })]);
  });
  it('leaves a sentence with a full quote to the quote', () => {
    expect(reported('“We offered 4.5 percent,” Dan Varga said, and the union refused.')).toEqual([]);
  });
  it('reads "put the figure at" as a claim of its subject', () => {
    expect(reported('Ann Ortiz put the figure at 55 percent.')).toEqual([['Ann Ortiz put the figure at 55 percent.', 'Ann Ortiz']]);
    expect(reported('Tom Lowe puts the total cost at $3.2 billion.')).toEqual([['Tom Lowe puts the total cost at $3.2 billion.', 'Tom Lowe']]);
    expect(reported('Police put the suspect in a car at 5 p.m. on Friday.')).toEqual([]);
  });
});

// Written for the test.
describe('findGoingOnClaims', () => {
  const claimsOf = (text: string) => extract(text, '2025-11-20', [], empty).claims.map((c) => [c.text, c.proposed_claimant?.name ?? c.claimant]);
  it('gives a quote’s speaker what the sentence goes on to report', () => {
    const text = '“We will look at the ruling carefully,” Priya Shah said, adding that the council had spent £180,000 on repairs last year.';
    expect(claimsOf(text)).toEqual([[text, 'Priya Shah']]);
  });
  it('leaves a clause with nothing to check, and one before the quote', () => {
    expect(claimsOf('“We will look at it,” Priya Shah said, adding that she was glad it was over.')).toEqual([]);
    expect(claimsOf('Adding that the council spent £180,000, Priya Shah said: “We will look at it.”').map((c) => c[1])).not.toContain('Priya Shah');
  });
});

// Written for the test.
describe('claims reported by an attribution closing the sentence, and by "the company"', () => {
  it('reads what comes before ", the company said"', () => {
    const text = 'Halvorsen Semiconductors will cut about 1,200 jobs, the company said on Monday, blaming weak demand.';
    expect(reported(text)).toEqual([[text, 'Halvorsen Semiconductors']]);
  });
  it('gives "the carrier" the company named before it', () => {
    const text = 'Skyway Airlines cancelled its winter timetable. The carrier said it would cut 40 routes.';
    expect(reported(text)).toEqual([['The carrier said it would cut 40 routes.', 'Skyway Airlines']]);
  });
  it('does not give "the company" to a body that is no company', () => {
    const text = 'The Ministry of Fisheries met on Monday. The company said it would cut 40 jobs.';
    expect(reported(text)).toEqual([['The company said it would cut 40 jobs.', 'The company']]);
  });
});

// Written for the test.
describe('sources named with "according to" after the claim, and "per"', () => {
  it('reads what comes before ", according to …", from a source described only', () => {
    const text = 'Waiting lists rose to 212,000 in September, according to figures published by the health board on Wednesday.';
    expect(reported(text)).toEqual([[text, 'the health board']]);
  });
  it('reads "Per X," opening the sentence', () => {
    const text = 'Per the Patients Alliance, one in five people on the list has waited more than a year.';
    expect(reported(text)).toEqual([[text, 'Patients Alliance']]);
    expect(reported('Per capita, spending on parks rose by 12 percent.').map((r) => r[1])).not.toContain('capita');
  });
});

// Written for the test.
describe('findInterviewClaims', () => {
  const claimsOf = (text: string) => extract(text, '2025-11-20', [], empty).claims.map((c) => [c.text, c.proposed_claimant?.name ?? c.claimant]);
  const INTERVIEW = 'Chief Laura Mensah spoke to the Ledger.\n\nQ: Why have response times risen?\n\nMensah: We lost 40 firefighters to retirement and hired 12. Crews cover more ground.\n\nQ: What next?\n\nMensah: We are asking the county for $6 million.';
  it('gives the answers of a transcript without quotation marks to the one labelled', () => {
    expect(claimsOf(INTERVIEW)).toEqual([
      ['We lost 40 firefighters to retirement and hired 12.', 'Laura Mensah'],
      ['We are asking the county for $6 million.', 'Laura Mensah'],
    ]);
  });
  it('reads no turn from a lone label', () => {
    expect(claimsOf('Warning: the bridge repairs will cost $2 million.').map((c) => c[1])).toEqual(['publisher']);
  });
});

// Written for the test.
describe('claims sourced to someone’s own figures', () => {
  it('go to the owner of the figures', () => {
    const text = 'The council’s reserves have fallen to £8 million, according to the council’s own figures.';
    expect(reported(text)).toEqual([[text, 'the council']]);
    const bank = 'Spending rose by 12 percent last year, according to Harbor Bank’s own figures.';
    expect(reported(bank)).toEqual([[bank, 'Harbor Bank']]);
  });
});

// Written for the test.
describe('replies, passives and bodies named with a modifier', () => {
  it('reads "answered that" and skips a passive verb', () => {
    const text = 'Helen Ward answered that the village had been promised a community fund of £50,000 a year.';
    expect(reported(text)).toEqual([[text, 'Helen Ward']]);
  });
  it('reads a body whose name ends in a word that modifies titles', () => {
    const text = 'The developer, Greenridge Energy, said the fund would start paying out next spring.';
    expect(reported(text)).toEqual([[text, 'Greenridge Energy']]);
  });
});

// Written for the test: the edges a review found.
describe('reported claims: what the rules leave alone', () => {
  it('takes no opening clause for an attribution that goes on with a clause of its own', () => {
    const text = 'After 40,000 people signed a petition, Mayor Ann Ortiz said she would reconsider.';
    expect(reported(text)).toEqual([]);
  });
  it('takes what comes before an attribution followed by a time, a place or a participle', () => {
    const text = 'Fares will rise 5 percent in January, Islink Holdings said in a statement.';
    expect(reported(text)).toEqual([[text, 'Islink Holdings']]);
  });
  it('claims a sentence once, when quoted words and ", adding that" share it', () => {
    const text = 'Ann Ortiz said the plan was “reckless”, adding that it would cost £3 million.';
    expect(extract(text, '2025-11-20', [], empty).claims.map((c) => c.text)).toEqual([text]);
  });
  it('leaves "Per" out of the source’s name', () => {
    expect(reported('Per Ortiz, the ward lost 40 nurses in 2024.').map((r) => r[1])).toEqual(['Ortiz']);
  });
  it('names no document as the one who claims', () => {
    const claims = extract('Spending rose by 12 percent, according to a report.', '2025-11-20', [], empty).claims;
    expect(claims).toEqual([expect.objectContaining({ claimant: 'publisher' })]);
    expect(claims[0]).not.toHaveProperty('described_claimant');
  });
  it('reads no turn of a transcript from labels that name places', () => {
    const text = 'Results came in overnight.\n\nLeeds: Turnout reached 62 percent.\n\nBradford: Turnout was 55 percent.\n\nLeeds: The count ended at 3am with 40,000 votes.\n\nBradford: The count ended with 31,000 votes.';
    expect(extract(text, '2025-11-20', [], empty).claims.map((c) => c.proposed_claimant?.name ?? c.claimant)).not.toContain('Leeds');
  });
});

describe('"the company" and the body before it', () => {
  const claimantOf = (text: string) => reported(text).map((r) => r[1]);
  it('is the nearest body, when its name ends in a company word of that kind', () => {
    expect(claimantOf('Skyway Airlines cut its timetable. The airline said it would cut 40 routes.')).toEqual(['Skyway Airlines']);
    expect(claimantOf('Oakfield Capital bought a stake in the carrier. The airline said it would cut 40 routes.')).toEqual(['The airline']);
    expect(claimantOf('The Oil Workers Union met on Monday. The company said it would cut 40 jobs.')).toEqual(['The company']);
  });
  it('is no body named more than five sentences before', () => {
    const text = 'Crestline Homes bid for the site. It rained. The site flooded. Work stopped. The mayor left. Talks resumed. The company said it would build 300 homes.';
    expect(claimantOf(text)).toEqual(['The company']);
  });
});

// Written for the test: edges a second review found.
describe('reported claims: more edges', () => {
  it('reads a closing attribution followed by a day or by whom it told', () => {
    expect(reported('Fares will rise 5 percent in January, Islink Holdings said Tuesday.').map((r) => r[1])).toEqual(['Islink Holdings']);
    expect(reported('Fares will rise 5 percent in January, Islink Holdings told reporters.').map((r) => r[1])).toEqual(['Islink Holdings']);
    expect(reported('After the ferry sank with 40 people aboard, Ann Ortiz said on Tuesday she would resign.')).toEqual([]);
  });
  it('takes the last possessive for the owner of figures, and no time', () => {
    expect(reported('Spending rose 12 percent, according to the mayor’s office’s figures.').map((r) => r[1])).toEqual(['the mayor’s office']);
    expect(reported('Spending rose 12 percent, according to last year’s figures.')).toEqual([]);
  });
  it('takes a reply without "that" and a passive with an adverb for no claim', () => {
    expect(reported('Helen Ward answered questions from residents about the 40 homes.')).toEqual([]);
    expect(reported('The mayor was later told that 40 percent of homes were empty.')).toEqual([]);
  });
  it('reads no transcript turn from a two-word place', () => {
    const text = 'Results came in.\n\nNorth Yorkshire: Turnout reached 62 percent.\n\nNorth Yorkshire: The count ended with 40,000 votes.';
    expect(extract(text, '2025-11-20', [], empty).claims.map((c) => c.proposed_claimant?.name ?? c.claimant)).toEqual(['publisher', 'publisher']);
  });
  it('gives "the lender" a bank named before it', () => {
    expect(reported('Harbor Bank raised rates. The lender said it would cut 40 branches.').map((r) => r[1])).toEqual(['Harbor Bank']);
  });
});
