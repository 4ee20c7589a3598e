import { describe, expect, it } from 'vitest';
import { speakerOf } from './setup.ts';

// Sentences written for the test, in the shape of news reports.
describe('echoedSpeaker', () => {
  it.each([
    ['“She keeps her old friends,” Tom Lowe said at a rally. That makes the mayor “a safe pair of hands” in his eyes.', 'safe pair'],
    ['“The rules are broad,” Tom Lowe added. But that is a long way from “a licence to spend as they please.”', 'licence to spend'],
  ])('goes on in the voice of the quote before: %s', (text, part) => {
    expect(speakerOf(text, part)).toBe('Tom Lowe');
  });

  it('leaves a sentence that names someone, or has a subject pronoun, or comes after a sentence with no quote', () => {
    expect(speakerOf('“It is over,” Tom Lowe said. Ann Ortiz found it “odd” all the same.', 'odd')).toBe('Ann Ortiz');
    expect(speakerOf('“It is over,” Tom Lowe said. We have watched a “quiet deal” like it before.', 'quiet deal')).toBeNull();
    expect(speakerOf('“It is over,” Tom Lowe said. The vote came late. That makes it “a done deal” for now.', 'done deal')).toBeNull();
  });
});
