/** Russian texts of the questionnaires and of the problems marked on answers. */
export const SURVEY_STRINGS = {
  consentTitle: 'Согласие на обработку персональных данных',
  consentHelp:
    'В соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие на обработку ' +
    'моих персональных данных, указанных в анкете, для организации наставничества в образовательной организации.',
  consentYes: 'Да, даю согласие',
  consentNo: 'Нет',
  yes: 'да',
  no: 'нет',
  roleMentor: 'Наставник',
  roleMentee: 'Наставляемый',
  mentorTitle: 'Анкета наставника',
  mentorDescription:
    'Анкета для формирования банка наставников. Ответы попадут в таблицу куратора наставничества вашей организации.',
  menteeTitle: 'Анкета наставляемого',
  menteeDescription:
    'Расскажите о своих профессиональных запросах и затруднениях — куратор подберёт наставника. ' +
    'Ответы попадут в таблицу куратора наставничества вашей организации.',
  feedbackTitle: 'Промежуточная обратная связь',
  feedbackDescription: 'Короткая анкета после встречи наставника и наставляемого.',
  satisfactionTitle: 'Итоговый мониторинг удовлетворённости',
  satisfactionDescription:
    'Оцените участие в программе наставничества по шкале от 1 до 10, где 1 — совсем не удовлетворён, 10 — полностью.',
  linkKeyHelp:
    'Заполнен по личной ссылке вашей пары — не меняйте его. Если вы открыли анкету по общей ссылке, оставьте поле пустым.',
  problemUnknownKey:
    'код ссылки не узнан: ответ отнесён к паре по e-mail участника (если она есть); проверьте, чья это пара',
  scaleLow: 'совсем нет',
  scaleHigh: 'полностью',
  problemNoConsent: 'нет согласия на обработку ПД: данные не внесены в банк',
  problemCell: (question: string, message: string) => `вопрос «${question}»: ${message}`,
  problemUnknownQuestion: (question: string) =>
    `вопрос «${question}» не относится к анкете и сохранён только в ответах`,
  problemInvalid: (field: string, message: string) => `поле «${field}»: ${message}`,
  problemNoPerson: 'участник не найден в банках по e-mail',
  problemNamesakeOnly: (names: string) =>
    `по e-mail участник не найден; в банке есть однофамилец с тем же ФИО (${names}) — ответ к нему не привязан, проверьте`,
  problemPossibleRepeat: (ids: string) =>
    `в банке уже есть человек с теми же ФИО и другим e-mail (${ids}): записан новой строкой с отметкой «Возможный повтор»; решите, один ли это человек`,
  problemConflict: (column: string, curator: string, answer: string) =>
    `столбец «${column}»: куратор исправил значение на «${curator}», в ответе — «${answer}»; оставлено значение куратора`,
  problemConsentWithdrawn: 'согласие на обработку ПД отозвано: в банке снята отметка согласия',
  problemNoPair: 'у участника нет действующей пары',
  problemNoName: 'не указаны ФИО',
};
