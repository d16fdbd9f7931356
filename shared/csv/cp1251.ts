/**
 * Windows-1251, as Russian Excel saves CSV. Written by hand for Apps Script, which has no TextDecoder (the
 * add-on reads bank and roadmap CSV files); where the platform has one, decodeCsvBytes uses it instead.
 * 0x98 is unassigned in the code page and maps to U+0098, as the WHATWG Encoding Standard (TextDecoder) does.
 */
const HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї' +
  'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';

export function decodeCp1251(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : HIGH[b - 0x80];
  return out;
}

const ENCODE = new Map<string, number>([...HIGH].map((ch, i) => [ch, i + 0x80]));

/** For tests and for exporting to old Excel: characters outside the code page become «?». */
export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) out[i++] = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (ENCODE.get(ch) ?? 0x3f);
  return out.subarray(0, i);
}
