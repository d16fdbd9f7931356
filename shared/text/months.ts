/** The Russian month names, once: each month's stem, its case endings and its abbreviations, as a regex and a number. */

/**
 * January to December. `stem` takes the case endings of its kind: 'soft' (январь, января, январе, январю), 'hard'
 * (март, марта, марте, марту), 'may' (май, мая, мае, маю). `short`: the abbreviations in use, dotted («сент.»,
 * «нояб.», as in Russian dates) or not («сен», «ноя», as in spreadsheet formats and month lists).
 */
const MONTHS = [
  { stem: 'январ', kind: 'soft', short: ['янв'] },
  { stem: 'феврал', kind: 'soft', short: ['фев', 'февр'] },
  { stem: 'март', kind: 'hard', short: ['мар'] },
  { stem: 'апрел', kind: 'soft', short: ['апр'] },
  { stem: 'ма', kind: 'may', short: [] },
  { stem: 'июн', kind: 'soft', short: ['июн'] },
  { stem: 'июл', kind: 'soft', short: ['июл'] },
  { stem: 'август', kind: 'hard', short: ['авг'] },
  { stem: 'сентябр', kind: 'soft', short: ['сен', 'сент'] },
  { stem: 'октябр', kind: 'soft', short: ['окт'] },
  { stem: 'ноябр', kind: 'soft', short: ['ноя', 'нояб'] },
  { stem: 'декабр', kind: 'soft', short: ['дек'] },
] as const;

const ENDINGS = { soft: '[ьяею]', hard: '[аеу]?', may: '[йяею]' } as const;

/** A month written out, in any case: the stem and its ending. */
const FULL = MONTHS.map((m) => `${m.stem}${ENDINGS[m.kind]}`);
const SHORT = MONTHS.map((m) => (m.short.length > 0 ? `(?:${m.short.join('|')})` : null));

/**
 * The regex source (no capturing group) of one month word in lower-case text: written out in any case (what
 * follows is not looked at: «Январьапрель» is two months), or abbreviated, as a whole word with or without its
 * dot («сент.», «сен»; never the start of «сентиментальный» or «декада»). Callers lower-case first, ё as е.
 */
export const MONTH_WORD = `(?:${[
  ...FULL,
  ...SHORT.flatMap((s) => (s === null ? [] : [`${s}(?:\\.|(?![а-яё]))`])),
].join('|')})`;

/** Each month as a whole word: written out in any case, or abbreviated with or without the dot. */
const ONE_MONTH = MONTHS.map((_, i) => {
  const short = SHORT[i];
  return new RegExp(`^(?:${FULL[i]}${short ? `|${short}\\.?` : ''})$`);
});

/**
 * The month (1–12) a word names: «январь», «января», «в январе» (its word), «янв.», «сент», «май», «мая»; 0 for
 * anything else («январский», «ма»). Case, ё and the spaces around do not matter.
 */
export function monthNumber(word: string): number {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е');
  return ONE_MONTH.findIndex((re) => re.test(w)) + 1;
}
