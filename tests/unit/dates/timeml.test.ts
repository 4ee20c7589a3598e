import { describe, expect, it } from 'vitest';
import { scoreTimexes, scoredValue } from '../../../eval/tempeval.ts';
import { readTimeml } from '../../../eval/timeml.ts';

const DOC = `<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that the AT&amp;T deal closed in <TIMEX3 tid="t2" type="DATE" value="2009">2009</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" value="P1M">a month</TIMEX3>, at <TIMEX3 tid="t4" type="TIME" value="2013-03-21T09:00">9 a.m. Thursday</TIMEX3>.
</TEXT></TimeML>`;

describe('readTimeml', () => {
  const doc = readTimeml('x.tml', DOC);

  it('reads the creation time and the plain text with entities decoded', () => {
    expect(doc.dct).toBe('2013-03-22');
    expect(doc.text).toContain('the AT&T deal closed in 2009');
    expect(doc.text).not.toContain('<');
  });

  it('gives every TIMEX3 in the text its offsets, type and value', () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Friday', 'DATE', '2013-03-22'],
      ['2009', 'DATE', '2009'],
      ['a month', 'DURATION', 'P1M'],
      ['9 a.m. Thursday', 'TIME', '2013-03-21T09:00'],
    ]);
  });

  it('scores DATE, and TIME cut to its day, but not DURATION', () => {
    expect(doc.timexes.map(scoredValue)).toEqual(['2013-03-22', '2009', undefined, '2013-03-21']);
  });

  it('says what is missing when a document has no creation time', () => {
    expect(() => readTimeml('bad.tml', '<TimeML><TEXT>x</TEXT></TimeML>')).toThrow(/bad\.tml: no TIMEX3 with functionInDocument="CREATION_TIME"/);
  });
});

describe('scoreTimexes', () => {
  it('counts strict, relaxed and value matches as TE3 does', () => {
    const doc = readTimeml('x.tml', DOC);
    const { metrics, n } = scoreTimexes([doc]);
    expect(n).toBe(3);
    expect(metrics.relaxed_span_recall).toBeGreaterThan(0);
    expect(metrics.value_f1).toBeLessThanOrEqual(metrics.relaxed_span_f1!);
    expect(metrics.strict_span_f1).toBeLessThanOrEqual(metrics.relaxed_span_f1!);
  });
});
