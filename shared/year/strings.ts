/** Russian texts of the pairs' year: meeting reports, pair states and their reasons. */
const ru = (iso: string) => iso.split('-').reverse().join('.');

export const YEAR_STRINGS = {
  formTitle: 'Отчёт о встрече',
  formDescription:
    'Короткий отчёт после встречи наставника и наставляемого. Ссылка личная для вашей пары: не пересылайте её другим. ' +
    'Ответ попадёт в таблицу куратора наставничества.',
  tokenTitle: 'Код ссылки',
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
  roles: { mentor: 'наставник', mentee: 'наставляемый' } as Record<string, string>,
  someone: 'участник',
};
