import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipText, gzipText } from '../../../src/lib/export/gzip.ts';

describe('gzipText', () => {
  const text = 'article,id,text\r\n2025-05-28-talks,q1,“We will not be rushed”\r\n'.repeat(50);

  it('round-trips UTF-8 text, and any gzip reader opens it', () => {
    expect(gunzipText(gzipText(text))).toBe(text);
    expect(gunzipSync(gzipText(text)).toString('utf8')).toBe(text);
  });

  it('writes the same bytes every time, with no time, name or operating system in the header', () => {
    const bytes = gzipText(text);
    expect(Buffer.from(gzipText(text)).equals(Buffer.from(bytes))).toBe(true);
    expect([...bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // no file name, no extra fields
    expect([...bytes.subarray(4, 8)]).toEqual([0, 0, 0, 0]); // no modification time
    expect(bytes[9]).toBe(255); // operating system: unknown
  });

  it('is much smaller than the text it holds', () => {
    expect(gzipText(text).length).toBeLessThan(text.length / 5);
  });
});
