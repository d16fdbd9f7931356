/** The «Дорожная карта» sheet's dictionary: the curator's «Сроки» and the add-on's parsed deadline columns. */
import { type DEADLINE_KINDS, PlanItem, RoadmapItem } from '../model';
import { idColumn } from './commonColumns';
import { defineSheet } from './types';

export const DEADLINE_KIND_LABELS: Record<(typeof DEADLINE_KINDS)[number], string> = {
  date: 'Дата',
  range: 'Период',
  month: 'Месяц',
  by: 'До даты',
  period: 'В течение периода',
  recurring: 'Регулярно',
  relative: 'После события',
  none: 'Без даты',
};

/** A row of the roadmap: the activity, with the deadline's parsed columns the add-on keeps (as «Планы пар» does). */
export const RoadmapSheetRow = RoadmapItem.extend({
  deadlineKind: PlanItem.shape.deadlineKind,
  deadlineStart: PlanItem.shape.deadlineStart,
  deadlineEnd: PlanItem.shape.deadlineEnd,
});

/** Roadmap tracker. «Сроки» is the curator's; the parsed columns are the add-on's. */
export const ROADMAP_SHEET = defineSheet(RoadmapSheetRow, {
  key: 'roadmap',
  title: 'Дорожная карта',
  titleAliases: ['Дорожная карта наставничества', 'План мероприятий', 'Roadmap'],
  idPrefix: 'DK',
  columns: {
    id: idColumn('ID'),
    section: {
      header: 'Раздел',
      aliases: ['Section'],
      type: 'string',
      owned: true,
      fillDown: true,
      width: 160,
    },
    stageNumber: {
      header: '№ этапа',
      aliases: ['№', '№ п/п', 'Номер', 'No'],
      type: 'string',
      owned: true,
      fillDown: true,
      width: 60,
    },
    stage: {
      header: 'Этап',
      aliases: ['Наименование этапа', 'Этап реализации', 'Stage'],
      type: 'text',
      owned: true,
      fillDown: true,
      width: 200,
    },
    activity: {
      header: 'Мероприятие',
      aliases: ['Мероприятия', 'Содержание деятельности', 'Наименование мероприятия', 'Activity'],
      type: 'text',
      required: true,
      owned: true,
      width: 320,
    },
    content: {
      header: 'Содержание / результат',
      aliases: ['Ожидаемый результат', 'Результат', 'Содержание', 'Content'],
      type: 'text',
      owned: true,
      width: 280,
    },
    deadlineText: {
      header: 'Сроки',
      aliases: ['Срок', 'Сроки проведения', 'Срок исполнения', 'Дата', 'Deadline'],
      type: 'text',
      owned: true,
      width: 160,
    },
    responsible: {
      header: 'Ответственные',
      aliases: ['Ответственный', 'Ответственные лица', 'Исполнители', 'Responsible'],
      type: 'list',
      owned: true,
      width: 200,
    },
    done: {
      header: 'Выполнено',
      aliases: ['Отметка о выполнении', 'Done'],
      type: 'boolean',
      owned: true,
      width: 90,
    },
    doneDate: {
      header: 'Дата выполнения',
      aliases: ['Выполнено (дата)', 'Done date'],
      type: 'date',
      owned: true,
      width: 100,
    },
    deadlineKind: {
      header: 'Вид срока',
      aliases: ['Тип срока'],
      type: 'enum',
      owned: true,
      options: DEADLINE_KIND_LABELS,
      width: 110,
      note: 'Заполняется надстройкой из «Сроки».',
    },
    deadlineStart: {
      header: 'Начало срока',
      aliases: ['Срок с'],
      type: 'date',
      owned: true,
      width: 100,
      note: 'Заполняется надстройкой из «Сроки».',
    },
    deadlineEnd: {
      header: 'Окончание срока',
      aliases: ['Срок по', 'Крайний срок'],
      type: 'date',
      owned: true,
      width: 100,
      note: 'Заполняется надстройкой из «Сроки».',
    },
    note: {
      header: 'Примечание',
      aliases: ['Комментарий', 'Note'],
      type: 'text',
      owned: true,
      width: 200,
    },
  },
});
