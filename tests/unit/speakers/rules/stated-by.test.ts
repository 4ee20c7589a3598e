import { describe, expect, it } from 'vitest';
import { statedBy } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

const stated = (text: string, part: string) => {
  const s = setup(text);
  return statedBy(s.c, s.token(part))?.speaker.name ?? null;
};

describe('statedBy', () => {
  it('takes the agent of a passive attribution in the next sentence', () => {
    expect(stated('He noted the “striking” difference. This was stated by Foreign Minister Sergei Lavrov.', 'striking')).toBe('Sergei Lavrov');
    expect(stated('He noted the “striking” difference. It has been said by Lavrov.', 'striking')).toBe('Sergei Lavrov');
  });

  it('does not reach into the next paragraph', () => {
    expect(stated('He noted the “striking” difference.\nThis was stated by Lavrov.', 'striking')).toBeNull();
  });

  it('needs a reporting verb', () => {
    expect(stated('He noted the “striking” difference. This was built by Lavrov.', 'striking')).toBeNull();
  });
});
