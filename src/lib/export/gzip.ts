/**
 * The open-data exports are published gzip-compressed (`corpus.json.gz`, `quotes.csv.gz`,
 * `claims.csv.gz`). They compress about nine to one: at ten thousand articles the three files
 * are 95 MB as text and 10 MB compressed, which is a shorter download for whoever uses the
 * data and a smaller site for the host. `gunzip corpus.json.gz`, or any gzip-aware reader
 * (`pandas.read_csv`, `zcat`), opens them.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Byte 9 of a gzip header names the operating system that wrote it; 255 is "unknown". */
const OS_BYTE = 9;
const OS_UNKNOWN = 255;

/**
 * `text` as UTF-8, gzip-compressed at zlib's default level (level 9 is a third slower on a
 * rebuild for 2% less), the same bytes on every machine: zlib writes no file name
 * and a zero time into the header, and the operating-system byte is set to "unknown" (zlib
 * would write the one it was built for).
 *
 * @example gunzipText(gzipText('a,b\r\n')) // 'a,b\r\n'
 */
export function gzipText(text: string): Uint8Array<ArrayBuffer> {
  const bytes = gzipSync(Buffer.from(text, 'utf8'));
  bytes[OS_BYTE] = OS_UNKNOWN;
  return new Uint8Array(bytes);
}

/** The text of a gzip-compressed UTF-8 file. */
export function gunzipText(bytes: Uint8Array): string {
  return gunzipSync(bytes).toString('utf8');
}

/** An export's response: `text` gzip-compressed, as a download of that type. */
export const gzipResponse = (text: string): Response => new Response(gzipText(text), { headers: { 'Content-Type': 'application/gzip' } });
