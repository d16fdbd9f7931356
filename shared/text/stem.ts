/**
 * The one Russian stemmer of the product (matching requests to competencies, reading portal labels): the
 * Snowball Russian algorithm (snowballstem.org, via @orama/stemmers, 7 KB), so «обучающихся» meets
 * «обучающимися» and «педагогических» meets «педагогическими», with one correction of ours for participles.
 */
import { stemmer as snowball } from '@orama/stemmers/russian';

const cache = new Map<string, string>();

export function stem(word: string): string {
  if (!/[а-яё]/.test(word)) return word;
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = snowball(word.replace(/ё/g, 'е'));
  // Full and short passive participles alike: Snowball leaves «выполненных» → «выполнен» but «выполнено» →
  // «выполн», «вовлечённых» → «вовлечен» but «вовлечены» → «вовлеч». The suffix -ен-/-нн- is dropped from
  // stems long enough to be a verb's, so a table row «выполнено» meets the catalog's «выполненных».
  if (out.length >= 7 && /[^аеиоуыэюя]ен$/.test(out)) out = out.slice(0, -2);
  // The old instrumental plural in -ьми («детьми», «людьми») that Snowball keeps: «детьм» → «дет» as «дети».
  else if (out.length >= 5 && out.endsWith('ьм')) out = out.slice(0, -2);
  if (cache.size > 20_000) cache.clear();
  cache.set(word, out);
  return out;
}
