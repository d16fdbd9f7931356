/** «Встречи»: one row a meeting of a pair; the one dictionary of the sheet and of the form «Отчёт о встрече». */
import { MEETING_AUTHOR_LABELS, MEETING_FORMAT_LABELS, Meeting } from '../model';
import { idColumn } from './commonColumns';
import { defineSheet } from './types';

export const MEETINGS_SHEET = defineSheet(Meeting, {
  key: 'meetings',
  title: 'Встречи',
  titleAliases: ['Журнал встреч', 'Встречи пар', 'Meetings'],
  idPrefix: 'VS',
  columns: {
    id: idColumn('ID встречи'),
    pairId: {
      header: 'ID пары',
      aliases: ['Пара', 'Код пары', 'Pair ID'],
      // Not required: an answer kept aside has no pair until the curator decides whose meeting it was.
      type: 'id',
      owned: true,
      width: 90,
      note: 'Пустая ячейка — ответ отложен (см. «Замечания»): он не засчитан ни одной паре. Впишите ID пары, если знаете, чья это встреча.',
    },
    date: {
      header: 'Дата встречи',
      aliases: ['Дата', 'Когда', 'Meeting date'],
      type: 'date',
      required: true,
      owned: true,
      width: 100,
    },
    format: {
      header: 'Формат',
      aliases: ['Формат встречи', 'Format'],
      type: 'enum',
      owned: true,
      options: MEETING_FORMAT_LABELS,
      optionAliases: {
        очная: 'inPerson',
        лично: 'inPerson',
        офлайн: 'inPerson',
        дистанционно: 'online',
        дистанционная: 'online',
        онлайн: 'online',
        'он лайн': 'online',
      },
      width: 90,
    },
    durationMinutes: {
      header: 'Длительность, мин',
      aliases: ['Длительность', 'Продолжительность, мин', 'Продолжительность', 'Минут'],
      type: 'integer',
      owned: true,
      width: 90,
    },
    topic: {
      header: 'Тема встречи',
      aliases: ['Тема', 'Topic'],
      type: 'string',
      owned: true,
      width: 220,
    },
    done: {
      header: 'Что сделано',
      aliases: ['Что было сделано', 'Содержание', 'Итог встречи'],
      type: 'text',
      owned: true,
      width: 280,
    },
    nextStep: {
      header: 'Следующий шаг',
      aliases: ['Следующие шаги', 'Что дальше', 'Next step'],
      type: 'text',
      owned: true,
      width: 220,
    },
    filledBy: {
      header: 'Кто заполнил',
      aliases: ['Заполнил', 'Автор отчёта'],
      type: 'enum',
      owned: true,
      options: MEETING_AUTHOR_LABELS,
      optionAliases: { наставляемая: 'mentee', 'куратор наставничества': 'curator' },
      width: 110,
    },
    submittedAt: {
      header: 'Отметка времени',
      aliases: ['Время ответа', 'Timestamp'],
      type: 'datetime',
      owned: true,
      width: 140,
    },
    problems: {
      header: 'Замечания',
      aliases: ['Пометки', 'Проблемы'],
      type: 'text',
      owned: true,
      width: 260,
    },
    source: {
      // The form's own ID of the response: an edited answer updates its row, a repeated event files nothing.
      header: 'ID ответа в форме',
      aliases: ['Источник'],
      type: 'string',
      owned: true,
      width: 120,
    },
  },
});
