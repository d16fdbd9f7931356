/** «Планы пар»: each pair's personalised plan, one step a row, with its deadline read as on the roadmap. */

import { PlanItem } from '../model';
import { idColumn } from './commonColumns';
import { ROADMAP_SHEET } from './roadmap';
import { type ColumnDef, defineSheet, type FieldOf } from './types';

/** The roadmap's own columns for done, its date and the parsed deadline: one meaning, one highlighting. */
const roadmapColumn = <F extends FieldOf<typeof ROADMAP_SHEET.schema>>(field: F): ColumnDef<F> => {
  const c = ROADMAP_SHEET.columns.find((x): x is ColumnDef<F> => x.field === field);
  if (!c) throw new Error(`ROADMAP_SHEET has no ${field}`);
  return c;
};

export const PLANS_SHEET = defineSheet(PlanItem, {
  key: 'plans',
  title: 'Планы пар',
  titleAliases: ['Планы наставнических пар', 'Персонализированные планы', 'Plans'],
  idPrefix: 'PP',
  columns: {
    id: idColumn('ID пункта'),
    pairId: {
      header: 'ID пары',
      aliases: ['Пара', 'Код пары', 'Pair'],
      type: 'id',
      required: true,
      owned: true,
      width: 90,
    },
    activity: {
      header: 'Пункт плана',
      aliases: ['Мероприятие', 'Шаг', 'Содержание', 'Пункт', 'Item'],
      type: 'text',
      required: true,
      owned: true,
      width: 320,
    },
    deadlineText: {
      header: 'Срок',
      aliases: ['Сроки', 'Срок выполнения', 'Deadline'],
      type: 'text',
      owned: true,
      width: 200,
      note: 'Дата, месяц, «ежемесячно», «в течение 2 недель после закрепления», «в конце программы». Относительные сроки считаются от даты начала пары на листе «Пары».',
    },
    done: roadmapColumn('done'),
    doneDate: roadmapColumn('doneDate'),
    deadlineKind: roadmapColumn('deadlineKind'),
    deadlineStart: roadmapColumn('deadlineStart'),
    deadlineEnd: roadmapColumn('deadlineEnd'),
    note: roadmapColumn('note'),
  },
});
