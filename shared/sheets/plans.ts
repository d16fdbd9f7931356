/** «Планы пар»: each pair's personalised plan, one step a row, with its deadline read as on the roadmap. */
import { idColumn } from './commonColumns';
import { ROADMAP_SHEET } from './roadmap';
import type { ColumnDef, SheetDef } from './types';

/** The roadmap's own columns for done, its date and the parsed deadline: one meaning, one highlighting. */
const roadmapColumn = (field: string): ColumnDef => {
  const c = ROADMAP_SHEET.columns.find((x) => x.field === field);
  if (!c) throw new Error(`ROADMAP_SHEET has no ${field}`);
  return c;
};

export const PLANS_SHEET: SheetDef = {
  key: 'plans',
  title: 'Планы пар',
  titleAliases: ['Планы наставнических пар', 'Персонализированные планы', 'Plans'],
  idPrefix: 'PP',
  columns: [
    idColumn('ID пункта'),
    {
      field: 'pairId',
      header: 'ID пары',
      aliases: ['Пара', 'Код пары', 'Pair'],
      type: 'id',
      required: true,
      owned: true,
      width: 90,
    },
    {
      field: 'activity',
      header: 'Пункт плана',
      aliases: ['Мероприятие', 'Шаг', 'Содержание', 'Пункт', 'Item'],
      type: 'text',
      required: true,
      owned: true,
      width: 320,
    },
    {
      field: 'deadlineText',
      header: 'Срок',
      aliases: ['Сроки', 'Срок выполнения', 'Deadline'],
      type: 'text',
      owned: true,
      width: 200,
      note: 'Дата, месяц, «ежемесячно», «в течение 2 недель после закрепления», «в конце программы». Относительные сроки считаются от даты начала пары на листе «Пары».',
    },
    roadmapColumn('done'),
    roadmapColumn('doneDate'),
    roadmapColumn('deadlineKind'),
    roadmapColumn('deadlineStart'),
    roadmapColumn('deadlineEnd'),
    roadmapColumn('note'),
  ],
};
