import { describe, expect, it } from 'vitest';
import { headAttribution, viewpointHolder } from '../../../../src/lib/speakers/rules/index.ts';
import { setup, speakerOf } from './setup.ts';

// Written for the test.
describe('viewpointHolder', () => {
  it('gives a quote in a sentence opening with "To X," to X', () => {
    const s = setup('To Lena Okafor, the mayor is the “kind-hearted” man who saved the ferry.');
    expect(viewpointHolder(s.c, s.token('kind-hearted'))?.name).toBe('Lena Okafor');
    expect(headAttribution(s.c, s.token('kind-hearted'))?.speaker.name).toBe('Lena Okafor');
  });
  it('names the one the sentence opens with, not a "To" taken into the name', () => {
    expect(speakerOf('Lena Okafor runs the ferry. To Okafor, the mayor is the “kind-hearted” man who saved it.', 'kind-hearted')).toBe('Lena Okafor');
  });
  it('leaves a quote that a verb of saying attributes to that verb', () => {
    expect(speakerOf('To Okafor, Tom Lowe said the levy was “a sham.”', 'sham')).toBe('Tom Lowe');
  });
  it('takes no phrase that is not a name: "To be sure," "To date,"', () => {
    for (const text of ['To be sure, the levy is “a sham.”', 'To date, the levy is “a sham.”']) {
      const s = setup(text);
      expect(viewpointHolder(s.c, s.token('sham'))).toBeUndefined();
    }
  });
});
