import { describe, expect, it } from 'vitest';
import { participleSubject } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const hung = (text: string, participle: string, part: string) => {
  const s = setup(text);
  return participleSubject(s.c, s.word(participle), s.sentenceStart(part))?.name ?? null;
};

describe('participleSubject', () => {
  it('takes the subject of the reporting verb before the comma', () => {
    // From the Bangor Daily News (AP), February 26, 2016.
    const text =
      'Trump, who stood smiling next to Christie as the governor gave his endorsement, called it “a very big endorsement.” He added the endorsement means a lot to him and his campaign, calling it “the one endorsement” he wanted most.';
    expect(hung(text, 'calling', 'the one endorsement')).toBe('Donald Trump');
  });

  it('takes the closing attribution of a paraphrase, not the paraphrase’s subject', () => {
    // Written for the test.
    expect(hung('Trump and Putin will meet on Monday, Peskov said, adding, “There is no deadline.”', 'adding', 'deadline')).toBe('Peskov');
  });

  it('takes an inverted attribution after a quote', () => {
    // Written for the test.
    expect(hung('“We are ready,” said Lavrov at the briefing, adding that “the ball is in their court.”', 'adding', 'ball')).toBe('Sergei Lavrov');
  });

  it('takes the subject that opens the clause', () => {
    // Written for the test, in the shape of wire reports of endorsements.
    expect(hung('Sen. Lindsey Graham threw his support behind the bill Wednesday, saying it is time for “a real deal.”', 'saying', 'real deal')).toBe('Lindsey Graham');
  });

  it('takes the subject of an earlier participle joined by "and"', () => {
    // Written for the test.
    expect(hung('Kyiv responded within hours, with Zelensky calling the plan “a trap” and adding, “We will not give up our land.”', 'adding', 'give up')).toBe(
      'Volodymyr Zelensky',
    );
  });

  it('takes the clause’s subject for a participle joined to any participle phrase', () => {
    // Written for the test.
    const text = 'In June, after Ann Carver fell ill, Jim Ortiz emailed her, addressing her as “Annie” and telling her, “You are a rock.”';
    expect(hung(text, 'telling', 'rock')).toBe('Jim Ortiz');
  });

  it('takes a subject set off by a chain of asides', () => {
    // Written for the test.
    const text = '81-year-old Paul Ingram, founder of the Harbor Trust, NAACP member in the 1970s and longtime county treasurer, backed Ortiz on Friday, saying she “has always listened to the county.”';
    expect(hung(text, 'saying', 'always listened')).toBe('Paul Ingram');
  });
});
