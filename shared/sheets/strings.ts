/** Russian texts of the row codec's date problems (shown as «Строка N, столбец «…»: …» by formatIssue). */
export const SHEET_STRINGS = {
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
};
