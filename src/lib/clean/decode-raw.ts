/**
 * Raw bytes of a scraped file → text the cleaner can work on: UTF-8 only (a byte order mark
 * is dropped), no NUL bytes, line ends normalised to "\n". Anything else is an error that
 * names the file, the line and the byte offset, so nothing is silently mangled.
 */
import { FactlineError, problem } from '../errors/index.ts';

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i; // sequence cut off by the end of the file
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and byte column of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function decodeRaw(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FactlineError(problem(file, 'the file is UTF-16 encoded', { line: 1, column: 1, hint: 'save it as UTF-8 and import it again' }));
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new FactlineError(
      problem(file, `invalid UTF-8 at byte offset ${bad} (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`, {
        ...position(bytes, bad),
        hint: 'convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) and import it again',
      }),
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new FactlineError(
      problem(file, `NUL byte at byte offset ${nul}: this looks like a binary file, not text`, { ...position(bytes, nul), hint: 'import the plain-text article, not a binary or UTF-16 file' }),
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)).replace(/\r\n?/g, '\n');
}
