/** Server messages of the pairs' year (plans, re-pairing, closing, «Лучшая пара»), Russian. Folded into strings.ts as `S.year`. */
const q = (s: string) => `«${s}»`;

export const YEAR_ADDON_STRINGS = {
  planExists: (pairId: string, n: number) =>
    `У пары ${q(pairId)} уже есть план на листе «Планы пар» (пунктов: ${n}). Правьте его там или удалите строки, чтобы заполнить заново.`,
  planFilled: (pairId: string, n: number, noDate: number) =>
    `План пары ${q(pairId)} записан на лист «Планы пар»: пунктов ${n}.` +
    (noDate > 0 ? ` Без даты: ${noDate} (проверьте срок или дату начала пары на листе «Пары»).` : ''),
  noStart: (pairId: string) =>
    `У пары ${q(pairId)} не указана «Дата начала» на листе «Пары»: сроки «после закрепления» останутся без даты, пока её нет.`,
  badSource: 'Выберите план: стандартный для формы наставничества или свой.',
  repairNothing: (pairId: string) =>
    `Для наставляемых пары ${q(pairId)} нет другого подходящего наставника со свободным местом.`,
  notChosen: (pairId: string, menteeId: string) =>
    `Наставляемый ${q(menteeId)} не из пары ${q(pairId)}: переподбор меняет только её наставляемых.`,
  repaired: (oldId: string, newIds: string[]) =>
    `Пара ${q(oldId)} прекращена, закреплены: ${newIds.map(q).join(', ')}. Проект приказа об изменении состава пар создан.`,
  closed: (pairId: string, finished: number) =>
    `Пара ${q(pairId)} завершена. Наставляемых со статусом «Завершил»: ${finished}.`,
  changeOrderDocName: (date: string) =>
    `Проект приказа о внесении изменений в состав наставнических пар от ${date}`,
} as const;
