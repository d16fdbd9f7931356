/** The «Отчёт» sheet's dictionary: one row an indicator of the chosen period, written whole by the add-on. */
import { z } from 'zod';
import { defineSheet } from './types';

/** A row of «Отчёт» as the sheet keeps it: the indicator's key, label, value as shown and unit. */
export const ReportSheetRow = z.object({
  key: z.string(),
  label: z.string().default(''),
  value: z.string().default(''),
  unit: z.string().default(''),
});

/** The report sheet: one row an indicator for the chosen period. Written whole by the add-on. */
export const REPORT_SHEET = defineSheet(ReportSheetRow, {
  key: 'report',
  title: 'Отчёт',
  titleAliases: ['Отчёт в управление образования', 'Report'],
  idPrefix: 'RP',
  columns: {
    key: {
      header: 'Код показателя',
      aliases: ['Key'],
      type: 'string',
      required: true,
      owned: true,
      width: 200,
    },
    label: {
      header: 'Показатель',
      aliases: ['Наименование показателя', 'Indicator'],
      type: 'text',
      owned: true,
      width: 420,
    },
    value: {
      header: 'Значение',
      aliases: ['Value'],
      type: 'string',
      owned: true,
      width: 160,
    },
    unit: {
      header: 'Единица',
      aliases: ['Ед. изм.', 'Unit'],
      type: 'string',
      owned: true,
      width: 90,
    },
  },
});
