/** The «Анкеты» sheet's dictionary: every answer to the add-on's questionnaires, raw answers kept. */
import { z } from 'zod';
import { SURVEY_KIND_LABELS, SurveyResponse } from '../model';
import { idColumn } from './commonColumns';
import { defineSheet } from './types';

/** The answers cell holds the raw answers as JSON (written by encodeCell); anything else reads as no answers. */
function answersFromCell(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** A row of «Анкеты»: a response with its answers kept as JSON text and the form's own ID of the response. */
export const ResponseSheetRow = SurveyResponse.extend({
  answers: z.preprocess(answersFromCell, SurveyResponse.shape.answers),
  source: z.string().default(''),
});

/** Every answer to the add-on's questionnaires, kept raw. */
export const RESPONSES_SHEET = defineSheet(ResponseSheetRow, {
  key: 'responses',
  title: 'Анкеты',
  titleAliases: ['Ответы анкет', 'Анкетирование', 'Responses'],
  idPrefix: 'AN',
  columns: {
    id: idColumn('ID'),
    kind: {
      header: 'Анкета',
      aliases: ['Вид анкеты', 'Kind'],
      type: 'enum',
      required: true,
      owned: true,
      options: SURVEY_KIND_LABELS,
      width: 200,
    },
    submittedAt: {
      header: 'Отметка времени',
      aliases: ['Время ответа', 'Timestamp', 'Дата ответа'],
      type: 'datetime',
      required: true,
      owned: true,
      width: 140,
    },
    fullName: {
      header: 'ФИО',
      aliases: ['Ф.И.О.', 'Фамилия, имя, отчество'],
      type: 'string',
      owned: true,
      width: 220,
    },
    email: {
      header: 'E-mail',
      aliases: ['Email', 'Электронная почта', 'Адрес электронной почты'],
      type: 'string',
      owned: true,
      width: 200,
    },
    respondentRole: {
      header: 'Роль',
      aliases: ['Роль в программе', 'Вы участвуете как'],
      type: 'enum',
      owned: true,
      options: { mentor: 'наставник', mentee: 'наставляемый' },
      width: 120,
    },
    consent: {
      header: 'Согласие на обработку ПД',
      aliases: ['Согласие'],
      type: 'boolean',
      owned: true,
      width: 110,
    },
    personId: {
      header: 'ID участника',
      aliases: ['ID человека'],
      type: 'string',
      owned: true,
      width: 100,
    },
    pairId: {
      header: 'ID пары',
      aliases: [],
      type: 'string',
      owned: true,
      width: 100,
    },
    satisfaction: {
      header: 'Удовлетворённость (1–10)',
      aliases: ['Удовлетворённость', 'Оценка'],
      type: 'number',
      owned: true,
      width: 110,
    },
    answers: {
      header: 'Ответы',
      aliases: ['Ответы (JSON)'],
      type: 'text',
      owned: true,
      width: 320,
    },
    problems: {
      header: 'Замечания',
      aliases: ['Проблемы', 'Пометки'],
      type: 'list',
      owned: true,
      width: 240,
    },
    source: {
      // The form's own ID of the response (FormResponse.getId()): it stays through the respondent's edits,
      // whatever the curator does to the rows of Google's responses sheet, so an edit updates this answer.
      // Earlier versions kept «<sheet ID>:<row>» here; such rows are adopted by their timestamp (formSubmit.ts).
      header: 'ID ответа в форме',
      aliases: ['Строка ответов формы', 'Источник'],
      type: 'string',
      owned: true,
      width: 120,
    },
  },
});
