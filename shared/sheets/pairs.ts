/** The «Пары» sheet's dictionary: one row a pair or group, with its dates, status, order, programme and meeting key. */
import { z } from 'zod';
import { Pair } from '../model';
import { idColumn } from './commonColumns';
import { FORM_ALIASES, MENTORING_FORM_LABELS, PAIR_STATUS_ALIASES, PAIR_STATUS_LABELS } from './options';
import { defineSheet } from './types';

/** A row of «Пары»: the pair, with the names the sheet shows beside the IDs, its health and its meeting token. */
export const PairSheetRow = Pair.extend({
  mentorName: z.string().default(''),
  menteeNames: z.array(z.string()).default([]),
  health: z.string().default(''),
  meetingToken: z.string().default(''),
});

/** Pairs register: one row a pair or group (one mentor, one or more mentees). */
export const PAIRS_SHEET = defineSheet(PairSheetRow, {
  key: 'pairs',
  title: 'Пары',
  titleAliases: ['Наставнические пары', 'Реестр пар', 'Пары и группы', 'Pairs'],
  idPrefix: 'PR',
  columns: {
    id: idColumn('ID пары'),
    mentorId: {
      header: 'ID наставника',
      aliases: ['Наставник ID', 'Mentor ID'],
      type: 'id',
      required: true,
      owned: true,
      width: 100,
    },
    mentorName: {
      header: 'Наставник',
      aliases: ['ФИО наставника', 'Mentor'],
      type: 'string',
      owned: true,
      width: 220,
    },
    menteeIds: {
      header: 'ID наставляемых',
      aliases: ['ID наставляемого', 'Mentee IDs'],
      type: 'list',
      required: true,
      owned: true,
      width: 120,
    },
    menteeNames: {
      header: 'Наставляемые',
      aliases: ['Наставляемый', 'ФИО наставляемого', 'ФИО наставляемых', 'Mentees'],
      type: 'list',
      owned: true,
      width: 260,
    },
    form: {
      header: 'Форма наставничества',
      aliases: ['Форма', 'Form'],
      type: 'enum',
      required: true,
      owned: true,
      options: MENTORING_FORM_LABELS,
      optionAliases: FORM_ALIASES,
      width: 170,
    },
    startDate: {
      header: 'Дата начала',
      aliases: ['Начало', 'Start'],
      type: 'date',
      owned: true,
      width: 100,
    },
    endDate: {
      header: 'Дата окончания',
      aliases: ['Окончание', 'End'],
      type: 'date',
      owned: true,
      width: 100,
    },
    orderNumber: {
      header: '№ приказа',
      aliases: ['Номер приказа', 'Приказ №', 'Order number'],
      type: 'string',
      owned: true,
      width: 90,
    },
    orderDate: {
      header: 'Дата приказа',
      aliases: ['Приказ от', 'Order date'],
      type: 'date',
      owned: true,
      width: 100,
    },
    programmeLink: {
      header: 'Персонализированная программа',
      aliases: ['Программа', 'Ссылка на программу', 'ПП', 'Programme'],
      type: 'link',
      owned: true,
      width: 200,
    },
    programmeCompleted: {
      header: 'Программа выполнена',
      aliases: ['Программа реализована', 'Programme completed'],
      type: 'boolean',
      owned: true,
      width: 100,
    },
    status: {
      header: 'Статус',
      // «Состояние» was an alias here; it is now the health column's own header (it would win anyway).
      aliases: ['Status'],
      type: 'enum',
      owned: true,
      options: PAIR_STATUS_LABELS,
      optionAliases: PAIR_STATUS_ALIASES,
      width: 130,
    },
    health: {
      // Written by the add-on (shared/year/health.ts): recomputed when meetings are filed, on open and daily.
      header: 'Состояние',
      aliases: ['Состояние пары', 'Health'],
      type: 'string',
      owned: true,
      width: 130,
      note: 'Заполняет надстройка: «В графике», «Нужна встреча», «Отстаёт план», «Сигнал», «Рано судить». Правила — в справке. Причины — на боковой панели «Подбор пар».',
    },
    results: {
      header: 'Итоги',
      aliases: ['Результаты', 'Итоги работы', 'Results'],
      type: 'text',
      owned: true,
      width: 260,
    },
    notWorking: {
      header: 'Не складывается',
      aliases: ['Пара не складывается', 'Пара не работает', 'Переподобрать'],
      type: 'boolean',
      owned: true,
      width: 110,
      note: 'Отметьте «да», если пара не работает: в боковой панели появится «Переподобрать».',
    },
    endReason: {
      header: 'Причина окончания',
      aliases: ['Причина прекращения', 'Причина расторжения', 'End reason'],
      type: 'text',
      owned: true,
      width: 220,
    },
    meetingToken: {
      // The pair's random key in its link to the form «Отчёт о встрече» (shared/year/tokens.ts): the form
      // carries only this, never the pair's code or names, so a link cannot be guessed from another one.
      header: 'Ключ ссылки на отчёт о встрече',
      aliases: ['Ключ ссылки'],
      type: 'string',
      owned: true,
      width: 60,
      note: 'Случайный ключ личной ссылки пары на форму «Отчёт о встрече». Не меняйте и не копируйте в другие строки: по нему ответ относится к паре. Очистите ячейку, чтобы старая ссылка перестала действовать, — надстройка выдаст новую.',
    },
  },
});
