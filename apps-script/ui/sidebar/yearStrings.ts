/** Text of the sidebar's «Пары в работе» panel (Russian). */
export const Y = {
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
};
