/** A roadmap document's header cells read as the imported item's fields («Мероприятие», «Сроки», «Ответственные», …). */
import { ROADMAP_SHEET } from '../sheets/roadmap';
import { normalizeHeader } from '../text';

/** The columns a roadmap document may have, as fields of the imported item. */
export type ColumnField =
  | 'section'
  | 'stageNumber'
  | 'stage'
  | 'activity'
  | 'content'
  | 'deadlineText'
  | 'responsible';

const FIELDS: readonly ColumnField[] = [
  'section',
  'stageNumber',
  'stage',
  'activity',
  'content',
  'deadlineText',
  'responsible',
];

/** Headers seen in real documents beyond the sheet's own aliases. */
const EXTRA_ALIASES: Record<ColumnField, string[]> = {
  section: ['Направление', 'Блок'],
  stageNumber: ['№ этапа', 'Номер этапа'],
  stage: ['Этапы', 'Этап реализации', 'Наименование этапа'],
  activity: [
    'Содержание деятельности',
    'Мероприятие',
    'Мероприятия',
    'Наименование мероприятия',
    'Наименование мероприятий',
    'Содержание мероприятия',
    'Содержание работы',
  ],
  content: [
    'Ожидаемый результат',
    'Ожидаемые результаты',
    'Планируемый результат',
    'Результат',
    'Содержание',
    'Форма представления результата',
  ],
  deadlineText: [
    'Сроки',
    'Срок',
    'Сроки проведения',
    'Сроки исполнения',
    'Сроки реализации',
    'Дата проведения',
  ],
  responsible: ['Ответственный', 'Ответственные', 'Ответственный исполнитель', 'Исполнители', 'Исполнитель'],
};

const ALIASES: { field: ColumnField; key: string }[] = (() => {
  const out: { field: ColumnField; key: string }[] = [];
  for (const field of FIELDS) {
    const col = ROADMAP_SHEET.columns.find((c) => c.field === field);
    const names = [...(col ? [col.header, ...(col.aliases ?? [])] : []), ...EXTRA_ALIASES[field]];
    for (const n of names) {
      const key = normalizeHeader(n);
      if (key) out.push({ field, key });
    }
  }
  // Longest first: «Содержание деятельности» is an activity, plain «Содержание» a result.
  return out.sort((a, b) => b.key.length - a.key.length);
})();

/** The field a header cell names, or null. A long header matches by its beginning. */
export function headerField(cell: string): ColumnField | null {
  const t = cell.trim();
  if (/^(№|n|no|#|номер)(\s|$|\.|п\/п)/i.test(t) || t === '№') return 'stageNumber';
  const key = normalizeHeader(t);
  if (!key || key.length > 120) return null;
  for (const a of ALIASES) {
    if (key === a.key || key.startsWith(a.key)) return a.field;
  }
  return null;
}

/** A header row names at least two known columns, one of which holds the activity, the stage or the deadline. */
export function readHeader(cells: readonly string[]): (ColumnField | null)[] | null {
  const fields = cells.map((c) => headerField(c));
  const known = fields.filter((f) => f !== null);
  if (known.length < 2) return null;
  if (!known.some((f) => f === 'activity' || f === 'stage' || f === 'deadlineText')) return null;
  // The same field twice: the first keeps it; the importer adds the text of unknown columns to the content.
  const seen = new Set<ColumnField>();
  return fields.map((f) => {
    if (f === null || seen.has(f)) return null;
    seen.add(f);
    return f;
  });
}
