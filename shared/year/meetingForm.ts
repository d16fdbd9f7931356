/** The form «Отчёт о встрече»: its questions come from the «Встречи» dictionary, plus the link's key. */
import { MEETING_AUTHOR_LABELS } from '../model';
import { type ColumnDef, linkKeyColumn, MEETINGS_SHEET } from '../sheets';
import { type FormDef, questionFromColumn } from '../surveys';
import { YEAR_STRINGS as S } from './strings';

/** The question the pre-filled link fills: the pair's random key, nothing else about the pair. */
export const TOKEN_COLUMN: ColumnDef = { ...linkKeyColumn, required: true };

/** The «Встречи» columns the form asks, in the form's order. */
const ASKED = ['date', 'format', 'durationMinutes', 'topic', 'done', 'nextStep', 'filledBy'] as const;
const REQUIRED: ReadonlySet<string> = new Set(['date', 'format', 'topic', 'done', 'filledBy']);

/** The form's dictionary: how its answers are read back (titles are the sheet's headers). */
export const MEETING_FORM_COLUMNS: readonly ColumnDef[] = [
  TOKEN_COLUMN,
  ...ASKED.map((f) => MEETINGS_SHEET.columns.find((c) => c.field === f)!),
];

export const MEETING_FORM: FormDef = {
  title: S.formTitle,
  description: S.formDescription,
  questions: [
    questionFromColumn(MEETING_FORM_COLUMNS, { field: 'token', help: S.tokenHelp, required: true }),
    ...ASKED.map((field) => {
      const q = questionFromColumn(MEETING_FORM_COLUMNS, { field, required: REQUIRED.has(field) });
      // The form is filled by a participant; «куратор» is for rows the curator types into the sheet.
      if (field === 'filledBy')
        return { ...q, choices: q.choices!.filter((c) => c !== MEETING_AUTHOR_LABELS.curator) };
      return q;
    }),
  ],
};
