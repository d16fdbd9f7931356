/** Russian strings of the pairs' year that the pure core gives out (plans, closing, the «Лучшая пара» shortlist). */
export const YEAR_STRINGS = {
  plans: {
    periodLabel: 'программа пары',
    /** The event «после закрепления», «после начала работы пары» refer to: the pair's start date. */
    startEvent: 'Закрепление наставнической пары, начало работы пары',
    ownNoActivity: (line: number) => `Строка ${line}: нет пункта плана (перед «;» пусто).`,
    ownEmpty: 'План пуст: впишите пункты, по одному в строке, срок после «;».',
  },
  closing: {
    noPair: (id: string) => `На листе «Пары» нет пары «${id}».`,
    notActive: (id: string) => `Пара «${id}» уже не действует (статус на листе «Пары»).`,
    noOutcome: 'Впишите итоги работы пары: они попадут в столбец «Итоги».',
    noReason: 'Впишите причину: она попадёт в столбец «Причина окончания» и в проект приказа.',
    noChoice: 'Не выбран новый наставник.',
    sameMentor: 'Новый наставник — тот же, что в прежней паре: выберите другого.',
    menteeMissing: (ids: string) => `Наставляемых ${ids} нет на листе «Наставляемые».`,
    nobodyToPlace: (id: string) => `Все наставляемые пары «${id}» уже в других действующих парах.`,
  },
} as const;
