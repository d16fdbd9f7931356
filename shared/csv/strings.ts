/** The CSV reader's messages (a broken quote, a row of the wrong width), Russian and English. */
import { localized, type Shape } from '../text/locale';

const RU = {
  missingQuotes: 'незакрытая кавычка',
  invalidQuotes: 'лишняя кавычка внутри ячейки',
  tooFewFields: 'в строке меньше ячеек, чем в заголовке',
  tooManyFields: 'в строке больше ячеек, чем в заголовке',
  other: 'ошибка формата CSV',
};

const EN: Shape<typeof RU> = {
  missingQuotes: 'a quote is not closed',
  invalidQuotes: 'a stray quote inside a cell',
  tooFewFields: 'the line has fewer cells than the header',
  tooManyFields: 'the line has more cells than the header',
  other: 'a CSV format error',
};

export const CSV_STRINGS = localized(RU, EN);
