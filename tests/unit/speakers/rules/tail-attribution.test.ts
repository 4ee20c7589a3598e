import { describe, expect, it } from 'vitest';
import { runsIntoTail, tailAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

const tail = (text: string, part: string) => {
  const s = setup(text);
  return tailAttribution(s.c, s.token(part))?.name ?? null;
};

describe('tailAttribution', () => {
  it.each([
    ['“We are ready,” Putin said.', 'Vladimir Putin'],
    ['“We are ready,” said Putin.', 'Vladimir Putin'],
    ['“We are ready,” according to Lavrov.', 'Sergei Lavrov'],
    ['“We are ready,” Lavrov told reporters on Friday.', 'Sergei Lavrov'],
    ['“We are ready,” TASS quoted Lavrov as saying.', 'Sergei Lavrov'],
  ])('%s', (text, name) => {
    expect(tail(text, 'ready')).toBe(name);
  });

  it('reads past a stray closing mark left by an inch sign inside the quote', () => {
    expect(tail('“He is like 6’2”,” Lavrov said on Sunday.', 'like 6')).toBe('Sergei Lavrov');
  });

  // From a news text the rules were not written against.
  it.each(['wailed', 'sobbed', 'muttered', 'snapped'])('takes "%s" before a resident named with her title', (verb) => {
    expect(tail(`“Oh God, don’t turn around,” ${verb} resident Ananda Syapin, as she fell to her knees.`, 'Oh God')).toBe('Ananda Syapin');
  });

  // From a news report the rules were not written against.
  it('takes the one named as recalled saying the words', () => {
    expect(tail('“I have your credit card and I love it,” he recalled Warren saying during their encounter.', 'credit card')).toBe('Warren');
    expect(tail('“I really want to try,” Mr. Mitchell recalled the president telling him.', 'really want')).toBe('Mitchell');
  });

  it('takes any verb straight after a name', () => {
    expect(tail('“Go back!” Trump barked.', 'Go back')).toBe('Donald Trump');
  });

  it('takes no attribution from the next sentence of the story after a full stop', () => {
    expect(tail('“We are ready.” Lavrov later flew to Ankara for a long round of meetings with officials there.', 'ready')).toBeNull();
  });

  it('takes none across a paragraph break', () => {
    expect(tail('“We are ready,”\nPutin said.', 'ready')).toBeNull();
  });
});

describe('tailAttribution: clauses after the quote that the plain forms miss', () => {
  it.each([
    // "as … put it": the subject starts after "as".
    ['The rule asks only for a “lawful source of income,” as the state auditor put it.', 'lawful', 'state auditor'],
    ['Voters were tired. “It is over,” as Sen. Ann Kerr puts it.', 'over', 'Ann Kerr'],
    // A subject with a chain of asides, one of them "one of …".
    ['“It is an overreach,” Dana Whitfield, the attorney general of Kansas, one of the states that sued, said on Monday.', 'overreach', 'Dana Whitfield'],
    // A description that opens the clause and the name set off after it.
    ['“Stand up!” Ortiz’s sister, state Del. Maria Ortiz, shouted to the crowd.', 'Stand', 'Maria Ortiz'],
    // A digit-slash-digit word inside the subject.
    ['“We want answers,” said 9/11 survivor Tom Reyes.', 'answers', 'Tom Reyes'],
  ])('%s', (text, part, name) => {
    expect(tail(text, part)).toContain(name);
  });
});

// Sentences written for the test.
describe('tailAttribution: subjects after the verb and before it', () => {
  it.each([
    ['“We will keep going,” added her campaign manager Robby Mook.', 'keep going', 'Robby Mook'],
    ['“It is a fight,” said retired Army Lt. Gen. Mark Hertling.', 'fight', 'Mark Hertling'],
    ['“Never,” said Trump ally Roger Stone.', 'Never', 'Roger Stone'],
    ['“The plan is dead,” Jonathan Martin and Alexander Burns wrote.', 'plan is dead', 'Jonathan Martin'],
  ])('%s', (text, part, name) => {
    expect(tail(text, part)).toBe(name);
  });

  it('takes no possessive description naming no one', () => {
    expect(tail('“We are tired,” said his wife.', 'tired')).toBeNull();
  });

  it('takes only a short sentence with any verb after a question', () => {
    expect(tail('“Who will pay for it?” Critics cited the question for weeks afterwards in their campaign ads.', 'pay for it')).toBeNull();
  });
});

describe('tailAttribution: words that lead into the next quote', () => {
  // Written for the test.
  it('leaves "He added, “…”" after a full stop to the next quote', () => {
    expect(tail('Lavrov spoke first. “We are ready.” He added, “The ball is in their court.”', 'We are ready')).toBeNull();
  });
  it('still takes a short attribution after a full stop', () => {
    expect(tail('“We are ready.” Lavrov said.', 'We are ready')).toBe('Sergei Lavrov');
  });
});

// Sentences written for the test, in the shape of news reports.
describe('runsIntoTail', () => {
  const runs = (text: string, part: string) => {
    const s = setup(text);
    return runsIntoTail(s.c, s.token(part));
  };
  it.each([
    ['When Lowe spoke at the rally, he “spoke for the teachers in this city,” said Dana Kells, a union member.', 'spoke for'],
    ['Reyes cannot claim that “from his side,” Kells added.', 'from his side'],
  ])('a quote closing its clause with a comma runs into the attribution: %s', (text, part) => {
    expect(runs(text, part)).toBe(true);
  });
  it.each([
    ['Lowe called it “a mess,” and Ortiz agreed.', 'a mess'],
    ['After Reyes said pupils might do better at “smaller schools,” Lowe said: “I do not like it.”', 'smaller schools'],
    ['As Lowe went on about “the rigged system,” Ortiz said yes again and again.', 'rigged system'],
    ['Lowe pledged to “fix the roads,” the Herald reported.', 'fix the roads'],
  ])('not a subordinate clause, a verb leading into a quote, or a paper reporting the clause: %s', (text, part) => {
    expect(runs(text, part)).toBe(false);
  });
  it('gives a partial quote to the attribution it runs into', () => {
    expect(speakerOf('When Tom Lowe spoke at the rally, he “spoke for the teachers in this city,” said Dana Kells, a union member.', 'spoke for')).toBe('Dana Kells');
  });
});

// Written for the test.
describe('tailAttribution: a body’s name with "and" in it', () => {
  it('takes the one named before the body, not the body’s last words', () => {
    expect(speakerOf('Engineers doubted it. “The pumps are failing,” Ann Lowe of the Department of Water and Power Supply wrote on Monday.', 'pumps')).toBe('Ann Lowe');
  });
});

// Written for the test.
describe('tailAttribution: two names after a description in lower case', () => {
  it.each([
    ['“The reef will not recover,” marine biologists Ann Ortiz and Tom Lowe wrote in a journal.', 'reef', 'Ann Ortiz'],
    ['“The tide will turn,” the economists Dana Kells and Raul Mendes of the Harbor Institute for Trade and Labor said.', 'tide', 'Dana Kells'],
  ])('%s', (text, part, name) => {
    expect(tail(text, part)).toBe(name);
  });
  it('leaves names after a verb and its object to the subject', () => {
    expect(speakerOf('Dana Kells met the press. “We will win,” she told reporters Ann Ortiz and Tom Lowe.', 'We will win')).toBe('Dana Kells');
  });
});

// Written for the test.
describe('tailAttribution: “was how X described it”', () => {
  it('gives the quote to the subject after “how”', () => {
    expect(speakerOf('“A disgrace,” was how Ann Ortiz described the ruling.', 'disgrace')).toBe('Ann Ortiz');
    expect(speakerOf('“Chaos” is how Tom Lowe put it.', 'Chaos')).toBe('Tom Lowe');
  });
  it('finds no one when no one is named there', () => {
    expect(speakerOf('“It works,” was how it looked.', 'It works')).toBeNull();
  });
  it('leaves the attribution to the other rules when no one puts it so after “how”', () => {
    expect(speakerOf('“Awful” was how the week went, Ann Ortiz told reporters.', 'Awful')).toBe('Ann Ortiz');
  });
});

// Written for the test.
describe('tailAttribution: “That was how X put it” after the quote', () => {
  it('gives the quote to the subject after “how”, a name after a description too', () => {
    expect(speakerOf('“We are broke.” That was how Ann Ortiz summed up the year.', 'broke')).toBe('Ann Ortiz');
    expect(speakerOf('“We are broke.” This is how the bakery’s owner, Ann Ortiz, put it.', 'broke')).toBe('Ann Ortiz');
  });
});
