import { describe, expect, it } from 'vitest';
import { tailAttribution } from '../../../../src/lib/speakers/rules/index.ts';
import { setup } from './setup.ts';

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
