import { describe, expect, it } from 'vitest';
import { speakerOf } from './setup.ts';

// From news texts the rules were not written against.
describe('asPutIt', () => {
  it('gives the quote to the one an "as … put it" clause names', () => {
    expect(speakerOf('Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the gate.”', 'barbarians')).toBe('Tom Ridge');
    expect(speakerOf('As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees, “Imagine a world where we are not looking up.”', 'Imagine')).toBe('Jeff Weiner');
  });
  it('takes no "as" clause that does not lead into the quote', () => {
    expect(speakerOf('As Lowe left the hall, the crowd chanted “four more years.”', 'four more')).not.toBe('Lowe');
  });
});
