/**
 * The zip container of .docx/.xlsx/.ods, through fflate: small (the inflater and zip reader tree-shake
 * to a few KB), no dependencies, synchronous and the same in Node and the browser, well kept.
 */
import { strFromU8, unzipSync } from 'fflate';

/** A part larger than this (as the zip declares it) is not read: a real roadmap's XML is well under 1 MB. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  // «PK\3\4» (a local file header) or «PK\5\6» (an empty archive's end record).
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

export interface ZipParts {
  /** Every entry name in the archive (read from its directory; nothing is inflated for this). */
  names: Set<string>;
  /** The text of a part as UTF-8, or null when it is absent, too large or broken. */
  text(name: string): string | null;
}

/** Opens an archive; null when it is not a readable zip. Parts are inflated one at a time, on demand. */
export function openZip(bytes: Uint8Array): ZipParts | null {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  const text = (name: string): string | null => {
    if (!names.has(name)) return null;
    try {
      const out = unzipSync(bytes, {
        filter: (f) =>
          f.name === name && f.originalSize <= MAX_PART_BYTES && (f.compression === 0 || f.compression === 8),
      });
      const data = out[name];
      return data ? strFromU8(data).replace(/^\ufeff/, '') : null;
    } catch {
      return null;
    }
  };
  return { names, text };
}

/** A path relative to a part's folder, resolved as OPC relationships are («../media/x» from «xl/»). */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter((p) => p !== '');
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
