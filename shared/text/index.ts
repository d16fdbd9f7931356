/** Russian text for the whole product: normalising, words and stop words, stems, month names, and how dates and numbers are shown. */
export { ruDate, ruNumber, shownValue } from './display';
export { MONTH_WORD, monthNumber } from './months';
export { normalizeHeader, normalizeText } from './normalize';
export { stem } from './stem';
export { labelKey, STOP_WORDS, stems, stopWords, words } from './tokens';
