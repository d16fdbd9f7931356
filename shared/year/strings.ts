/** Russian strings of the pairs' year that the pure core gives out: plans, closing, the «Лучшая пара» shortlist, meeting reports, pair states and their reasons. */
const ru = (iso: string) => iso.split('-').reverse().join('.');

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
  formTitle: 'Отчёт о встрече',
  formDescription:
    'Короткий отчёт после встречи наставника и наставляемого. Ссылка личная для вашей пары: не пересылайте её другим. ' +
    'Ответ попадёт в таблицу куратора наставничества.',
  tokenHelp: 'Заполнен по личной ссылке вашей пары. Не меняйте его.',
  problemUnknownToken:
    'код ссылки не узнан: ответ не отнесён ни к одной паре. Если вы знаете, чья это встреча, впишите ID пары в столбец «ID пары»',
  problemEndedPair: (pairId: string, end: string | null) =>
    `ссылка пары ${pairId}, работа которой завершена${end ? ` ${ru(end)}` : ''}: встреча не засчитана. ` +
    'Если встреча была до завершения, впишите ID пары в столбец «ID пары»',
  problemNoDate: 'дата встречи не прочитана: поставлен день ответа',
  problemFutureDate: (date: string) => `дата встречи ${ru(date)} ещё не наступила в день ответа; проверьте`,
  states: {
    signal: 'Сигнал',
    planBehind: 'Отстаёт план',
    early: 'Рано судить',
    needsMeeting: 'Нужна встреча',
    onTrack: 'В графике',
  },
  reasonSignal: (score: number, who: string, date: string) =>
    `низкая оценка в анкете «Промежуточная обратная связь»: ${score} из 10 (${who}, ${ru(date)})`,
  reasonPlan: (n: number) => `просрочено пунктов плана: ${n}`,
  reasonNoMeetingSince: (weeks: number, last: string, limit: number) =>
    `нет встреч ${weeks} нед. (последняя — ${ru(last)}); встречаться не реже раза в ${limit} нед.`,
  reasonNoMeetingEver: (start: string | null, limit: number) =>
    start
      ? `ни одной встречи с начала работы пары (${ru(start)}); встречаться не реже раза в ${limit} нед.`
      : 'ни одной встречи, и у пары не указана дата начала',
  reasonEarly: (start: string) => `пара работает меньше месяца (с ${ru(start)})`,
  /** The rule of each state, as the help states it (the order is the order they are checked in). */
  rules: (weeks: number, defaultWeeks: number, lowScore: number) => [
    `«Сигнал» — последний ответ наставника или наставляемого пары в анкете «Промежуточная обратная связь» оценил встречу на ${lowScore} из 10 или ниже (пока этот участник не ответит выше). Ответ относится к паре по ключу в её личной ссылке, а без ключа — по e-mail участника. Оценку задаёт куратор: «Наставничество → Состояние пар: какая оценка в анкете — «Сигнал»…».`,
    '«Отстаёт план» — в плане пары («Планы пар») есть просроченные пункты.',
    '«Рано судить» — пара работает меньше месяца с даты начала (или даты приказа).',
    `«Нужна встреча» — нет встречи дольше ${weeks} нед. (с последней встречи на листе «Встречи», а если встреч не было — с начала работы пары). Число недель задаёт куратор: «Наставничество → Состояние пар: через сколько недель «Нужна встреча»…»; по умолчанию ${defaultWeeks} (встречи раз в месяц и неделя запаса).`,
    '«В графике» — ничего из перечисленного.',
    'Состояние проверяется в этом порядке; у пары показывается первое подходящее, а на боковой панели — все причины. У завершённых пар состояния нет. Столбец «Состояние» пересчитывается при каждом отчёте о встрече и ответе анкеты, при закреплении, переподборе и завершении пары, при правке листов «Пары», «Планы пар» и «Встречи», при открытии таблицы и раз в день.',
  ],
  roles: { mentor: 'наставник', mentee: 'наставляемый' } as Record<string, string>,
  someone: 'участник',
};

