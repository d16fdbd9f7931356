/**
 * The «Отчёт» sheet's indicator table as writes: pure (no Google services), so it is tested directly.
 * Rows are found by indicator key; the codec encodes every cell (texts can never run as formulas).
 */
import type { IndicatorValue } from '../../../shared/model';
import { unitLabel } from '../../../shared/report';
import {
  type CellValue,
  type HeaderMap,
  isBlank,
  planWrite,
  REPORT_SHEET,
  type RecordWrite,
  type SheetDef,
  type WriteBlock,
} from '../../../shared/sheets';
import { R } from '../strings';

/**
 * The value column holds numbers and texts: encoding it as 'number' keeps numbers as numbers (a string
 * «5.9» would turn into a date in a Russian-locale sheet) and neutralises texts like any other cell.
 */
const WRITE_DEF: SheetDef = {
  ...REPORT_SHEET,
  columns: REPORT_SHEET.columns.map((c) => (c.field === 'value' ? { ...c, type: 'number' as const } : c)),
};

function cellValue(i: IndicatorValue): string | number {
  const v = i.value;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? R.yes : R.no;
  // A date as the curator reads it (дд.мм.гггг), not the package's ISO.
  if (i.unit === 'date' && typeof v === 'string') return v.split('-').reverse().join('.');
  return v;
}

/** The indicator table's writes: rows found by key are updated in place, new keys appended, stale keys blanked. */
export function indicatorWrites(
  values: readonly (readonly CellValue[])[],
  keyIndex: number,
  headerRow: number,
  indicators: readonly IndicatorValue[],
): RecordWrite[] {
  const rowOfKey = new Map<string, number>();
  const stale: number[] = [];
  const wanted = new Set(indicators.map((i) => i.key));
  for (let r = headerRow; r < values.length; r++) {
    const key = values[r]?.[keyIndex];
    if (isBlank(key)) continue;
    const k = String(key).trim();
    if (wanted.has(k) && !rowOfKey.has(k)) rowOfKey.set(k, r + 1);
    else stale.push(r + 1);
  }
  const writes: RecordWrite[] = indicators.map((i) => ({
    row: rowOfKey.get(i.key) ?? null,
    record: { key: i.key, label: i.label, value: cellValue(i), unit: unitLabel(i) },
  }));
  for (const row of stale) writes.push({ row, record: { key: '', label: '', value: '', unit: '' } });
  return writes;
}

/** The indicator table as write blocks (one block when the four columns stand together). */
export function planIndicatorBlocks(
  values: readonly (readonly CellValue[])[],
  header: HeaderMap,
  indicators: readonly IndicatorValue[],
): WriteBlock[] {
  const keyIndex = header.columns.get('key');
  if (keyIndex === undefined) return [];
  const writes = indicatorWrites(values, keyIndex, header.headerRow, indicators);
  return planWrite(values, { ...header, sheet: WRITE_DEF }, writes).blocks;
}
