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
  // The weekly digest (reminders.ts).
  digestOverQuota: (quota: number) =>
    `дневной лимит писем Google исчерпан (оставалось ${quota}); письмо не отправлено, следующая сводка — через неделю`,
  digestRun: (sent: number, late: number, quota: number) =>
    `Отправлено писем: ${sent}.` +
    (late > 0
      ? ` Не поместились в дневной лимит Google (оставалось ${quota}): ${late} — рассылка остановлена до лимита, см. «Журнал напоминаний».`
      : ''),
  digestAskEnable:
    'Включить еженедельную сводку? По понедельникам утром куратору (на адрес вашего аккаунта) придёт письмо: пары, которым нужна встреча, ' +
    'и пункты «Планов пар», срок которых прошёл или скоро наступит. Каждое письмо записывается на лист «Журнал напоминаний».',
  digestAskMentors:
    'Отправлять сводку и наставникам — каждому только о его парах? Письма получат только наставники с согласием на обработку ПД и e-mail в банке.',
  digestAskDisable: (mentors: boolean) =>
    `Еженедельная сводка включена${mentors ? ' (куратору и наставникам)' : ' (куратору)'}. Выключить?`,
  digestEnabled: (mentors: boolean) =>
    `Еженедельная сводка включена: по понедельникам около 7:00${mentors ? ', куратору и наставникам с согласием' : ', куратору'}.`,
  digestDisabled: 'Еженедельная сводка выключена.',
  digestUnchanged: 'Ничего не изменено.',
  dashboardDone: (charts: number) => `Лист «Панель» обновлён: диаграмм ${charts}.`,
} as const;
