/** Server messages of the pairs' year (plans, re-pairing, closing, «Лучшая пара»), Russian. Folded into strings.ts as `S.year`. */
import type { Shape } from '../../../shared/text/locale';

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

const en = (s: string) => `«${s}»`;

/** The same in English (`S.year` when the user's locale is English); document names stay Russian (data). */
export const YEAR_ADDON_STRINGS_EN: Shape<typeof YEAR_ADDON_STRINGS> = {
  planExists: (pairId, n) =>
    `Pair ${en(pairId)} already has a plan on the sheet «Планы пар» (${n} items). Edit it there, or delete its rows to fill it again.`,
  planFilled: (pairId, n, noDate) =>
    `The plan of pair ${en(pairId)} is written to «Планы пар»: ${n} items.` +
    (noDate > 0 ? ` Without a date: ${noDate} (check the deadline or the pair’s start date on «Пары»).` : ''),
  noStart: (pairId) =>
    `Pair ${en(pairId)} has no «Дата начала» on «Пары»: deadlines «after assignment» stay without a date until it is set.`,
  badSource: 'Choose a plan: the standard one for the mentoring form, or your own.',
  repairNothing: (pairId) =>
    `For the mentees of pair ${en(pairId)} there is no other suitable mentor with a free place.`,
  notChosen: (pairId, menteeId) =>
    `Mentee ${en(menteeId)} is not in pair ${en(pairId)}: re-pairing changes only its mentees.`,
  repaired: (oldId, newIds) =>
    `Pair ${en(oldId)} is ended; assigned: ${newIds.map(en).join(', ')}. A draft order changing the pairs is created.`,
  closed: (pairId, finished) =>
    `Pair ${en(pairId)} is finished. Mentees with the status «Завершил»: ${finished}.`,
  changeOrderDocName: YEAR_ADDON_STRINGS.changeOrderDocName,
};
