/** A form question made from a sheet column, so its answers map back to the column it files into. */
import type { ColumnDef, SheetDef } from '../sheets';
import { SURVEY_STRINGS as S } from './strings';

export type QuestionKind =
  | 'text'
  | 'paragraph'
  | 'number'
  | 'choice'
  | 'checkboxes'
  | 'date'
  | 'scale'
  | 'email';

export interface QuestionDef {
  /** The column it files into (a bank's column, or a column of the survey's own dictionary). */
  field: string;
  /** The question as the form shows it: the column's header or one of its aliases, so answers map back. */
  title: string;
  help?: string;
  kind: QuestionKind;
  required: boolean;
  choices?: readonly string[];
  scale?: { min: number; max: number; minLabel: string; maxLabel: string };
}

export interface QuestionSpec {
  field: string;
  /** One of the column's aliases, when it reads better as a question than the header. */
  title?: string;
  help?: string;
  required?: boolean;
  /** Ask as a 1–10 scale (number columns only). */
  scale?: true;
}

function kindOf(col: ColumnDef, spec: QuestionSpec): QuestionKind {
  if (spec.scale) return 'scale';
  switch (col.type) {
    case 'enum':
    case 'boolean':
      return 'choice';
    case 'enumList':
      return 'checkboxes';
    case 'integer':
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'email':
      return 'email';
    case 'text':
    case 'list':
      return 'paragraph';
    default:
      return 'text';
  }
}

/** A question from a dictionary column: title, kind and choices all come from the one dictionary. */
export function questionFromColumn(sheet: SheetDef | readonly ColumnDef[], spec: QuestionSpec): QuestionDef {
  const columns = 'columns' in sheet ? sheet.columns : sheet;
  const col = columns.find((c) => c.field === spec.field);
  if (!col) throw new Error(`В словаре нет столбца «${spec.field}»`);
  if (spec.title !== undefined && spec.title !== col.header && !col.aliases.includes(spec.title)) {
    throw new Error(
      `Вопрос «${spec.title}» должен совпадать с заголовком или синонимом столбца «${col.header}»`,
    );
  }
  const kind = kindOf(col, spec);
  const q: QuestionDef = {
    field: col.field,
    title: spec.title ?? col.header,
    kind,
    required: spec.required ?? col.required ?? false,
  };
  if (spec.help !== undefined) q.help = spec.help;
  if (col.type === 'boolean') {
    q.choices = col.field === 'consent' ? [S.consentYes, S.consentNo] : [S.yes, S.no];
  } else if (col.options) {
    q.choices = Object.values(col.options);
  }
  if (kind === 'scale') q.scale = { min: 1, max: 10, minLabel: S.scaleLow, maxLabel: S.scaleHigh };
  return q;
}
