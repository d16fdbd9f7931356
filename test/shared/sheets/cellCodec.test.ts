// One codec per column type, both ways: a value written and read back is the value; a cell read and written
// back is the cell in its canonical form (what the add-on itself would have written).
import { describe, expect, it } from 'vitest';
import {
  CELL_CODECS,
  type CellValue,
  type ColumnDef,
  type ColumnType,
  encodeCell,
  MENTEES_SHEET,
  MENTORS_SHEET,
  parseCell,
  RESPONSES_SHEET,
} from '../../../shared/sheets';

const TODAY = '2025-11-20';
const col = (type: ColumnType, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  field: 'x',
  header: 'X',
  aliases: [],
  type,
  owned: true,
  ...extra,
});
const byField = (sheet: { columns: readonly ColumnDef[] }, field: string): ColumnDef =>
  sheet.columns.find((c) => c.field === field)!;

function read(cell: CellValue, c: ColumnDef): unknown {
  const r = parseCell(cell, c, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** Each type: values a record holds, and cells as curators type them with the cell the add-on writes for each. */
const CASES: {
  name: string;
  column: ColumnDef;
  values: unknown[];
  cells: [CellValue, CellValue][];
  dates?: 'date' | 'text';
}[] = [
  {
    name: 'text',
    column: col('text'),
    values: ['Иванова Анна', 'a, b; c', '=1+2', '0012'],
    cells: [
      ['  Иванова Анна  ', 'Иванова Анна'],
      [42, '42'],
    ],
  },
  {
    name: 'number',
    column: col('number'),
    values: [0, 5, 2.5, -3, 12345.678],
    cells: [
      ['2,5', 2.5],
      ['5 лет', 5],
      ['1 234', 1234],
      [7, 7],
    ],
  },
  {
    name: 'integer',
    column: col('integer'),
    values: [0, 1, 30],
    cells: [
      ['3 чел.', 3],
      [2, 2],
    ],
  },
  {
    name: 'date (a sheet: Date cells)',
    column: col('date'),
    values: ['2025-09-01', '2024-02-29', '1999-12-31'],
    cells: [
      ['01.09.2025', new Date(2025, 8, 1)],
      ['1.9.25', new Date(2025, 8, 1)],
      ['5 марта 2024', new Date(2024, 2, 5)],
      [new Date(2025, 0, 31), new Date(2025, 0, 31)],
    ],
  },
  {
    name: 'date (CSV: дд.мм.гггг text)',
    column: col('date'),
    dates: 'text',
    values: ['2025-09-01', '2024-02-29'],
    cells: [
      ['2025-09-01', '01.09.2025'],
      ['1.9.2025 г.', '01.09.2025'],
    ],
  },
  {
    name: 'datetime',
    column: col('datetime'),
    values: ['2025-09-01T07:30:00.000Z'],
    cells: [[new Date('2025-09-01T07:30:00.000Z'), new Date('2025-09-01T07:30:00.000Z')]],
  },
  {
    name: 'boolean',
    column: col('boolean'),
    values: [true, false],
    cells: [
      ['Да', 'да'],
      ['+', 'да'],
      ['нет', 'нет'],
      [true, 'да'],
      [0, 'нет'],
      ['да, 01.09.2023', 'да'],
    ],
  },
  {
    name: 'list',
    column: col('list'),
    values: [['Математика', 'Физика'], ['Одно']],
    cells: [
      ['Математика; Физика', 'Математика, Физика'],
      ['• первое\n• второе', 'первое, второе'],
    ],
  },
  {
    name: 'enum',
    column: byField(MENTORS_SHEET, 'category'),
    values: ['highest', 'first', 'none'],
    cells: [
      ['высшая', 'Высшая'],
      ['Высшая', 'Высшая'],
    ],
  },
  {
    name: 'enumList',
    column: byField(MENTORS_SHEET, 'forms'),
    values: [['teacher-teacher'], ['teacher-teacher', 'teacher-student']],
    cells: [],
  },
  {
    name: 'email',
    column: col('email'),
    values: ['anna@school.ru'],
    cells: [['  Anna@School.RU ', 'anna@school.ru']],
  },
  {
    name: 'id',
    column: col('id'),
    values: ['NS-0001'],
    cells: [
      [17, '17'],
      [' NS-0002 ', 'NS-0002'],
    ],
  },
];

describe('cell codecs', () => {
  it('every column type has its codec', () => {
    const types: ColumnType[] = [
      'id',
      'string',
      'text',
      'integer',
      'number',
      'boolean',
      'date',
      'datetime',
      'list',
      'email',
      'enum',
      'enumList',
      'link',
    ];
    expect(Object.keys(CELL_CODECS).sort()).toEqual([...types].sort());
  });

  for (const c of CASES) {
    const options = { dates: c.dates };
    it(`${c.name}: a value written and read back is the value`, () => {
      for (const v of c.values) expect(read(encodeCell(v, c.column, options), c.column)).toEqual(v);
    });
    it(`${c.name}: a cell read and written back is the cell the add-on writes`, () => {
      for (const [cell, canonical] of c.cells)
        expect(encodeCell(read(cell, c.column), c.column, options)).toEqual(canonical);
    });
  }

  it('a blank reads as null (a list as []) and null writes a blank', () => {
    for (const type of Object.keys(CELL_CODECS) as ColumnType[]) {
      const c = col(type);
      const blank = type === 'list' || type === 'enumList' ? [] : null;
      expect(read('  ', c), type).toEqual(blank);
      expect(encodeCell(null, c), type).toBe('');
    }
  });

  it('survey answers are kept as JSON text and read back whole', () => {
    const answers = byField(RESPONSES_SHEET, 'answers');
    const value = { 'Тема встречи': 'Урок', 'Оценка встречи (1–10)': 9, Предметы: ['a', 'b'] };
    const cell = encodeCell(value, answers);
    expect(cell).toBe(JSON.stringify(value));
    const row = RESPONSES_SHEET.schema.shape.answers.parse(read(cell, answers));
    expect(row).toEqual(value);
  });

  it('a birth date outside a participant’s ages does not read, whatever way it came', () => {
    const birth = byField(MENTEES_SHEET, 'birthDate');
    expect(parseCell('01.01.2024', birth, { today: TODAY }).ok).toBe(false);
    expect(read(encodeCell('2010-05-04', birth), birth)).toBe('2010-05-04');
  });
});
