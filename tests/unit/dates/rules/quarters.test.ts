import { describe, expect, it } from 'vitest';
import { findQuarters } from '../../../../src/lib/dates/rules/quarters.ts';

const found = (text: string, published: string) => findQuarters(text, published).map((d) => [d.text, d.value]);

describe('findQuarters', () => {
  it('puts a reported quarter in the year it ended', () => {
    expect(found('Third-quarter profit fell 5%.', '1989-11-02')).toEqual([['Third-quarter', '1989-Q3']]);
    expect(found('Revenue in the third quarter rose.', '1990-01-30')).toEqual([['the third quarter', '1989-Q3']]);
  });
  it('takes the quarter just ended as the one reported on, in any tense', () => {
    expect(found('The refiner will post a third-quarter loss of $4 million.', '2025-10-20')).toEqual([['third-quarter', '2025-Q3']]);
    expect(found('The bank will release fourth-quarter results next week.', '2026-01-09')).toEqual([['fourth-quarter', '2025-Q4']]);
    expect(found('Revenue for the latest quarter should top $28 million.', '2025-11-14')).toEqual([['the latest quarter', '2025-Q3']]);
  });
  it('looks ahead for a future quarter outside the reporting season', () => {
    expect(found('The sale is expected to close in the third quarter.', '2025-12-15')).toEqual([['the third quarter', '2026-Q3']]);
  });
  it('reads a year given with it', () => {
    expect(found('Sales rose in the fourth quarter of 2023.', '2024-03-01')).toEqual([['the fourth quarter of 2023', '2023-Q4']]);
    expect(found("next year's first quarter", '1989-11-02')).toEqual([["next year's first quarter", '1990-Q1']]);
  });
  it('takes "the quarter" as the one last named', () => {
    expect(found('Third-quarter sales rose; in the quarter, costs fell.', '1989-11-02').at(-1)).toEqual(['the quarter', '1989-Q3']);
  });
});
