/** Lower case, ё→е, every run of non-letters/digits → one space. For option values and free text. */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header key: case, ё/е, spaces and punctuation do not matter («Ф.И.О.» = «фио», «E-mail» = «email»). */
export function normalizeHeader(value: unknown): string {
  return normalizeText(String(value ?? '')).replace(/ /g, '');
}
