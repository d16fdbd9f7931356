// The one list of Russian months (shared/text/months.ts): every spelling the roadmap's deadlines, the sheets'
// date cells and the autofill's month lists must read, and the words none of them may take for a month.
import { describe, expect, it } from 'vitest';
import { MONTH_WORD, monthNumber } from '../../../shared/text';

/** Twelve words, January to December, written as one line. */
const twelve = (line: string) => line.split(' ');
const NOMINATIVE = twelve('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь');
const GENITIVE = twelve('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
// «в январе», «к январю»: the prepositional and dative cases roadmaps write («в мае», «к сентябрю»).
const PREPOSITIONAL = twelve(
  'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре',
);
const DATIVE = twelve('январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю');
// Russian dates abbreviate with a dot («сент.», «нояб.»); spreadsheet formats and month lists use three letters.
const DOTTED = twelve('янв. февр. мар. апр. мая июня июля авг. сент. окт. нояб. дек.');
const THREE = twelve('янв фев мар апр май июн июл авг сен окт ноя дек');

const whole = new RegExp(`^${MONTH_WORD}$`);

describe('monthNumber and MONTH_WORD: one list of the Russian months', () => {
  for (const [name, words] of Object.entries({ NOMINATIVE, GENITIVE, PREPOSITIONAL, DATIVE, DOTTED, THREE }))
    it(`reads every month ${name.toLowerCase()}`, () => {
      expect(words.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(words.filter((w) => !whole.test(w))).toEqual([]);
    });

  it('ignores case, ё and the spaces around; «мар» is March and «май» May, not one another', () => {
    expect(['Январь', 'СЕНТ.', ' Мая ', 'Сен'].map(monthNumber)).toEqual([1, 9, 5, 9]);
    expect(monthNumber('мар')).toBe(3);
    expect(monthNumber('май')).toBe(5);
    expect(monthNumber('ма')).toBe(0);
  });

  it('takes no other word for a month: an abbreviation is a whole word', () => {
    for (const word of ['декада', 'сентиментальный', 'марафон', 'январский', 'октет', 'малая', 'июнь2', ''])
      expect(monthNumber(word), word).toBe(0);
    const found = (text: string) => [...text.matchAll(new RegExp(MONTH_WORD, 'g'))].map((m) => m[0]);
    expect(found('декада марафон сентиментальный')).toEqual([]);
    expect(found('до 15 сент. 2025, 1 дек 2025')).toEqual(['сент.', 'дек']);
    // A month written out is read from its start: «Январьапрель» (a lost dash) is two months.
    expect(found('январьапрель')).toEqual(['январь', 'апрель']);
  });
});
