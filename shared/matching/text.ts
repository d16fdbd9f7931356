import { normalizeText } from '../sheets/normalize';

/**
 * Russian free text → comparable word stems, so «классное руководство» meets «классного руководства».
 * A light suffix stripper, not a full morphological analyser: it removes one inflectional ending, longest
 * first, keeping at least three letters of stem. Good enough for questionnaires.
 */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ией',
  'ьми',
  'ми',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ой',
  'ей',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ью',
  'ия',
  'ии',
  'ию',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

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

export function stem(word: string): string {
  for (const e of ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) return dropSoftSign(word.slice(0, -e.length));
  }
  return dropSoftSign(word);
}

// «деятельность» / «деятельности»: the soft sign belongs to the ending, not the stem.
const dropSoftSign = (w: string) => (w.length > 3 && w.endsWith('ь') ? w.slice(0, -1) : w);

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
