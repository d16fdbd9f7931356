import { normalizeText } from '../sheets/normalize';

import { stem } from '../text/stem';

export { stem };

/** Words that carry no meaning for matching (prepositions, conjunctions, generic nouns of questionnaires). */
const STOP_WORDS = [
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'для',
  'к',
  'ко',
  'о',
  'об',
  'обо',
  'от',
  'до',
  'из',
  'за',
  'при',
  'не',
  'ни',
  'а',
  'но',
  'или',
  'как',
  'что',
  'это',
  'у',
  'же',
  'ли',
  'бы',
  'то',
  'так',
  'также',
  'их',
  'его',
  'ее',
  'мой',
  'свой',
  'работа',
  'помощь',
  'вопрос',
  'вопросы',
  'умение',
  'навык',
  'область',
  'сфера',
  'тема',
  'другое',
];

const STOP_STEMS = new Set(STOP_WORDS.flatMap((w) => [w, stem(w)]));

/** Distinct meaningful stems of a phrase, in order of first appearance. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeText(text).split(' ')) {
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    const s = stem(w);
    if (STOP_STEMS.has(w) || STOP_STEMS.has(s)) continue;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** A key for a short label such as a subject: «Математике» and «математика» give the same key. */
export function labelKey(text: string): string {
  return normalizeText(text)
    .split(' ')
    .filter((w) => w.length > 0)
    .map(stem)
    .join(' ');
}
