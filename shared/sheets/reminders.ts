/** «Журнал напоминаний»: one row a letter of the weekly digest, sent or not (and why). Created by the first digest. */
import type { SheetDef } from './types';

export const REMINDERS_SHEET: SheetDef = {
  key: 'reminders',
  title: 'Журнал напоминаний',
  titleAliases: ['Журнал писем', 'Напоминания'],
  idPrefix: 'NP',
  columns: [
    {
      field: 'date',
      header: 'Дата',
      aliases: ['Когда'],
      type: 'date',
      required: true,
      owned: true,
      width: 90,
    },
    { field: 'recipient', header: 'Кому', aliases: ['Получатель'], type: 'string', owned: true, width: 220 },
    { field: 'email', header: 'Адрес', aliases: ['E-mail'], type: 'string', owned: true, width: 180 },
    {
      field: 'content',
      header: 'Что (пары и пункты плана)',
      aliases: ['Что', 'Содержание'],
      type: 'text',
      owned: true,
      width: 420,
    },
    { field: 'sent', header: 'Отправлено', aliases: [], type: 'boolean', owned: true, width: 90 },
    {
      field: 'reason',
      header: 'Почему не отправлено',
      aliases: ['Причина'],
      type: 'text',
      owned: true,
      width: 260,
    },
  ],
};
