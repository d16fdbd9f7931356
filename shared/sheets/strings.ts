/**
 * The row codec's messages (a bad cell, a repeated ID, a possible repeat, a missing header), in Russian and
 * English: the surface's language chooses (shared/text/locale). Shown as «Строка N, столбец «…»: …» by formatIssue.
 */
import { localized, type Shape } from '../text/locale';

const UNDECIDED =
  'В подбор пар не идёт, пока куратор не решит: разные люди — впишите «нет» в столбец «Возможный повтор», один человек — оставьте одну строку.';

const RU = {
  badDate: 'неверная дата',
  notADate: (raw: string) => `ожидается дата в виде ДД.ММ.ГГГГ, а не «${raw}»`,
  notADateValue: (v: number) => `ожидается дата, а не «${v}»`,
  noSuchDate: (raw: string) => `нет такой даты: «${raw}»`,
  yearOutOfRange: (raw: string) => `год вне допустимых пределов: «${raw}»`,
  birthInFuture: (raw: string) => `дата рождения «${raw}» ещё не наступила; проверьте год`,
  birthTooYoung: (raw: string, min: number) =>
    `по дате рождения «${raw}» человеку меньше ${min} лет; проверьте год`,
  birthTooOld: (raw: string, max: number) =>
    `по дате рождения «${raw}» человеку больше ${max} лет; проверьте год`,
  badDateTime: 'неверные дата и время',
  notADateTime: (raw: string) => `ожидаются дата и время, а не «${raw}»`,
  notBoolean: (raw: string) => `ожидается «да» или «нет», а не «${raw}»`,
  notNumber: (integer: boolean, raw: string) =>
    `ожидается ${integer ? 'целое число' : 'число'}, а не «${raw}»`,
  badEmail: (raw: string) => `неверный адрес электронной почты «${raw}»`,
  unknownOption: (raw: string, allowed: string) => `неизвестное значение «${raw}»; допустимо: ${allowed}`,
  empty: 'не заполнено',
  noHeader: (sheet: string) => `На листе «${sheet}» не найдена строка заголовков.`,
  noRequired: (sheet: string, names: string) =>
    `На листе «${sheet}» нет обязательного столбца ${names}. Добавьте его или запустите «Настроить листы».`,
  repeatedColumn: 'этот столбец повторяет другой с тем же смыслом и не читается',
  duplicateId: (id: string, first: number) => `ID «${id}» уже есть в строке ${first}; строка пропущена`,
  markedRepeat: (mark: string) => `отмечено как возможный повтор (${mark}). ${UNDECIDED}`,
  sameEmail: (row: number) => `похоже на повтор строки ${row}: тот же e-mail. ${UNDECIDED}`,
  sameName: (row: number) => `возможно, тот же человек, что в строке ${row}: те же ФИО. ${UNDECIDED}`,
  rowColumn: (row: number, column: string, message: string) =>
    `Строка ${row}, столбец «${column}»: ${message}`,
};

const UNDECIDED_EN =
  'Not paired until the curator decides: different people — write «нет» in the column «Возможный повтор»; one person — keep one row.';

const EN: Shape<typeof RU> = {
  badDate: 'invalid date',
  notADate: (raw) => `a date dd.mm.yyyy is expected, not «${raw}»`,
  notADateValue: (v) => `a date is expected, not «${v}»`,
  noSuchDate: (raw) => `no such date: «${raw}»`,
  yearOutOfRange: (raw) => `the year is out of range: «${raw}»`,
  birthInFuture: (raw) => `the date of birth «${raw}» is in the future; check the year`,
  birthTooYoung: (raw, min) => `by the date of birth «${raw}» the person is under ${min}; check the year`,
  birthTooOld: (raw, max) => `by the date of birth «${raw}» the person is over ${max}; check the year`,
  badDateTime: 'invalid date and time',
  notADateTime: (raw) => `a date and time are expected, not «${raw}»`,
  notBoolean: (raw) => `«да» (yes) or «нет» (no) is expected, not «${raw}»`,
  notNumber: (integer, raw) => `${integer ? 'a whole number' : 'a number'} is expected, not «${raw}»`,
  badEmail: (raw) => `invalid e-mail address «${raw}»`,
  unknownOption: (raw, allowed) => `unknown value «${raw}»; allowed: ${allowed}`,
  empty: 'empty',
  noHeader: (sheet) => `No header row found on the sheet «${sheet}».`,
  noRequired: (sheet, names) =>
    `The sheet «${sheet}» has no required column ${names}. Add it or run «Set up or repair the sheets».`,
  repeatedColumn: 'this column repeats another with the same meaning and is not read',
  duplicateId: (id, first) => `the ID «${id}» is already in row ${first}; the row is skipped`,
  markedRepeat: (mark) => `marked as a possible repeat (${mark}). ${UNDECIDED_EN}`,
  sameEmail: (row) => `looks like a repeat of row ${row}: the same e-mail. ${UNDECIDED_EN}`,
  sameName: (row) => `may be the same person as in row ${row}: the same full name. ${UNDECIDED_EN}`,
  rowColumn: (row, column, message) => `Row ${row}, column «${column}»: ${message}`,
};

export const SHEET_STRINGS = localized(RU, EN);
