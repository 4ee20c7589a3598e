import { describe, expect, it } from 'vitest';
import { findBareYears } from '../../../../src/lib/dates/rules/bare-years.ts';

const found = (text: string) => findBareYears(text).map((y) => y.text);

describe('findBareYears', () => {
  it('finds years standing alone', () => {
    expect(found('Obama won in 2008 and again in 2012; the 2016 race was different.')).toEqual(['2008', '2012', '2016']);
    expect(found('the pandemic of 2009-2010')).toEqual(['2009', '2010']);
  });
  it('leaves counts, amounts and parts of numbers alone', () => {
    expect(found('The petition got 2008 signatures and cost $2010, or 12,2015.5 units.')).toEqual([]);
    expect(found('Route 2001 and No. 1999')).toEqual([]);
  });
});
