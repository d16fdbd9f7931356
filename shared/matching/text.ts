/**
 * Matching's words: shared/text's stems with the generic nouns of questionnaires («работа», «помощь», «навык»)
 * left out too, since every request and competency may carry them.
 */
import { labelKey, stem, stopWords, stems as textStems } from '../text';

export { labelKey, stem };

/** Stop words plus the nouns a questionnaire's answers share whatever their topic. */
const MATCHING_STOP = stopWords(
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
);

/** Distinct meaningful stems of a request or competency, in order of first appearance. */
export function stems(text: string): string[] {
  return textStems(text, MATCHING_STOP);
}
