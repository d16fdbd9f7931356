/** The «Отчёт» sheet's dictionary: one row an indicator of the chosen period, written whole by the add-on. */
import type { SheetDef } from './types';

/** The report sheet: one row an indicator for the chosen period. Written whole by the add-on. */
export const REPORT_SHEET: SheetDef = {
  key: 'report',
  title: 'Отчёт',
  titleAliases: ['Отчёт в управление образования', 'Report'],
  idPrefix: 'RP',
  columns: [
    {
      field: 'key',
      header: 'Код показателя',
      aliases: ['Key'],
      type: 'string',
      required: true,
      owned: true,
      width: 200,
    },
    {
      field: 'label',
      header: 'Показатель',
      aliases: ['Наименование показателя', 'Indicator'],
      type: 'text',
      owned: true,
      width: 420,
    },
    {
      field: 'value',
      header: 'Значение',
      aliases: ['Value'],
      type: 'string',
      owned: true,
      width: 160,
    },
    {
      field: 'unit',
      header: 'Единица',
      aliases: ['Ед. изм.', 'Unit'],
      type: 'string',
      owned: true,
      width: 90,
    },
  ],
};