/** The letter that brings a mentor the links of their pairs. */
export const LINK_MAIL_STRINGS = {
  subject: 'Наставничество: ссылка для отчёта о встречах',
  greeting: (name: string) => `Здравствуйте, ${name}!`,
  intro:
    'После каждой встречи с наставляемым заполните, пожалуйста, короткий отчёт по ссылке ниже — это займёт пару минут. ' +
    'Ссылка личная для вашей пары: не пересылайте её другим людям.',
  pairLine: (pairId: string, mentees: string, url: string) =>
    `Пара ${pairId}${mentees ? ` (${mentees})` : ''}: ${url}`,
  interimLine: (url: string) => `   промежуточная анкета пары (в середине года): ${url}`,
  finalLine: (url: string) => `   итоговая анкета пары (в конце программы): ${url}`,
  footer: 'Письмо отправлено куратором наставничества из таблицы надстройкой «Наставничество».',
};

/** The weekly digest of the pairs' year (letters and the log «Журнал напоминаний»). */
export const DIGEST_STRINGS = {
  subject: (date: string, meetings: number, items: number) =>
    `Наставничество: сводка на ${date} — нужна встреча: ${meetings}, пункты плана: ${items}`,
  greetingCurator: 'Здравствуйте!',
  greetingMentor: (name: string) => `Здравствуйте, ${name}!`,
  intro: (date: string) => `Еженедельная сводка по наставническим парам на ${date}.`,
  meetingsTitle: (n: number) => `Нужна встреча (${n}):`,
  itemsTitle: (n: number) => `Пункты плана со сроком (${n}):`,
  /** The reason pairsHealth gives for «Нужна встреча» (both of its wordings hold this). */
  meetingReasonMark: 'встречаться не реже',
  meetingLine: (pairId: string, why: string) => `${pairId}${why ? `: ${why}` : ''}`,
  meetingShort: (pairId: string) => `${pairId}: нужна встреча`,
  planLine: (pairId: string, activity: string, kind: 'overdue' | 'dueSoon', end: string) =>
    `${pairId}: «${activity}» — ${kind === 'overdue' ? 'просрочен' : 'срок скоро'}${end ? ` (до ${end})` : ''}`,
  planShort: (pairId: string, activity: string, kind: 'overdue' | 'dueSoon') =>
    `${pairId}: «${activity}» (${kind === 'overdue' ? 'просрочен' : 'срок скоро'})`,
  pairWho: (mentor: string, mentees: string) =>
    mentor || mentees ? ` — ${[mentor, mentees].filter((x) => x !== '').join(' и ')}` : '',
  footer:
    'Письмо отправлено надстройкой «Наставничество» из таблицы куратора. Отключить сводку: «Наставничество → Напоминания: еженедельная сводка по парам…».',
  curator: 'Куратор',
  mentor: (id: string, name: string) => `Наставник ${id}${name ? ` ${name}` : ''}`,
  nothing: 'нечего сообщить: нет пар, которым нужна встреча, и пунктов плана со сроком',
  noCuratorEmail: 'адрес куратора неизвестен',
  noConsent: 'нет согласия на обработку ПД: наставнику письма не отправляются',
  noEmail: 'нет e-mail в банке наставников',
  notInBank: 'наставника нет в банке наставников',
};

/** «Панель»: the dashboard's tables and charts. */
export const DASHBOARD_STRINGS = {
  title: (date: string) => `Панель наставничества на ${date}`,
  note: 'Данные и диаграммы пересобирает «Наставничество → Панель: обновить диаграммы»; правки на этом листе не сохраняются.',
  statesTitle: 'Пары по состоянию',
  state: 'Состояние',
  pairs: 'Пар',
  meetingsTitle: 'Встречи по месяцам',
  month: 'Месяц',
  meetings: 'Встреч',
  plansTitle: 'Выполнение планов пар',
  items: 'Пункты планов',
  count: 'Пунктов',
  done: 'Выполнено',
  overdue: 'Просрочено',
  open: 'В работе',
  satisfactionTitle: 'Удовлетворённость по форме наставничества, %',
  form: 'Форма наставничества',
  percent: 'Удовлетворённость, %',
};
