/** Splitting a «Ответственные» cell into the people it names. */
import { cleanText } from './text';

const INITIALS_NAME = /[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?/u;

const GLUED = new RegExp(`(${INITIALS_NAME.source})\\s+(?=[А-ЯЁ][а-яё])`, 'gu');

/**
 * «В.П.Кись – методист МБУ ЦОДУО, руководители ОУ» → two people; «К.К.Бирюкова Руководители РМО» (a lost
 * comma) → two as well: a name with initials directly followed by a capitalised word starts a new entry.
 */
export function splitResponsible(text: string): string[] {
  const clean = cleanText(text);
  if (!clean) return [];
  return clean
    .replace(GLUED, '$1; ')
    .split(/\s*[;,\n]\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
