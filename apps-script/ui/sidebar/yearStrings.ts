/** Text of the sidebar's «Пары в работе» panel and its weekly digest switch (Russian; English below). */
import { pick } from '../shared/lang';

const RU = {
  title: 'Пары в работе',
  none: 'Действующих пар нет.',
  noSheet: 'Листа «Планы пар» нет: запустите «Настроить или восстановить листы».',
  since: (date: string) => (date ? `с ${date}` : 'дата начала не указана'),
  plan: (done: number, total: number) => `План: выполнено ${done} из ${total}.`,
  noPlan: 'Плана нет.',
  overdue: (n: number) => `Просрочено пунктов: ${n}.`,
  notWorking: 'Отмечено: пара не складывается.',
  standardPlan: 'Стандартный план',
  ownPlan: 'Свой план…',
  ownLabel:
    'Пункты плана, по одному в строке: «пункт; срок» (например, «Открытый урок; в течение 3 месяцев после закрепления»)',
  savePlan: 'Записать план',
  repair: 'Переподобрать',
  newMentorFor: (name: string) => `Новый наставник для: ${name}`,
  option: (name: string, percent: number, first: boolean) =>
    `${name} — ${percent}%${first ? ' (предложен)' : ''}`,
  reasonLabel: 'Причина (в столбец «Причина окончания» и в проект приказа)',
  confirmRepair: 'Закрепить новую пару',
  close: 'Завершить пару…',
  outcomeLabel: 'Итоги работы пары (в столбец «Итоги»)',
  confirmClose: 'Завершить',
  cancel: 'Отмена',
  best: '«Лучшая пара»: кандидаты',
  bestNone: 'Нет пар с встречами, планом или ответами анкет.',
  bestLine: (score: string, meetings: number | null, plan: string, satisfaction: string) =>
    `балл ${score}; встреч: ${meetings === null ? '—' : meetings}; план: ${plan}; удовлетворённость: ${satisfaction}`,
  // The weekly digest's switch (DigestPanel.tsx); the server's messages after a change are S.year's.
  digestTitle: 'Еженедельная сводка по почте',
  digestOn: (mentors: boolean) =>
    `Включена: по понедельникам около 7:00 письмо ${mentors ? 'куратору и наставникам с согласием на обработку ПД (каждому — о его парах)' : 'куратору'}: пары, которым нужна встреча, и пункты «Планов пар» со сроком. Письма записываются на лист «Журнал напоминаний».`,
  digestOff:
    'Выключена: писем нет. Включите — и по понедельникам утром куратору придёт письмо о парах, которым нужна встреча, и пунктах «Планов пар», срок которых прошёл или скоро.',
  digestMentors:
    'Отправлять и наставникам — каждому только о его парах (письма получат наставники с e-mail в банке, давшие согласие на обработку ПД)',
  digestEnable: 'Включить сводку',
  digestDisable: 'Выключить сводку',
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const Y = pick(RU, {
  title: 'Pairs at work',
  none: 'No active pairs.',
  noSheet: 'There is no sheet «Планы пар»: run «Set up or repair the sheets».',
  since: (date) => (date ? `since ${date}` : 'start date not set'),
  plan: (done, total) => `Plan: ${done} of ${total} done.`,
  noPlan: 'No plan.',
  overdue: (n) => `Overdue items: ${n}.`,
  notWorking: 'Marked: the pair is not working out.',
  standardPlan: 'Standard plan',
  ownPlan: 'Own plan…',
  ownLabel:
    'Plan items, one per line: «item; deadline» (for example, «Открытый урок; в течение 3 месяцев после закрепления»)',
  savePlan: 'Write the plan',
  repair: 'Re-pair',
  newMentorFor: (name) => `New mentor for: ${name}`,
  option: (name, percent, first) => `${name}: ${percent}%${first ? ' (suggested)' : ''}`,
  reasonLabel: 'Reason (into the column «Причина окончания» and the draft order)',
  confirmRepair: 'Assign the new pair',
  close: 'Finish the pair…',
  outcomeLabel: 'The pair’s results (into the column «Итоги»)',
  confirmClose: 'Finish',
  cancel: 'Cancel',
  best: '«Лучшая пара» (best pair): candidates',
  bestNone: 'No pairs with meetings, a plan or questionnaire answers.',
  bestLine: (score, meetings, plan, satisfaction) =>
    `score ${score}; meetings: ${meetings === null ? '—' : meetings}; plan: ${plan}; satisfaction: ${satisfaction}`,
  digestTitle: 'Weekly summary by e-mail',
  digestOn: (mentors) =>
    `On: every Monday around 7:00 a letter ${mentors ? 'to the curator and to mentors who consented to data processing (each about their own pairs)' : 'to the curator'}: the pairs that need a meeting and the items of «Планы пар» with a deadline. Letters are written to the sheet «Журнал напоминаний».`,
  digestOff:
    'Off: no letters. Turn it on and every Monday morning the curator gets a letter about the pairs that need a meeting and the items of «Планы пар» that are overdue or due soon.',
  digestMentors:
    'Send it to mentors too, each about their own pairs only (only with consent to data processing and an e-mail in the bank)',
  digestEnable: 'Turn the summary on',
  digestDisable: 'Turn the summary off',
});
