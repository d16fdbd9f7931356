/**
 * Strings of the pairs' year that the pure core gives out: plans, closing, meeting reports, pair states and their
 * reasons, the weekly digest, «Панель». What is written into the sheets, forms and mails (the states in
 * «Состояние», a meeting's problem in «Встречи», the form's texts, the letters) is data and stays Russian; what the
 * curator is told (a closing refused, the reasons and rules in the sidebar) follows the surface's language.
 */
import { localized, type Shape } from '../text/locale';

const ru = (iso: string) => iso.split('-').reverse().join('.');

const RU_CLOSING = {
  noPair: (id: string) => `На листе «Пары» нет пары «${id}».`,
  notActive: (id: string) => `Пара «${id}» уже не действует (статус на листе «Пары»).`,
  noOutcome: 'Впишите итоги работы пары: они попадут в столбец «Итоги».',
  noReason: 'Впишите причину: она попадёт в столбец «Причина окончания» и в проект приказа.',
  noChoice: 'Не выбран новый наставник.',
  sameMentor: 'Новый наставник — тот же, что в прежней паре: выберите другого.',
  menteeMissing: (ids: string) => `Наставляемых ${ids} нет на листе «Наставляемые».`,
  nobodyToPlace: (id: string) => `Все наставляемые пары «${id}» уже в других действующих парах.`,
};

/** A pair closed or re-paired: read once into a constant by closing.ts, so the table itself follows the language. */
const CLOSING = localized<typeof RU_CLOSING>(RU_CLOSING, {
  noPair: (id) => `The sheet «Пары» has no pair «${id}».`,
  notActive: (id) => `The pair «${id}» is no longer active (its status on the sheet «Пары»).`,
  noOutcome: 'Write the pair’s outcome: it goes into the column «Итоги».',
  noReason: 'Write the reason: it goes into the column «Причина окончания» and into the draft order.',
  noChoice: 'No new mentor is chosen.',
  sameMentor: 'The new mentor is the same as in the old pair: choose another.',
  menteeMissing: (ids) => `The mentees ${ids} are not on the sheet «Наставляемые».`,
  nobodyToPlace: (id) => `All mentees of the pair «${id}» are already in other active pairs.`,
});

const RU = {
  plans: {
    periodLabel: 'программа пары',
    /** The event «после закрепления», «после начала работы пары» refer to: the pair's start date. */
    startEvent: 'Закрепление наставнической пары, начало работы пары',
    ownNoActivity: (line: number) => `Строка ${line}: нет пункта плана (перед «;» пусто).`,
    ownEmpty: 'План пуст: впишите пункты, по одному в строке, срок после «;».',
  },
  closing: CLOSING,
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
  /** The states as the sidebar names them (the sheet's «Состояние» always holds `states`). */
  stateNames: {
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

const EN: Shape<typeof RU> = {
  plans: {
    // Data: the period's label and the event roadmap deadlines refer to («после закрепления»).
    periodLabel: RU.plans.periodLabel,
    startEvent: RU.plans.startEvent,
    ownNoActivity: (line) => `Line ${line}: no plan item (nothing before «;»).`,
    ownEmpty: 'The plan is empty: write the items, one per line, the deadline after «;».',
  },
  closing: CLOSING,
  // Data: the meeting form's texts and the problems written into «Встречи».
  formTitle: RU.formTitle,
  formDescription: RU.formDescription,
  tokenHelp: RU.tokenHelp,
  problemUnknownToken: RU.problemUnknownToken,
  problemEndedPair: RU.problemEndedPair,
  problemNoDate: RU.problemNoDate,
  problemFutureDate: RU.problemFutureDate,
  states: RU.states,
  stateNames: {
    signal: 'Signal',
    planBehind: 'Plan behind',
    early: 'Too early to judge',
    needsMeeting: 'Needs a meeting',
    onTrack: 'On track',
  },
  reasonSignal: (score, who, date) =>
    `a low score in the questionnaire «Промежуточная обратная связь» (interim feedback): ${score} of 10 (${who}, ${ru(date)})`,
  reasonPlan: (n) => `overdue plan items: ${n}`,
  reasonNoMeetingSince: (weeks, last, limit) =>
    `no meetings for ${weeks} wk. (the last on ${ru(last)}); meet at least once in ${limit} wk.`,
  reasonNoMeetingEver: (start, limit) =>
    start
      ? `not a single meeting since the pair started (${ru(start)}); meet at least once in ${limit} wk.`
      : 'not a single meeting, and the pair has no start date',
  reasonEarly: (start) => `the pair has worked for less than a month (since ${ru(start)})`,
  rules: (weeks, defaultWeeks, lowScore) => [
    `«Сигнал» (signal) — the latest answer of the pair’s mentor or mentee in the questionnaire «Промежуточная обратная связь» rated the meeting ${lowScore} of 10 or lower (until that participant answers higher). An answer belongs to the pair by the key in its personal link, and without a key by the participant’s e-mail. The curator sets the score: «Mentoring → Pair status: which questionnaire score is «Сигнал»…».`,
    '«Отстаёт план» (plan behind) — the pair’s plan («Планы пар») has overdue items.',
    '«Рано судить» (too early to judge) — the pair has worked for less than a month since its start date (or the order’s date).',
    `«Нужна встреча» (needs a meeting) — no meeting for longer than ${weeks} wk. (since the last meeting on the sheet «Встречи», or since the pair started if there were none). The curator sets the weeks: «Mentoring → Pair status: weeks before «Нужна встреча»…»; ${defaultWeeks} by default (monthly meetings and a week to spare).`,
    '«В графике» (on track) — none of the above.',
    'The states are checked in this order; a pair shows the first that fits, and the sidebar shows every reason. Finished pairs have no state. The column «Состояние» is recomputed at every meeting report and questionnaire answer, when a pair is accepted, re-paired or closed, when the sheets «Пары», «Планы пар» and «Встречи» are edited, when the spreadsheet opens and once a day.',
  ],
  roles: { mentor: 'mentor', mentee: 'mentee' },
  someone: 'participant',
};

export const YEAR_STRINGS = localized(RU, EN);

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
