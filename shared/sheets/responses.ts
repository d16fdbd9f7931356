/** The «Анкеты» sheet's dictionary: every answer to the add-on's questionnaires, raw answers kept. */
import { SURVEY_KIND_LABELS } from '../model';
import { idColumn } from './commonColumns';
import type { SheetDef } from './types';

/** Every answer to the add-on's questionnaires, kept raw. */
export const RESPONSES_SHEET: SheetDef = {
  key: 'responses',
  title: 'Анкеты',
  titleAliases: ['Ответы анкет', 'Анкетирование', 'Responses'],
  idPrefix: 'AN',
  columns: [
    idColumn('ID'),
    {
      field: 'kind',
      header: 'Анкета',
      aliases: ['Вид анкеты', 'Kind'],
      type: 'enum',
      required: true,
      owned: true,
      options: SURVEY_KIND_LABELS,
      width: 200,
    },
    {
      field: 'submittedAt',
      header: 'Отметка времени',
      aliases: ['Время ответа', 'Timestamp', 'Дата ответа'],
      type: 'datetime',
      required: true,
      owned: true,
      width: 140,
    },
    {
      field: 'fullName',
      header: 'ФИО',
      aliases: ['Ф.И.О.', 'Фамилия, имя, отчество'],
      type: 'string',
      owned: true,
      width: 220,
    },
    {
      field: 'email',
      header: 'E-mail',
      aliases: ['Email', 'Электронная почта', 'Адрес электронной почты'],
      type: 'string',
      owned: true,
      width: 200,
    },
    {
      field: 'respondentRole',
      header: 'Роль',
      aliases: ['Роль в программе', 'Вы участвуете как'],
      type: 'enum',
      owned: true,
      options: { mentor: 'наставник', mentee: 'наставляемый' },
      width: 120,
    },
    {
      field: 'consent',
      header: 'Согласие на обработку ПД',
      aliases: ['Согласие'],
      type: 'boolean',
      owned: true,
      width: 110,
    },
    {
      field: 'personId',
      header: 'ID участника',
      aliases: ['ID человека'],
      type: 'string',
      owned: true,
      width: 100,
    },
    {
      field: 'pairId',
      header: 'ID пары',
      aliases: [],
      type: 'string',
      owned: true,
      width: 100,
    },
    {
      field: 'satisfaction',
      header: 'Удовлетворённость (1–10)',
      aliases: ['Удовлетворённость', 'Оценка'],
      type: 'number',
      owned: true,
      width: 110,
    },
    {
      field: 'answers',
      header: 'Ответы',
      aliases: ['Ответы (JSON)'],
      type: 'text',
      owned: true,
      width: 320,
    },
    {
      field: 'problems',
      header: 'Замечания',
      aliases: ['Проблемы', 'Пометки'],
      type: 'list',
      owned: true,
      width: 240,
    },
    {
      // The form's own ID of the response (FormResponse.getId()): it stays through the respondent's edits,
      // whatever the curator does to the rows of Google's responses sheet, so an edit updates this answer.
      // Earlier versions kept «<sheet ID>:<row>» here; such rows are adopted by their timestamp (formSubmit.ts).
      field: 'source',
      header: 'ID ответа в форме',
      aliases: ['Строка ответов формы', 'Источник'],
      type: 'string',
      owned: true,
      width: 120,
    },
  ],
};
