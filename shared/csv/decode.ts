/** A CSV file's bytes as text: strict UTF-8 when it is valid, windows-1251 otherwise (what Excel saves in Russian Windows). */
import { decodeCp1251 } from './cp1251';

export type CsvEncoding = 'utf-8' | 'windows-1251';

/** Strict UTF-8 check: any invalid sequence means the file is not UTF-8 (a cp1251 file almost never passes). */
function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

function decodeUtf8(bytes: Uint8Array): string {
  // For Apps Script's V8, which has no TextDecoder (decodeCsvBytes uses the platform's elsewhere); input is
  // already validated.
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      cp =
        ((b & 0x07) << 18) |
        ((bytes[i + 1]! & 0x3f) << 12) |
        ((bytes[i + 2]! & 0x3f) << 6) |
        (bytes[i + 3]! & 0x3f);
      i += 4;
    }
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** The platform's decoder (browsers, Node): `null` where there is none or it lacks the encoding. */
function platformDecoder(label: CsvEncoding): { decode: (b: Uint8Array) => string } | null {
  const TD = (globalThis as { TextDecoder?: typeof TextDecoder }).TextDecoder;
  if (!TD) return null;
  try {
    // fatal: an invalid UTF-8 sequence throws, which is how a Windows-1251 file is told apart.
    return new TD(label, { fatal: label === 'utf-8' });
  } catch {
    return null;
  }
}

/**
 * Bytes of a CSV file → text: UTF-8 (with or without BOM) or Windows-1251 as Russian Excel saves it.
 * The platform's TextDecoder where there is one (the extension, Node); the hand-written decoders only where
 * there is none — Apps Script's V8, which imports roadmap and bank CSV files in the add-on.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = platformDecoder('utf-8');
  const cp1251 = platformDecoder('windows-1251');
  if (utf8 && cp1251) {
    try {
      return { text: utf8.decode(body), encoding: 'utf-8' };
    } catch {
      if (bom) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
      return { text: cp1251.decode(bytes), encoding: 'windows-1251' };
    }
  }
  if (bom) return { text: decodeUtf8(body), encoding: 'utf-8' };
  if (isValidUtf8(bytes)) return { text: decodeUtf8(bytes), encoding: 'utf-8' };
  return { text: decodeCp1251(bytes), encoding: 'windows-1251' };
}
